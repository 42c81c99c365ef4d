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
}
