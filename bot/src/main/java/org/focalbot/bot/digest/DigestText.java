package org.focalbot.bot.digest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The wording of a digest, shared by every renderer so Slack, Teams, web and export say the same
 * thing: titles, headline and the one-line descriptions of items. User text is returned as is;
 * each renderer escapes it for its own format.
 */
public final class DigestText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private DigestText() {
    }

    public static String title(Digest d) {
        return "Weekly partnership digest · " + DAY.format(d.fromDate()) + " – " + DAY_YEAR.format(d.toDate());
    }

    public static String headline(Digest d) {
        Digest.Headline h = d.headline();
        List<String> parts = new ArrayList<>();
        parts.add(count(h.notes(), "new note"));
        parts.add(count(h.itemsCompleted(), "checklist item") + " done");
        parts.add(count(h.openActions(), "open action") + (h.overdueActions() > 0 ? " (" + h.overdueActions() + " overdue)" : ""));
        if (h.phaseChanges() > 0) {
            parts.add(count(h.phaseChanges(), "phase change"));
        }
        return String.join(" · ", parts);
    }

    public static String quietWeek() {
        return "A quiet week: no new notes, checklist progress or phase changes.";
    }

    public static String quietPartnerships(List<String> names) {
        return "Nothing new for " + String.join(", ", names) + ".";
    }

    public static String notesLine(Digest.Section s) {
        return count(s.noteCount(), "new note");
    }

    public static String excerptAttribution(Digest.Excerpt e, Digest d) {
        return e.author() + ", " + DAY.format(e.at().atZone(d.zone()).toLocalDate());
    }

    public static String doneLine(Digest.Done done) {
        return "Done: " + done.prompt() + (done.phase() == null ? "" : " (" + done.phase().title() + ")")
                + (done.by() == null ? "" : " by " + done.by());
    }

    public static String openLine(Digest.Open o) {
        StringBuilder sb = new StringBuilder(o.overdue() ? "Overdue: " : "Open: ").append(o.prompt());
        List<String> who = new ArrayList<>();
        if (o.owner() != null && !o.owner().isBlank()) {
            who.add(o.owner());
        }
        if (o.due() != null) {
            who.add("due " + DAY_YEAR.format(o.due()));
        }
        if (!who.isEmpty()) {
            sb.append(" (").append(String.join(", ", who)).append(")");
        }
        return sb.toString();
    }

    public static String phaseLine(String change) {
        return "Phase: " + change;
    }

    public static String more(int n, String what) {
        return "and " + n + " more " + what;
    }

    /** "\"A\", \"B\"" */
    public static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList());
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String date(LocalDate d) {
        return DAY_YEAR.format(d);
    }
}
