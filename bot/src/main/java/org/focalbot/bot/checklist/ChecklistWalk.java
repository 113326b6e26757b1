package org.focalbot.bot.checklist;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.focalbot.bot.Reply;
import org.focalbot.bot.conversation.StateSlot;
import org.focalbot.bot.dialogue.TurnContext;
import org.focalbot.knowledge.checklist.ChecklistCatalog;
import org.focalbot.knowledge.checklist.ChecklistItem;
import org.focalbot.knowledge.checklist.Dimension;
import org.focalbot.knowledge.checklist.Phase;
import org.focalbot.knowledge.checklist.PhaseChecklist;

/**
 * Walks one conversation through a checklist, one item at a time: asks, records answers against the
 * shared progress, moves on, and finishes with a summary. The conversation keeps only a pointer
 * ({@link ActiveChecklist}); what was answered is read from the store on every step, so answers given
 * meanwhile elsewhere (another channel, another platform) are seen at once.
 */
final class ChecklistWalk {

    static final StateSlot<ActiveChecklist> ACTIVE = new StateSlot<>("checklist", ActiveChecklist.class);

    private final ChecklistCatalog catalog;
    private final ChecklistProgressStore store;
    private final ChecklistNotes notes;

    ChecklistWalk(ChecklistCatalog catalog, ChecklistProgressStore store, ChecklistNotes notes) {
        this.catalog = catalog;
        this.store = store;
        this.notes = notes;
    }

    /**
     * This conversation's checklist pointer. A pointer to an item that a newer release of the checklist
     * data no longer has is forgotten; starting the checklist again picks up at its first open item.
     */
    Optional<ActiveChecklist> active(TurnContext ctx) {
        Optional<ActiveChecklist> active = ctx.state().get(ACTIVE);
        if (active.isPresent() && Phase.byId(active.get().phase())
                .flatMap(p -> catalog.of(p).item(active.get().itemId())).isEmpty()) {
            ctx.state().clear(ACTIVE);
            return Optional.empty();
        }
        return active;
    }

    ChecklistCatalog catalog() {
        return catalog;
    }

    /**
     * Starts a checklist in this conversation, or resumes it at the item it was on; {@code review} walks
     * the "not yet" items again after everything has an answer.
     */
    void begin(TurnContext ctx, PartnershipRef partnership, Phase phase, boolean review) {
        PhaseChecklist checklist = catalog.of(phase);
        ChecklistProgress progress = store.load(ctx.workspace(), partnership, phase, ctx.now());
        Optional<ActiveChecklist> current = active(ctx).filter(a -> a.isFor(partnership.id(), phase) && !review);
        if (current.isPresent() && progress.revision(current.get().itemId()) == current.get().revision()) {
            ActiveChecklist resumed = current.get().pausedAs(false);
            ctx.state().set(ACTIVE, resumed);
            ask(ctx, resumed, checklist, "Picking up the " + phase.title() + " checklist for " + partnership.name()
                    + " where we left off (" + Counts.of(checklist, progress).answered() + " of " + checklist.size()
                    + " answered).");
            return;
        }
        Optional<ChecklistItem> first = nextPending(checklist, progress, -1, review);
        if (first.isEmpty()) {
            ctx.state().clear(ACTIVE);
            String lead = review ? "There are no open items left in the " + phase.title() + " checklist for "
                    + partnership.name() + "." : "Every item of the " + phase.title() + " checklist for "
                    + partnership.name() + " already has an answer.";
            summarise(ctx, checklist, progress, partnership, lead);
            return;
        }
        ActiveChecklist started = ActiveChecklist.at(partnership, phase, first.get().id(),
                progress.revision(first.get().id()), review);
        ctx.state().set(ACTIVE, started);
        int answered = Counts.of(checklist, progress).answered();
        String lead = review ? "Let's go through the open items of the " + phase.title() + " checklist for "
                + partnership.name() + " again."
                : answered == 0 ? ChecklistTexts.intro(partnership, checklist)
                : "Picking up the " + phase.title() + " checklist for " + partnership.name() + ": " + answered + " of "
                + checklist.size() + " items already answered. " + ChecklistTexts.HOW_TO_ANSWER;
        ask(ctx, started, checklist, lead);
    }

