package org.focalbot.bot.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.focalbot.bot.Action;
import org.focalbot.bot.Reply;
import org.focalbot.bot.dialogue.TurnContext;
import org.focalbot.knowledge.checklist.ChecklistCatalog;
import org.focalbot.knowledge.checklist.Phase;
import org.focalbot.knowledge.checklist.PhaseChecklist;

/** Status ("where are we with the water alliance?"), Markdown export and the review of open items, in chat. */
final class ChecklistOverview {

    private static final int MAX_BUTTONS = 5;

    private final ChecklistCatalog catalog;
    private final ChecklistProgressStore store;
    private final ChecklistPartnerships partnerships;
    private final ChecklistReports reports;
    private final ChecklistWalk walk;

    ChecklistOverview(ChecklistCatalog catalog, ChecklistProgressStore store, ChecklistPartnerships partnerships,
                      ChecklistReports reports, ChecklistWalk walk) {
        this.catalog = catalog;
        this.store = store;
        this.partnerships = partnerships;
        this.reports = reports;
        this.walk = walk;
    }

    /** Status of the named partnership, else of this conversation's checklist, else of the whole workspace. */
    void status(TurnContext ctx, String mention) {
        withPartnership(ctx, mention, this::statusFor, () -> workspaceStatus(ctx));
    }

    void statusById(TurnContext ctx, String partnershipId) {
        byId(ctx, partnershipId).ifPresentOrElse(p -> statusFor(ctx, p), () -> workspaceStatus(ctx));
    }

    /** Markdown of the named partnership's checklist (or this conversation's). */
    void export(TurnContext ctx, String mention) {
        withPartnership(ctx, mention, this::exportFor, () -> ctx.say("Which checklist should I export? "
                + "Say, for example, \"export the checklist for the Water Alliance\"."));
    }

    void exportById(TurnContext ctx, String partnershipId, Phase phase) {
        Optional<String> markdown = reports.exportMarkdown(ctx.workspace(), partnershipId, phase);
        if (markdown.isEmpty()) {
            ctx.say("Nobody has answered anything in that checklist yet, so there is nothing to export.");
            return;
        }
        ctx.say("Here is the " + phase.title() + " checklist as Markdown:\n\n" + markdown.get());
    }

    /** Walks the "not yet" items of a checklist again. */
    void review(TurnContext ctx, String partnershipId, Phase phase) {
        Optional<ChecklistProgress> progress = store.find(ctx.workspace(), partnershipId, phase);
        if (progress.isEmpty()) {
            ctx.say("I can't find that checklist any more. Say \"status\" to see where things stand.");
            return;
        }
        walk.begin(ctx, progress.get().partnership(), phase, true);
    }

    /** Resolves the mention (or takes this conversation's checklist) and runs {@code then}; several matches get status buttons. */
    private void withPartnership(TurnContext ctx, String mention, BiConsumer<TurnContext, PartnershipRef> then,
                                 Runnable otherwise) {
        if (mention == null) {
            walk.active(ctx).ifPresentOrElse(a -> then.accept(ctx, a.partnership()), otherwise);
            return;
        }
        PartnershipMatch match = partnerships.resolve(ctx.workspace(), mention);
        if (match instanceof PartnershipMatch.Found found) {
            then.accept(ctx, found.partnership());
        } else if (match instanceof PartnershipMatch.Ambiguous ambiguous) {
            ctx.reply(Reply.withActions("Several partnerships match \"" + mention + "\". Which one do you mean?",
                    ambiguous.candidates().stream().limit(MAX_BUTTONS)
                            .map(p -> new Action(ItemButtons.NAMESPACE + ":status:" + p.id(), p.name()))
                            .toList()));
        } else {
            ctx.say("I don't know a partnership called \"" + ((PartnershipMatch.Unknown) match).name()
                    + "\" in this workspace.");
        }
    }

