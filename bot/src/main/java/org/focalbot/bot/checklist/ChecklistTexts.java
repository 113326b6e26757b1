package org.focalbot.bot.checklist;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.focalbot.bot.Action;
import org.focalbot.bot.Citation;
import org.focalbot.bot.Progress;
import org.focalbot.bot.Reply;
import org.focalbot.knowledge.checklist.ChecklistItem;
import org.focalbot.knowledge.checklist.Dimension;
import org.focalbot.knowledge.checklist.PhaseChecklist;

/** The wording of checklist replies: items, acknowledgements, summaries and status, as plain text. */
final class ChecklistTexts {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    static final String HOW_TO_ANSWER = "Answer with the buttons or in your own words: \"done\", "
            + "\"not yet — Ana, by 15 May\", \"skip\", \"skip the resources part\", \"why?\" or \"pause\".";
    private static final int SHORT = 90;

    private ChecklistTexts() {
    }

    /** One item, with its buttons and "Governance · 7 of 24" progress; {@code lead} goes above the prompt. */
    static Reply item(PhaseChecklist checklist, ChecklistItem item, String partnershipId, int revision, String lead) {
        String text = lead == null || lead.isBlank() ? item.prompt() : lead + "\n\n" + item.prompt();
        return new Reply(text, ItemButtons.forItem(partnershipId, item.id(), revision), List.of(), progress(checklist, item));
    }

    /** Why an item matters, with its source, keeping the item's buttons. */
    static Reply why(PhaseChecklist checklist, ChecklistItem item, String partnershipId, int revision) {
        return new Reply("Why it matters: " + item.why() + "\n\n" + item.prompt(),
                ItemButtons.forItem(partnershipId, item.id(), revision),
                List.of(new Citation(item.document(), item.section(), null)), progress(checklist, item));
    }

    static Progress progress(PhaseChecklist checklist, ChecklistItem item) {
        return new Progress(item.dimension().title(), checklist.indexOf(item.id()) + 1, checklist.size());
    }

    static String intro(PartnershipRef partnership, PhaseChecklist checklist) {
        return "Let's go through the " + checklist.phase().title() + " checklist for " + partnership.name() + ": "
                + checklist.size() + " items in " + checklist.dimensions().size() + " parts, one at a time. "
                + HOW_TO_ANSWER;
    }

    static String acknowledge(ItemAnswer answer, boolean noteSaved, String partnershipName) {
        StringBuilder sb = new StringBuilder(switch (answer.status()) {
            case DONE -> "Marked done";
            case SKIPPED -> "Skipped";
            case NOT_YET -> "Marked not yet" + openDetails(answer);
        });
        if (noteSaved) {
            sb.append(", and saved your remark as a note on ").append(partnershipName);
        }
        sb.append('.');
        if (answer.status() == ItemStatus.NOT_YET && answer.owner() == null && answer.due() == null) {
            sb.append(" If you like, type who will do it and by when (e.g. \"Ana, by 15 May\").");
        }
        return sb.toString();
    }

    static String conflict(ItemAnswer current, String myAuthorId, Instant now, ZoneId zone) {
        String who = current.by().equals(myAuthorId) ? "You" : current.byName();
        return who + " already answered this one " + when(current.at(), now, zone) + ": " + current.status().label()
                + openDetails(current) + ". I kept that answer.";
    }

    static String answeredMeanwhile(ChecklistItem item, ItemAnswer answer, Instant now, ZoneId zone) {
        return answer.byName() + " answered \"" + shorten(item.prompt()) + "\" " + when(answer.at(), now, zone) + ": "
                + answer.status().label() + openDetails(answer) + ".";
    }

    /** ", Ana, due 15 May 2026" for an open item with an owner and date; empty otherwise. */
    static String openDetails(ItemAnswer answer) {
        StringBuilder sb = new StringBuilder();
        if (answer.owner() != null) {
            sb.append(" — ").append(answer.owner());
        }
        if (answer.due() != null) {
            sb.append(answer.owner() == null ? " — due " : ", due ").append(DATE.format(answer.due()));
        }
        return sb.toString();
    }

