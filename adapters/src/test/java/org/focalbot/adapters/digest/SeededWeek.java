package org.focalbot.adapters.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.focalbot.bot.digest.Digest;
import org.focalbot.bot.digest.DigestComposer;
import org.focalbot.bot.digest.DigestSources;
import org.focalbot.knowledge.checklist.Phase;

/**
 * Digests for the platform renderers' tests, composed by the real {@link DigestComposer} from
 * sources held in lists: the core's seeded week (three partnerships, one quiet, one with an overdue
 * action), a very busy week, and a week whose note tries to ping and to link.
 */
public final class SeededWeek {

    public static final String WS = "web:local";
    public static final Instant FROM = Instant.parse("2026-11-16T09:00:00Z");
    public static final Instant TO = Instant.parse("2026-11-23T09:00:00Z");
    public static final ZoneId UTC = ZoneId.of("UTC");
    /** What a hostile note says: a broadcast, a user mention, a Slack link, a Markdown link and a Teams mention. */
    public static final String HOSTILE_NOTE = "<!channel> <@U123> see <https://evil.example|the MoU> "
            + "or [prize](https://evil.example) <at>All</at> & more";

    private SeededWeek() {
    }

    /** The same week as the core's {@code DigestComposerTest.seedWeek}. */
    public static Digest seeded() {
        Sources s = new Sources();
        s.partnerships.add(new DigestSources.PartnershipInfo("water", "Water Alliance Nairobi", Phase.ADAPTIVE_PLANNING));
        s.partnerships.add(new DigestSources.PartnershipInfo("skills", "Skills Alliance", Phase.INITIATING));
        s.partnerships.add(new DigestSources.PartnershipInfo("health", "Health Alliance", Phase.COLLABORATIVE_ACTION));
        for (int i = 1; i <= 4; i++) {
            s.notes.add(new DigestSources.NoteInfo("water", "Ana", "note " + i + " about the MoU",
                    Instant.parse(String.format("2026-11-%02dT10:00:00Z", 16 + i))));
        }
        s.done.add(new DigestSources.CompletedItem("water", Phase.ADAPTIVE_PLANNING,
                "Agree a resource strategy with partners", "Ana", Instant.parse("2026-11-18T10:00:00Z")));
        s.phases.add(new DigestSources.PhaseChange("water", Phase.INITIATING, Phase.ADAPTIVE_PLANNING,
                Instant.parse("2026-11-17T10:00:00Z")));
        s.open.add(new DigestSources.OpenAction("water", Phase.ADAPTIVE_PLANNING, "Set up the secretariat", "Ben",
                LocalDate.parse("2026-12-15")));
        s.open.add(new DigestSources.OpenAction("skills", Phase.INITIATING, "Map the stakeholders", "Chen",
                LocalDate.parse("2026-11-10")));
        return s.compose();
    }

    /**
     * {@code active} partnerships that each had three long notes, a phase change, a done item and
     * two open actions (one overdue), plus {@code quiet} partnerships with nothing new.
     */
    public static Digest busy(int active, int quiet) {
        Sources s = new Sources();
        String words = "the partners agreed on the next steps for the joint programme and the budget review ".repeat(2);
        for (int p = 0; p < active; p++) {
            String id = "p" + p;
            s.partnerships.add(new DigestSources.PartnershipInfo(id, "Partnership number " + p + " for water & sanitation",
                    Phase.COLLABORATIVE_ACTION));
            for (int n = 0; n < 3; n++) {
                s.notes.add(new DigestSources.NoteInfo(id, "Author " + n, "Note " + n + ": " + words,
                        Instant.parse("2026-11-18T10:00:00Z").plusSeconds(n)));
            }
            s.phases.add(new DigestSources.PhaseChange(id, Phase.ADAPTIVE_PLANNING, Phase.COLLABORATIVE_ACTION,
                    Instant.parse("2026-11-17T10:00:00Z")));
            s.done.add(new DigestSources.CompletedItem(id, Phase.COLLABORATIVE_ACTION, "Share the workplan with <all> partners",
                    "Ana", Instant.parse("2026-11-19T10:00:00Z")));
            s.open.add(new DigestSources.OpenAction(id, Phase.COLLABORATIVE_ACTION, "Report to the steering group", "Ben",
                    LocalDate.parse("2026-11-01")));
            s.open.add(new DigestSources.OpenAction(id, Phase.COLLABORATIVE_ACTION, "Plan the mid-term review", "Chen",
                    LocalDate.parse("2027-01-15")));
        }
        for (int q = 0; q < quiet; q++) {
            s.partnerships.add(new DigestSources.PartnershipInfo("q" + q, "Quiet partnership " + q, Phase.INITIATING));
        }
        return s.compose();
    }

