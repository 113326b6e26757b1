package org.focalbot.bot.checklist;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.focalbot.knowledge.checklist.ChecklistCatalog;
import org.focalbot.knowledge.checklist.ChecklistItem;
import org.focalbot.knowledge.checklist.Phase;
import org.focalbot.knowledge.checklist.PhaseChecklist;

/** Read-only views of checklist progress for other features: Markdown export and digest activity. */
public final class ChecklistReports {

    private final ChecklistCatalog catalog;
    private final ChecklistProgressStore progress;
    private final Clock clock;

    public ChecklistReports(ChecklistCatalog catalog, ChecklistProgressStore progress, Clock clock) {
        this.catalog = catalog;
        this.progress = progress;
        this.clock = clock;
    }

    /** The checklist as a Markdown document, or empty when nobody has answered anything in it yet. */
    public Optional<String> exportMarkdown(String workspace, String partnershipId, Phase phase) {
        return progress.find(workspace, partnershipId, phase).map(this::markdown);
    }

    String markdown(ChecklistProgress p) {
        return MarkdownExport.render(catalog.of(p.phaseValue()), p, clock);
    }

    /** Every started checklist of the workspace with its counts, ordered by partnership then phase. */
    public List<ChecklistSummary> summaries(String workspace) {
        List<ChecklistSummary> out = new ArrayList<>();
        for (ChecklistProgress p : progress.all(workspace)) {
            PhaseChecklist checklist = catalog.of(p.phaseValue());
            Counts c = Counts.of(checklist, p);
            out.add(new ChecklistSummary(p.partnershipId(), p.partnershipName(), checklist.phase(), checklist.size(),
                    c.done(), c.notYet(), c.skipped()));
        }
        return out;
    }

    /**
     * Items completed in [{@code from}, {@code to}) and all open actions of the workspace; an open
     * action is overdue when its due date is before the day {@code to} falls on.
     */
    public ChecklistActivity activity(String workspace, Instant from, Instant to) {
        LocalDate lastDay = LocalDate.ofInstant(to, clock.getZone());
        List<ChecklistActivity.Completed> completed = new ArrayList<>();
        List<ChecklistActivity.OpenAction> open = new ArrayList<>();
        for (ChecklistProgress p : progress.all(workspace)) {
            PhaseChecklist checklist = catalog.of(p.phaseValue());
            for (ChecklistItem item : checklist.items()) {
                ItemAnswer a = p.answers().get(item.id());
                if (a == null) {
                    continue;
                }
                if (a.status() == ItemStatus.DONE && !a.at().isBefore(from) && a.at().isBefore(to)) {
                    completed.add(new ChecklistActivity.Completed(p.partnership(), checklist.phase(), item.id(),
                            item.prompt(), a.byName(), a.at()));
                } else if (a.status() == ItemStatus.NOT_YET) {
                    open.add(new ChecklistActivity.OpenAction(p.partnership(), checklist.phase(), item.id(),
                            item.prompt(), a.owner(), a.due(), a.due() != null && a.due().isBefore(lastDay),
                            a.remark()));
                }
            }
        }
        completed.sort(Comparator.comparing(ChecklistActivity.Completed::at));
        open.sort(Comparator.comparing((ChecklistActivity.OpenAction o) -> !o.overdue())
                .thenComparing(o -> o.due() == null ? LocalDate.MAX : o.due()));
        return new ChecklistActivity(completed, open);
    }
}