    /** The end-of-walk summary: counts, then open items with owners and dates, skipped and done. */
    static String summary(PhaseChecklist checklist, ChecklistProgress progress, PartnershipRef partnership) {
        Counts c = Counts.of(checklist, progress);
        StringBuilder sb = new StringBuilder("Summary of the " + checklist.phase().title() + " checklist for "
                + partnership.name() + ": " + c.done() + " done, " + c.notYet() + " not yet, " + c.skipped()
                + " skipped");
        if (c.unanswered() > 0) {
            sb.append(", ").append(c.unanswered()).append(" not answered");
        }
        sb.append('.');
        list(sb, "Not yet", checklist, progress, ItemStatus.NOT_YET, true);
        list(sb, "Skipped", checklist, progress, ItemStatus.SKIPPED, false);
        list(sb, "Done", checklist, progress, ItemStatus.DONE, false);
        return sb.toString();
    }

    /** Progress per dimension and the open actions of one checklist. */
    static String status(PhaseChecklist checklist, ChecklistProgress progress, PartnershipRef partnership) {
        Counts c = Counts.of(checklist, progress);
        StringBuilder sb = new StringBuilder(partnership.name() + " — " + checklist.phase().title() + ": "
                + c.answered() + " of " + checklist.size() + " answered (" + c.done() + " done, " + c.notYet()
                + " not yet, " + c.skipped() + " skipped)");
        for (Dimension d : checklist.dimensions()) {
            List<ChecklistItem> items = checklist.itemsIn(d);
            long answered = items.stream().filter(i -> progress.answer(i.id()).isPresent()).count();
            long done = items.stream().filter(i -> statusOf(progress, i) == ItemStatus.DONE).count();
            sb.append("\n- ").append(d.title()).append(": ").append(answered).append(" of ").append(items.size())
                    .append(" answered, ").append(done).append(" done");
        }
        List<String> open = openLines(checklist, progress);
        if (!open.isEmpty()) {
            sb.append("\nOpen actions:");
            open.forEach(line -> sb.append("\n- ").append(line));
        }
        return sb.toString();
    }

    static String shorten(String prompt) {
        return prompt.length() <= SHORT ? prompt : prompt.substring(0, prompt.lastIndexOf(' ', SHORT - 1)) + "…";
    }

    static String when(Instant at, Instant now, ZoneId zone) {
        Duration ago = Duration.between(at, now);
        if (ago.toMinutes() < 1) {
            return "just now";
        }
        if (ago.toHours() < 1) {
            return ago.toMinutes() + (ago.toMinutes() == 1 ? " minute ago" : " minutes ago");
        }
        if (ago.toHours() < 24) {
            return ago.toHours() + (ago.toHours() == 1 ? " hour ago" : " hours ago");
        }
        return "on " + DATE.format(LocalDate.ofInstant(at, zone));
    }

    private static List<String> openLines(PhaseChecklist checklist, ChecklistProgress progress) {
        List<String> out = new ArrayList<>();
        for (ChecklistItem item : checklist.items()) {
            progress.answer(item.id()).filter(a -> a.status() == ItemStatus.NOT_YET).ifPresent(a ->
                    out.add(shorten(item.prompt()) + openDetails(a) + remarkSuffix(a)));
        }
        return out;
    }

    private static void list(StringBuilder sb, String title, PhaseChecklist checklist, ChecklistProgress progress,
                             ItemStatus status, boolean details) {
        List<String> lines = new ArrayList<>();
        for (ChecklistItem item : checklist.items()) {
            progress.answer(item.id()).filter(a -> a.status() == status).ifPresent(a ->
                    lines.add(shorten(item.prompt()) + (details ? openDetails(a) + remarkSuffix(a) : "")));
        }
        if (!lines.isEmpty()) {
            sb.append("\n\n").append(title).append(':');
            lines.forEach(l -> sb.append("\n- ").append(l));
        }
    }

    private static String remarkSuffix(ItemAnswer a) {
        return a.remark() == null ? "" : " (" + a.remark() + ")";
    }

    private static ItemStatus statusOf(ChecklistProgress progress, ChecklistItem item) {
        return progress.answer(item.id()).map(ItemAnswer::status).orElse(null);
    }

    /** Buttons offered under a finished or summarised checklist. */
    static List<Action> afterSummary(PhaseChecklist checklist, ChecklistProgress progress) {
        List<Action> actions = new ArrayList<>();
        actions.add(ItemButtons.forChecklist("export", "Export as Markdown", checklist.phase().id(),
                progress.partnershipId()));
        if (Counts.of(checklist, progress).notYet() > 0) {
            actions.add(ItemButtons.forChecklist("review", "Go through open items", checklist.phase().id(),
                    progress.partnershipId()));
        }
        return actions;
    }
}