    /** Asks the current item again, or, if someone answered it meanwhile, says so and moves on. */
    void present(TurnContext ctx, ActiveChecklist active, String lead) {
        PhaseChecklist checklist = catalog.of(active.phaseValue());
        ChecklistProgress progress = store.load(ctx.workspace(), active.partnership(), active.phaseValue(), ctx.now());
        if (progress.revision(active.itemId()) == active.revision()) {
            ask(ctx, active, checklist, lead);
            return;
        }
        ChecklistItem item = checklist.item(active.itemId()).orElseThrow();
        String meanwhile = ChecklistTexts.answeredMeanwhile(item, progress.answer(item.id()).orElseThrow(), ctx.now(),
                ctx.clock().getZone());
        advance(ctx, active, progress, join(lead, meanwhile));
    }

    /** Records an answer to {@code itemId} against the revision it was asked at, then moves on. */
    void answer(TurnContext ctx, ActiveChecklist active, String itemId, int expectedRevision,
                ChecklistCommand.Answer answer) {
        Phase phase = active.phaseValue();
        ChecklistItem item = catalog.of(phase).item(itemId).orElseThrow();
        ChecklistProgressStore.Outcome outcome = store.answer(ctx.workspace(), active.partnership(), phase, itemId,
                expectedRevision, new ChecklistProgressStore.Answer(answer.status(), ctx.turn().author(),
                        ctx.turn().userName(), ctx.now(), answer.remark(), answer.owner(), answer.due()));
        // Any answer resumes a paused walk and supersedes a pending owner/date follow-up.
        ActiveChecklist next = active.pausedAs(false);
        String ack;
        if (outcome instanceof ChecklistProgressStore.Outcome.Accepted accepted) {
            boolean noted = answer.remark() != null;
            if (noted) {
                notes.saveItemRemark(new ItemRemark(ctx.workspace(), active.partnership(), phase, itemId,
                        item.prompt(), answer.remark(), ctx.turn().author(), ctx.turn().userName(), ctx.now()));
            }
            ItemAnswer stored = accepted.answer();
            ack = ChecklistTexts.acknowledge(stored, noted, active.partnershipName());
            if (stored.status() == ItemStatus.NOT_YET && stored.owner() == null && stored.due() == null) {
                next = next.awaitingDetails(itemId, stored.revision());
            }
        } else {
            ack = ChecklistTexts.conflict(((ChecklistProgressStore.Outcome.Conflict) outcome).current(),
                    ctx.turn().author(), ctx.now(), ctx.clock().getZone());
        }
        ctx.state().set(ACTIVE, next);
        if (itemId.equals(active.itemId())) {
            advance(ctx, next, outcome.progress(), ack);
        } else {
            present(ctx, next, ack);
        }
    }

    /** Adds the owner and/or due date typed after a "not yet", then asks the current item again. */
    void addDetails(TurnContext ctx, ActiveChecklist active, ChecklistCommand.Details details) {
        ChecklistProgressStore.Outcome outcome = store.addDetails(ctx.workspace(), active.partnership(),
                active.phaseValue(), active.detailsFor(), active.detailsRevision(), details.owner(), details.due(),
                ctx.now());
        ActiveChecklist next = active.withoutDetails();
        ctx.state().set(ACTIVE, next);
        String ack = outcome instanceof ChecklistProgressStore.Outcome.Accepted accepted
                ? "Noted for the open item" + ChecklistTexts.openDetails(accepted.answer()) + "."
                : "That item changed meanwhile, so I left it as it is.";
        present(ctx, next, ack);
    }

    /** Marks the unanswered items of a dimension (the current one when null) as skipped and moves on. */
    void skipPart(TurnContext ctx, ActiveChecklist active, Dimension dimension) {
        PhaseChecklist checklist = catalog.of(active.phaseValue());
        ChecklistItem current = checklist.item(active.itemId()).orElseThrow();
        Dimension part = dimension == null ? current.dimension() : dimension;
        List<String> ids = checklist.itemsIn(part).stream().map(ChecklistItem::id).toList();
        List<String> skipped = store.skipUnanswered(ctx.workspace(), active.partnership(), active.phaseValue(), ids,
                new ChecklistProgressStore.Answer(ItemStatus.SKIPPED, ctx.turn().author(), ctx.turn().userName(),
                        ctx.now(), null, null, null));
        String ack = skipped.isEmpty() ? "Nothing left to skip in " + part.title() + "."
                : "Skipped " + skipped.size() + (skipped.size() == 1 ? " item" : " items") + " of " + part.title() + ".";
        ActiveChecklist next = active.pausedAs(false);
        ctx.state().set(ACTIVE, next);
        if (skipped.contains(current.id())) {
            advance(ctx, next, store.load(ctx.workspace(), active.partnership(), active.phaseValue(), ctx.now()), ack);
        } else {
            present(ctx, next, ack);
        }
    }