    /** One partnership with {@code count} open actions, all overdue, each with a long prompt. */
    public static Digest manyOpenActions(int count) {
        Sources s = new Sources();
        s.partnerships.add(new DigestSources.PartnershipInfo("big", "Big Partnership", Phase.ADAPTIVE_PLANNING));
        for (int i = 0; i < count; i++) {
            s.open.add(new DigestSources.OpenAction("big", Phase.ADAPTIVE_PLANNING,
                    "Action " + i + ": " + "agree who reports what to whom and when ".repeat(3).strip(), "Owner " + i,
                    LocalDate.parse("2026-11-01").plusDays(i % 10)));
        }
        return s.compose();
    }

    /** A week whose only note is {@link #HOSTILE_NOTE}, written by someone whose name is markup too. */
    public static Digest hostile() {
        Sources s = new Sources();
        s.partnerships.add(new DigestSources.PartnershipInfo("p", "Alliance <!here>\n> quoted", Phase.INITIATING));
        s.notes.add(new DigestSources.NoteInfo("p", "Mallory <@U999>", HOSTILE_NOTE, Instant.parse("2026-11-18T10:00:00Z")));
        s.open.add(new DigestSources.OpenAction("p", Phase.INITIATING, "Read <https://evil.example|this>", "@here",
                LocalDate.parse("2026-11-01")));
        return s.compose();
    }

    /** A week with no activity at all in two partnerships. */
    public static Digest quiet() {
        Sources s = new Sources();
        s.partnerships.add(new DigestSources.PartnershipInfo("a", "Health Alliance", Phase.INITIATING));
        s.partnerships.add(new DigestSources.PartnershipInfo("b", "Skills Alliance", Phase.INITIATING));
        return s.compose();
    }

    /** Sources of one workspace, filtered by the window the way the real ones are. */
    static final class Sources implements DigestSources {
        final List<PartnershipInfo> partnerships = new ArrayList<>();
        final List<NoteInfo> notes = new ArrayList<>();
        final List<CompletedItem> done = new ArrayList<>();
        final List<OpenAction> open = new ArrayList<>();
        final List<PhaseChange> phases = new ArrayList<>();

        Digest compose() {
            return new DigestComposer(this).compose(WS, List.of(), FROM, TO, UTC);
        }

        @Override
        public List<PartnershipInfo> partnerships(String workspace) {
            return List.copyOf(partnerships);
        }

        @Override
        public List<NoteInfo> sharedNotes(String workspace, Instant from, Instant to) {
            return notes.stream().filter(n -> !n.at().isBefore(from) && n.at().isBefore(to)).toList();
        }

        @Override
        public List<CompletedItem> completedItems(String workspace, Instant from, Instant to) {
            return done.stream().filter(n -> !n.at().isBefore(from) && n.at().isBefore(to)).toList();
        }

        @Override
        public List<OpenAction> openActions(String workspace) {
            return List.copyOf(open);
        }

        @Override
        public List<PhaseChange> phaseChanges(String workspace, Instant from, Instant to) {
            return phases.stream().filter(n -> !n.at().isBefore(from) && n.at().isBefore(to)).toList();
        }
    }
}
