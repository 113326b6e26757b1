package org.focalbot.knowledge.intents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntentExamplesTest {

    private static List<IntentExample> parse(String text) throws IOException {
        return IntentExamples.parse(new StringReader(text), "test.tsv");
    }

    @Test
    void linesAreLabelTabTextAndBlankOrCommentLinesAreSkipped() throws IOException {
        List<IntentExample> examples = parse("\uFEFFgreet\thello there \n\n# a comment\ndigest\t stop the digest\n");
        assertEquals(List.of(new IntentExample("greet", "hello there"), new IntentExample("digest", "stop the digest")),
                examples);
    }

    @Test
    void aMalformedLineIsReportedWithItsSourceAndNumber() {
        IntentDataException noTab = assertThrows(IntentDataException.class, () -> parse("greet\thi\njust text\n"));
        assertEquals("test.tsv line 2: expected label<TAB>text", noTab.getMessage());

        IntentDataException badLabel = assertThrows(IntentDataException.class, () -> parse("Greet Me\thi\n"));
        assertTrue(badLabel.getMessage().startsWith("test.tsv line 1: bad label"), badLabel.getMessage());

        IntentDataException empty = assertThrows(IntentDataException.class, () -> parse("greet\t   \n"));
        assertEquals("test.tsv line 1: the text is empty", empty.getMessage());
    }

    @Test
    void theBundledDataCoversEveryFileWithoutDuplicateSentences() {
        List<IntentExample> bundled = IntentExamples.bundled();
        assertEquals(IntentExamples.BUNDLED.size(), bundled.stream().map(IntentExample::label).distinct().count());
        long distinct = bundled.stream().map(e -> e.text().toLowerCase(java.util.Locale.ROOT)).distinct().count();
        assertEquals(bundled.size(), distinct, "a sentence appears twice in the intent data");
    }
}
