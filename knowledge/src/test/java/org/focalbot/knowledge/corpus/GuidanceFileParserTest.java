package org.focalbot.knowledge.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GuidanceFileParserTest {

    private final GuidanceFileParser lenient = new GuidanceFileParser(GuidanceFileParser.Mode.LENIENT);
    private final GuidanceFileParser strict = new GuidanceFileParser(GuidanceFileParser.Mode.STRICT);

    @Test
    void headingsBecomeSectionsWithTheirPathKeywordsAndBullets() {
        var parsed = lenient.parse("onboarding.md", """
                ---
                title: Partner onboarding
                publisher: UNICEF PSFR
                year: 2024
                ---
                # Due diligence {#due-diligence}
                Keywords: screening, vetting
                Screen every company
                before signing.
                - check sanctions lists
                - check **labour** record
                ## Timing
                Allow four weeks.
                """);
        List<Section> sections = parsed.sections();
        assertEquals(2, sections.size());
        Section first = sections.get(0);
        assertEquals("due-diligence", first.id());
        assertEquals(List.of("Due diligence"), first.path());
        assertEquals(List.of("screening", "vetting"), first.keywords());
        assertEquals("Screen every company before signing.\n- check sanctions lists\n- check labour record", first.body());
        assertEquals("UNICEF PSFR, Partner onboarding — Due diligence › Timing", sections.get(1).citation());
        assertEquals("onboarding.md:6", first.origin());
    }

    @Test
    void aPlainTextFileWithoutHeadingsIsOneSectionNamedAfterTheFile() {
        var parsed = lenient.parse("travel-policy.txt", "Book travel through the agency portal.\n");
        Section only = parsed.sections().get(0);
        assertEquals(List.of("Travel policy"), only.path());
        assertEquals("Local guidance, Travel policy — Travel policy", only.citation());
    }

    @Test
    void anUnclosedFrontMatterIsReportedAtItsFirstLine() {
        CorpusException e = assertThrows(CorpusException.class,
                () -> lenient.parse("broken.md", "\n---\ntitle: x\n# Heading\ntext\n"));
        assertEquals(new CorpusProblem("broken.md", 2, "the front matter opened here is never closed with ---"), e.problems().get(0));
    }

    @Test
    void badLinesAreReportedWithTheirNumbers() {
        CorpusException e = assertThrows(CorpusException.class, () -> lenient.parse("bad.md", """
                ---
                colour: blue
                ---
                # Top {#Bad Id}
                text
                ### Too deep
                text
                ## Empty
                """));
        List<Integer> lines = e.problems().stream().map(CorpusProblem::line).toList();
        assertEquals(List.of(2, 4, 6, 8), lines, e.getMessage());
        assertTrue(e.getMessage().contains("bad.md line 6: heading level jumps"), e.getMessage());
    }

    @Test
    void duplicateSectionIdsInOneFileAreRefused() {
        CorpusException e = assertThrows(CorpusException.class,
                () -> lenient.parse("dup.md", "# A {#same}\none\n# B {#same}\ntwo\n"));
        assertEquals(3, e.problems().get(0).line());
    }

    @Test
    void theBuiltInCorpusModeInsistsOnFrontMatterAndExplicitIds() {
        CorpusException e = assertThrows(CorpusException.class, () -> strict.parse("x.md", "# No id\ntext\n"));
        assertTrue(e.getMessage().contains("front matter"), e.getMessage());
        assertTrue(e.getMessage().contains("needs a stable id"), e.getMessage());
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThrows(CorpusException.class, () -> lenient.parse("empty.md", "  \n\n"));
    }
}
