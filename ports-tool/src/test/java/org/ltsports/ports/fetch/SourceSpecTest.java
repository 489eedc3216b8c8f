package org.ltsports.ports.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltsports.ports.PortsException;

class SourceSpecTest {
    private static final String SHA = "31e066137a962676e89f69d1b65382de95a7ef7d914b8cb956f41ea72e0f516b";

    @Test
    void fileNameComesFromTheLastPathSegmentOfTheUrl() {
        SourceSpec spec = SourceSpec.of("https://ftp.gnu.org/gnu/hello/hello-2.10.tar.gz?x=1", SHA, null);
        assertEquals("hello-2.10.tar.gz", spec.fileName());
        assertEquals(List.of(), spec.mirrors());
    }

    @Test
    void urlsAreTheUrlThenTheMirrorsInOrder() {
        SourceSpec spec = SourceSpec.of("https://a/x.tgz", SHA.toUpperCase(), List.of("https://b/x.tgz", "https://c/x.tgz"));
        assertEquals(List.of("https://a/x.tgz", "https://b/x.tgz", "https://c/x.tgz"), spec.urls());
        assertEquals(SHA, spec.sha256());
    }

    @Test
    void aUrlWithoutAFileNameNeedsOneGiven() {
        assertThrows(PortsException.class, () -> SourceSpec.of("https://example.org/", SHA, List.of()));
        assertEquals("src.tar.gz", new SourceSpec("https://example.org/", SHA, List.of(), "src.tar.gz").fileName());
    }

    @Test
    void malformedShaAndPathLikeFileNamesAreRefused() {
        assertThrows(PortsException.class, () -> SourceSpec.of("https://a/x.tgz", "abc", List.of()));
        assertThrows(PortsException.class, () -> new SourceSpec("https://a/x.tgz", SHA, List.of(), "../x.tgz"));
        assertThrows(PortsException.class, () -> new SourceSpec("https://a/x.tgz", SHA, List.of(), ".."));
    }
}
