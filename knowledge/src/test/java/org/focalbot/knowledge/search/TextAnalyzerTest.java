package org.focalbot.knowledge.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    @Test
    void inflectedFormsMeetOnOneStem() {
        assertEquals(analyzer.terms("staff"), analyzer.terms("staffing"));
        assertEquals(analyzer.terms("partnership"), analyzer.terms("partnerships"));
        assertEquals(analyzer.terms("communication"), analyzer.terms("communications"));
    }

    @Test
    void questionWrappersAndFunctionWordsAreDropped() {
        assertEquals(analyzer.terms("fiduciary agent"), analyzer.terms("What does it say about the fiduciary agent?"));
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertEquals(analyzer.terms("juan somavia"), analyzer.terms("Juan Somavía"));
        assertEquals(List.of("hlcm", "pn"), analyzer.terms("HLCM PN"));
    }
}
