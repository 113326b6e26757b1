package org.focalbot.bot.home;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.focalbot.bot.Action;
import org.focalbot.bot.Reply;
import org.focalbot.bot.checklist.ChecklistActivity;
import org.focalbot.bot.checklist.ChecklistReports;
import org.focalbot.bot.checklist.ChecklistSummary;
import org.focalbot.bot.notes.Partnership;
import org.focalbot.bot.notes.PartnershipRegistry;

/**
 * A person's overview of their workspace: partnerships (their own first) with their phase,
 * checklist progress, and the open actions, overdue first. Falls back to the capabilities when the
 * workspace has nothing yet.
 */
public final class PartnershipOverview implements WorkspaceOverview {

    static final int MAX_LINES = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final PartnershipRegistry partnerships;
    private final ChecklistReports checklists;
    private final WorkspaceOverview empty;
    private final Clock clock;
    private final ZoneId zone;

    public PartnershipOverview(PartnershipRegistry partnerships, ChecklistReports checklists, WorkspaceOverview empty,
                               Clock clock, ZoneId zone) {
        this.partnerships = partnerships;
        this.checklists = checklists;
        this.empty = empty;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public List<Reply> overview(String workspace, String author) {
        List<Partnership> all = new ArrayList<>(partnerships.list(workspace));
        if (all.isEmpty()) {
            return empty.overview(workspace, author);
        }
        all.sort(Comparator.comparing((Partnership p) -> !author.equals(p.owner()))
                .thenComparing(Partnership::name, String.CASE_INSENSITIVE_ORDER));
        List<Reply> replies = new ArrayList<>();
        replies.add(partnershipsReply(all, author));
        List<ChecklistSummary> started = checklists.summaries(workspace);
        if (!started.isEmpty()) {
            replies.add(checklistReply(started));
        }
        ChecklistActivity activity = checklists.activity(workspace, clock.instant(), clock.instant());
        replies.add(openActionsReply(activity.open()));
        return replies;
    }

    private Reply partnershipsReply(List<Partnership> all, String author) {
        StringBuilder sb = new StringBuilder("Partnerships (" + all.size() + ")");
        all.stream().limit(MAX_LINES).forEach(p -> sb.append("\n- ").append(p.name()).append(" — ")
                .append(p.phase().title()).append(author.equals(p.owner()) ? " · yours" : ""));
        more(sb, all.size());
        return Reply.text(sb.toString());
    }

    private Reply checklistReply(List<ChecklistSummary> started) {
        StringBuilder sb = new StringBuilder("Checklist progress");
        List<Action> actions = new ArrayList<>();
        started.stream().limit(MAX_LINES).forEach(c -> {
            sb.append("\n- ").append(c.partnershipName()).append(" — ").append(c.phase().title()).append(": ")
                    .append(c.answered()).append(" of ").append(c.total()).append(" answered, ").append(c.done())
                    .append(" done");
            if (actions.size() < 5 && actions.stream().noneMatch(a -> a.id().endsWith(":" + c.partnershipId()))) {
                actions.add(new Action("checklist:status:" + c.partnershipId(), c.partnershipName()));
            }
        });
        more(sb, started.size());
        return Reply.withActions(sb.toString(), actions);
    }

    private Reply openActionsReply(List<ChecklistActivity.OpenAction> open) {
        if (open.isEmpty()) {
            return Reply.text("Open actions: none.");
        }
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        StringBuilder sb = new StringBuilder("Open actions (" + open.size() + ")");
        open.stream().limit(MAX_LINES).forEach(o -> {
            boolean overdue = o.due() != null && o.due().isBefore(today);
            sb.append("\n- ").append(overdue ? "Overdue: " : "").append(o.partnership().name()).append(": ")
                    .append(o.prompt());
            List<String> who = new ArrayList<>();
            if (o.owner() != null) {
                who.add(o.owner());
            }
            if (o.due() != null) {
                who.add("due " + DAY.format(o.due()));
            }
            if (!who.isEmpty()) {
                sb.append(" (").append(String.join(", ", who)).append(")");
            }
        });
        more(sb, open.size());
        return Reply.text(sb.toString());
    }

    private static void more(StringBuilder sb, int total) {
        if (total > MAX_LINES) {
            sb.append("\n- and ").append(total - MAX_LINES).append(" more");
        }
    }
}
