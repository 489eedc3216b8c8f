package org.ltsports.base.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltsports.base.BaseException;
import org.ltsports.base.elf.SymbolType;

class FactsJsonTest {

    @Test
    void releaseFactsReadBackEqual() {
        ReleaseAbi release = new ReleaseAbi("1.0", "/lts/1.0", null, "abc", List.of(new ComponentAbi("libc6", "2.36", null,
                List.of(new LibraryAbi("libc.so.6", List.of(), List.of("GLIBC_2.2.5"),
                        List.of(new ExportedSymbol("stdout", "GLIBC_2.2.5", true, SymbolType.OBJECT, 8)))))));
        assertEquals(release, FactsJson.releaseAbi(FactsJson.toJson(release)));
    }

    @Test
    void anIncompleteOrBrokenDocumentIsABaseException() {
        assertThrows(BaseException.class, () -> FactsJson.kegFacts("{\"name\":\"x\"}"));
        assertThrows(BaseException.class, () -> FactsJson.kegFacts("{ nope"));
        assertThrows(BaseException.class, () -> FactsJson.elfLinkage(""));
    }
}
