package org.focalbot.bot.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden renderings of one seeded week, and escaping of hostile note text. */
class DigestRenderingTest {

    private Digest seededWeek() {
        FakeSources sources = new FakeSources();
        DigestComposerTest.seedWeek(sources);
        return new DigestComposer(sources).compose(DigestComposerTest.WS, List.of(), DigestComposerTest.FROM,
                DigestComposerTest.TO, DigestComposerTest.UTC);
    }

    @Test
    void plainTextGolden() {
        assertEquals("""
                Weekly partnership digest · 16 Nov – 23 Nov 2026
                4 new notes · 1 checklist item done · 2 open actions (1 overdue) · 1 phase change

                Skills Alliance
                - Overdue: Map the stakeholders (Chen, due 10 Nov 2026)

                Water Alliance Nairobi
                - 4 new notes
                  - "note 4 about the MoU" (Ana, 20 Nov)
                  - "note 3 about the MoU" (Ana, 19 Nov)
                  - "note 2 about the MoU" (Ana, 18 Nov)
                - Phase: moved from Initiating to Adaptive planning
                - Done: Agree a resource strategy with partners (Adaptive planning) by Ana
                - Open: Set up the secretariat (Ben, due 15 Dec 2026)

                Nothing new for Health Alliance.""", PlainTextDigest.render(seededWeek()).text());
    }

    @Test
    void markdownGolden() {
        assertEquals("""
                ## Weekly partnership digest · 16 Nov – 23 Nov 2026

                **4 new notes · 1 checklist item done · 2 open actions (1 overdue) · 1 phase change**

                ### Skills Alliance

                - **Overdue: Map the stakeholders \\(Chen, due 10 Nov 2026\\)**

                ### Water Alliance Nairobi

                - 4 new notes
                  - “note 4 about the MoU” — Ana, 20 Nov
                  - “note 3 about the MoU” — Ana, 19 Nov
                  - “note 2 about the MoU” — Ana, 18 Nov
                - Phase: moved from Initiating to Adaptive planning
                - Done: Agree a resource strategy with partners \\(Adaptive planning\\) by Ana
                - Open: Set up the secretariat \\(Ben, due 15 Dec 2026\\)

                Nothing new for Health Alliance.
                """, MarkdownDigest.render(seededWeek()));
    }

    @Test
    void aQuietWeekSaysSoInOneLine() {
        FakeSources empty = new FakeSources();
        Digest d = new DigestComposer(empty).compose("w", List.of(), DigestComposerTest.FROM, DigestComposerTest.TO,
                DigestComposerTest.UTC);
        assertTrue(PlainTextDigest.render(d).text().contains(DigestText.quietWeek()));
    }

    @Test
    void aMarkdownLinkOrMentionInANoteIsEscaped() {
        FakeSources s = new FakeSources();
        s.partnerships.add(new FakeSources.Scoped<>("w", new DigestSources.PartnershipInfo("p", "P", null)));
        s.notes.add(new FakeSources.Scoped<>("w", new DigestSources.NoteInfo("p", "Mallory",
                "<!channel> see [prize](https://evil.example) ![x](https://evil.example/t.png) <script>",
                Instant.parse("2026-11-18T10:00:00Z"))));
        String md = MarkdownDigest.render(new DigestComposer(s).compose("w", List.of(), DigestComposerTest.FROM,
                DigestComposerTest.TO, DigestComposerTest.UTC));
        assertFalse(md.contains("[prize](https"), md);
        assertFalse(md.contains("<!channel>") || md.contains("<script>"), md);
        assertTrue(md.contains("&lt;\\!channel&gt; see \\[prize\\]\\(https://evil.example\\) \\!\\[x\\]"), md);
    }
}