    void why(TurnContext ctx, ActiveChecklist active, String itemId, int revision) {
        PhaseChecklist checklist = catalog.of(active.phaseValue());
        ChecklistItem item = checklist.item(itemId).orElseThrow();
        ctx.state().set(ACTIVE, active.pausedAs(false));
        ctx.reply(ChecklistTexts.why(checklist, item, active.partnershipId(), revision));
    }

    void pause(TurnContext ctx, ActiveChecklist active) {
        PhaseChecklist checklist = catalog.of(active.phaseValue());
        ChecklistItem item = checklist.item(active.itemId()).orElseThrow();
        ctx.state().set(ACTIVE, active.pausedAs(true));
        ctx.reply(Reply.withActions("Paused the " + checklist.phase().title() + " checklist for "
                + active.partnershipName() + " at item " + (checklist.indexOf(item.id()) + 1) + " of " + checklist.size()
                + " (" + item.dimension().title() + "). Say \"continue\" whenever you want to pick it up again.",
                List.of(ItemButtons.resume())));
    }

    void resume(TurnContext ctx, ActiveChecklist active) {
        ActiveChecklist resumed = active.pausedAs(false);
        ctx.state().set(ACTIVE, resumed);
        present(ctx, resumed, "Picking up where we left off.");
    }

    /** Shows the summary and the export and review buttons. */
    void summarise(TurnContext ctx, PhaseChecklist checklist, ChecklistProgress progress, PartnershipRef partnership,
                   String lead) {
        ctx.reply(Reply.withActions(join(lead, ChecklistTexts.summary(checklist, progress, partnership)),
                ChecklistTexts.afterSummary(checklist, progress)));
    }

    private void advance(TurnContext ctx, ActiveChecklist active, ChecklistProgress progress, String lead) {
        PhaseChecklist checklist = catalog.of(active.phaseValue());
        Optional<ChecklistItem> next = nextPending(checklist, progress, checklist.indexOf(active.itemId()),
                active.reviewOpen());
        if (next.isEmpty()) {
            ctx.state().clear(ACTIVE);
            summarise(ctx, checklist, progress, active.partnership(), join(lead, "That was the last item."));
            return;
        }
        ActiveChecklist moved = active.asking(next.get().id(), progress.revision(next.get().id()));
        ctx.state().set(ACTIVE, moved);
        ask(ctx, moved, checklist, lead);
    }

    private void ask(TurnContext ctx, ActiveChecklist active, PhaseChecklist checklist, String lead) {
        ChecklistItem item = checklist.item(active.itemId()).orElseThrow();
        int at = checklist.indexOf(item.id());
        boolean newPart = at == 0 || checklist.items().get(at - 1).dimension() != item.dimension();
        String heading = newPart ? "Part: " + item.dimension().title() : null;
        ctx.reply(ChecklistTexts.item(checklist, item, active.partnershipId(), active.revision(), join(lead, heading)));
    }

    /**
     * The next item to ask after position {@code after}: unanswered ones (or, when reviewing, also the
     * "not yet" ones). A first pass wraps around to items left unanswered earlier; a review does not,
     * so an item answered "not yet" again is not asked twice.
     */
    static Optional<ChecklistItem> nextPending(PhaseChecklist checklist, ChecklistProgress progress, int after,
                                               boolean review) {
        List<ChecklistItem> items = checklist.items();
        int n = items.size();
        int steps = review ? n - after - 1 : n;
        for (int k = 1; k <= steps; k++) {
            ChecklistItem item = items.get(Math.floorMod(after + k, n));
            Optional<ItemAnswer> a = progress.answer(item.id());
            if (a.isEmpty() || review && a.get().status() == ItemStatus.NOT_YET) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    static String join(String first, String second) {
        if (first == null || first.isBlank()) {
            return second;
        }
        return second == null || second.isBlank() ? first : first + "\n" + second;
    }

    static LocalDate today(TurnContext ctx) {
        return LocalDate.now(ctx.clock());
    }
}
