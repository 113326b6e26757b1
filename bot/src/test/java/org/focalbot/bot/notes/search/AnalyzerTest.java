package org.focalbot.bot.notes.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyzerTest {

    private final Analyzer analyzer = new Analyzer();

    @Test
    void inflectedFormsShareAStem() {
        assertEquals(analyzer.terms("agreed").get(0), analyzer.terms("agreeing").get(0));
        assertEquals(analyzer.terms("partnerships").get(0), analyzer.terms("Partnership").get(0));
        assertEquals(analyzer.terms("meetings").get(0), analyzer.terms("meeting").get(0));
    }

    @Test
    void stopWordsKeepTheirPositionButAreNotTerms() {
        List<String> terms = analyzer.terms("The mayor agreed the MoU");
        assertEquals(5, terms.size());
        assertNull(terms.get(0));
        assertNull(terms.get(3));
        assertEquals("mou", terms.get(4));
    }

    @Test
    void accentsAndPunctuationDoNotMatter() {
        assertEquals(analyzer.terms("Café"), analyzer.terms("cafe"));
        assertEquals(List.of("un", "habitat"), analyzer.terms("UN-Habitat"));
    }
}