    private void statusFor(TurnContext ctx, PartnershipRef partnership) {
        Optional<ActiveChecklist> active = walk.active(ctx).filter(a -> a.partnershipId().equals(partnership.id()));
        List<ChecklistProgress> records = new ArrayList<>(store.ofPartnership(ctx.workspace(), partnership.id()));
        active.filter(a -> records.stream().noneMatch(r -> r.phase().equals(a.phase())))
                .ifPresent(a -> records.add(ChecklistProgress.empty(ctx.workspace(), partnership, a.phaseValue(),
                        ctx.now())));
        if (records.isEmpty()) {
            ctx.say("No checklist has been started for " + partnership.name() + " yet. Say, for example, \"start the "
                    + "initiating checklist for " + partnership.name() + "\".");
            return;
        }
        List<String> parts = new ArrayList<>();
        List<Action> actions = new ArrayList<>();
        active.filter(ActiveChecklist::paused).ifPresent(a -> actions.add(ItemButtons.resume()));
        for (ChecklistProgress p : records) {
            PhaseChecklist checklist = catalog.of(p.phaseValue());
            parts.add(ChecklistTexts.status(checklist, p, partnership));
            if (!p.answers().isEmpty()) {
                actions.add(ItemButtons.forChecklist("export", "Export " + checklist.phase().title(), p.phase(),
                        partnership.id()));
            }
        }
        ctx.reply(Reply.withActions(String.join("\n\n", parts), actions));
    }

    private void workspaceStatus(TurnContext ctx) {
        List<ChecklistProgress> records = store.all(ctx.workspace());
        if (records.isEmpty()) {
            ctx.say("No checklist has been started in this workspace yet. Say, for example, \"start the initiating "
                    + "checklist for the Water Alliance\".");
            return;
        }
        StringBuilder sb = new StringBuilder("Checklists in this workspace:");
        List<Action> actions = new ArrayList<>();
        for (ChecklistProgress p : records) {
            PhaseChecklist checklist = catalog.of(p.phaseValue());
            Counts c = Counts.of(checklist, p);
            sb.append("\n- ").append(p.partnershipName()).append(" — ").append(checklist.phase().title()).append(": ")
                    .append(c.answered()).append(" of ").append(checklist.size()).append(" answered, ")
                    .append(c.notYet()).append(c.notYet() == 1 ? " open action" : " open actions");
            if (actions.stream().noneMatch(a -> a.id().endsWith(":" + p.partnershipId())) && actions.size() < MAX_BUTTONS) {
                actions.add(new Action(ItemButtons.NAMESPACE + ":status:" + p.partnershipId(), p.partnershipName()));
            }
        }
        ctx.reply(Reply.withActions(sb.toString(), actions));
    }

    private void exportFor(TurnContext ctx, PartnershipRef partnership) {
        Optional<ActiveChecklist> active = walk.active(ctx).filter(a -> a.partnershipId().equals(partnership.id()));
        if (active.isPresent()) {
            exportById(ctx, partnership.id(), active.get().phaseValue());
            return;
        }
        List<ChecklistProgress> records = store.ofPartnership(ctx.workspace(), partnership.id());
        if (records.size() == 1) {
            exportById(ctx, partnership.id(), records.get(0).phaseValue());
        } else if (records.isEmpty()) {
            ctx.say("No checklist has been started for " + partnership.name() + " yet, so there is nothing to export.");
        } else {
            ctx.reply(Reply.withActions("Which checklist of " + partnership.name() + " should I export?",
                    records.stream().map(p -> ItemButtons.forChecklist("export", p.phaseValue().title(), p.phase(),
                            partnership.id())).toList()));
        }
    }

    private Optional<PartnershipRef> byId(TurnContext ctx, String partnershipId) {
        return store.ofPartnership(ctx.workspace(), partnershipId).stream().findFirst()
                .map(ChecklistProgress::partnership)
                .or(() -> walk.active(ctx).filter(a -> a.partnershipId().equals(partnershipId))
                        .map(ActiveChecklist::partnership));
    }
}
