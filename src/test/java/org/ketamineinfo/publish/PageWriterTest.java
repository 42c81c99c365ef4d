package org.ketamineinfo.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageWriterTest {

    @ParameterizedTest(name = "Accept-Encoding \"{0}\" -> gzip {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "NULL | false", "'' | false", "gzip | true", "gzip, deflate, br | true", "br;q=1.0, gzip;q=0.8 | true",
        "gzip;q=0 | false", "gzip; q=0, identity | false", "deflate | false", "gzip;q=abc | false", "x-gzip | true"})
    void gzipIsChosenOnlyWhenTheClientAcceptsIt(String header, boolean expected) {
        assertThat(PageWriter.acceptsGzip(header)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "Accept \"{0}\" takes {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "NULL | text/html;charset=UTF-8 | true",
        "'' | text/html;charset=UTF-8 | true",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | text/html;charset=UTF-8 | true",
        "*/* | text/html;charset=UTF-8 | true",
        "text/* | text/html;charset=UTF-8 | true",
        "TEXT/HTML | text/html;charset=UTF-8 | true",
        "application/atom+xml, application/xml;q=0.9 | application/xml | true",
        "application/json | text/html;charset=UTF-8 | false",
        "image/png, image/* | text/html;charset=UTF-8 | false",
        "application/xhtml+xml | text/html;charset=UTF-8 | false",
        "text/plain | text/html;charset=UTF-8 | false"})
    void pagesAreRefusedOnlyToClientsThatCannotTakeTheirType(String accept, String contentType, boolean expected) {
        assertThat(PageWriter.acceptable(accept, contentType)).isEqualTo(expected);
    }
}
