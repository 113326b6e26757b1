package org.focalbot.bot.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.focalbot.knowledge.checklist.Phase;

/**
 * One week's digest for one workspace, as data: headline counts, a section per partnership with
 * activity, the quiet ones in a line. Each platform renders it in its own format.
 *
 * @param from         start of the window (inclusive)
 * @param to           end of the window (exclusive)
 * @param zone         the subscription's zone, for showing dates
 * @param active       partnerships with something new, most urgent first
 * @param quietNames   partnerships with nothing new this week
 */
public record Digest(String workspace, Instant from, Instant to, ZoneId zone, Headline headline,
                     List<Section> active, List<String> quietNames) {

    /** Counts shown at the top. */
    public record Headline(int notes, int itemsCompleted, int openActions, int overdueActions, int phaseChanges) {
        public boolean quiet() {
            return notes == 0 && itemsCompleted == 0 && phaseChanges == 0;
        }
    }

    /** An excerpt of a note: at most three per partnership. */
    public record Excerpt(String author, String text, Instant at) {
    }

    /** A done item. */
    public record Done(Phase phase, String prompt, String by) {
    }

    /** An open action; overdue ones come first. */
    public record Open(Phase phase, String prompt, String owner, LocalDate due, boolean overdue) {
    }

    /** One partnership's week. */
    public record Section(String partnershipId, String name, int noteCount, List<Excerpt> excerpts,
                          List<Done> completed, List<String> phaseChanges, List<Open> open) {
        public Section {
            excerpts = List.copyOf(excerpts);
            completed = List.copyOf(completed);
            phaseChanges = List.copyOf(phaseChanges);
            open = List.copyOf(open);
        }
    }

    public Digest {
        active = List.copyOf(active);
        quietNames = List.copyOf(quietNames);
    }

    /** Nothing new at all this week. */
    public boolean quiet() {
        return headline.quiet();
    }

    public LocalDate fromDate() {
        return from.atZone(zone).toLocalDate();
    }

    public LocalDate toDate() {
        return to.minusNanos(1).atZone(zone).toLocalDate();
    }
}
