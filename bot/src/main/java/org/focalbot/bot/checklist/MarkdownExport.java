package org.focalbot.bot.checklist;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.focalbot.knowledge.checklist.ChecklistItem;
import org.focalbot.knowledge.checklist.Dimension;
import org.focalbot.knowledge.checklist.PhaseChecklist;

/** Renders one checklist's progress as a Markdown document: counts, then every item per dimension with its answer. */
final class MarkdownExport {

    private MarkdownExport() {
    }

    static String render(PhaseChecklist checklist, ChecklistProgress progress, Clock clock) {
        Counts c = Counts.of(checklist, progress);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(progress.partnershipName())).append(" — ").append(checklist.phase().title())
                .append(" checklist\n\n");
        md.append("Exported ").append(ChecklistTexts.DATE.format(LocalDate.now(clock))).append(". ").append(checklist.size())
                .append(" items: ").append(c.done()).append(" done, ").append(c.notYet()).append(" not yet, ")
                .append(c.skipped()).append(" skipped, ").append(c.unanswered()).append(" not answered.\n");
        for (Dimension d : checklist.dimensions()) {
            md.append("\n## ").append(d.title()).append("\n\n");
            for (ChecklistItem item : checklist.itemsIn(d)) {
                ItemAnswer a = progress.answers().get(item.id());
                md.append("- [").append(a != null && a.status() == ItemStatus.DONE ? "x" : " ").append("] ")
                        .append(escape(item.prompt())).append(" — ").append(answerText(a, clock.getZone())).append('\n');
                md.append("  Source: ").append(item.document()).append(", ").append(item.section()).append('\n');
            }
        }
        return md.toString();
    }

    private static String answerText(ItemAnswer a, ZoneId zone) {
        if (a == null) {
            return "**not answered**";
        }
        StringBuilder sb = new StringBuilder("**").append(a.status().label()).append("**");
        if (a.status() == ItemStatus.NOT_YET) {
            sb.append(escape(ChecklistTexts.openDetails(a)));
        }
        sb.append(" (").append(escape(a.byName())).append(", ")
                .append(ChecklistTexts.DATE.format(LocalDate.ofInstant(a.at(), zone))).append(')');
        if (a.remark() != null) {
            sb.append(". Remark: ").append(escape(a.remark()));
        }
        return sb.toString();
    }

    /** Escapes what people typed so it cannot turn into links, emphasis or HTML in the rendered document. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char ch : text.replace('\n', ' ').toCharArray()) {
            if ("\\`*_[]<>#|!".indexOf(ch) >= 0) {
                sb.append('\\');
            }
            sb.append(ch);
        }
        return sb.toString();
    }
}
