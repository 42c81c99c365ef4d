package org.ketamineinfo.feed;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.w3c.dom.Document;

/** The strict XML parser of {@link FeedPagesTest}, for tests in other packages. */
public final class XmlForTests {

    private XmlForTests() {
    }

    public static Document parse(String xml) throws Exception {
        return FeedPagesTest.parse(xml.getBytes(StandardCharsets.UTF_8));
    }
}
