package org.focalbot.bot.checklist;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.focalbot.bot.Reply;
import org.focalbot.bot.dialogue.ActiveFlow;
import org.focalbot.bot.dialogue.TurnContext;
import org.focalbot.bot.nlu.Entities;
import org.focalbot.bot.nlu.Intents;
import org.focalbot.knowledge.checklist.ChecklistCatalog;
import org.focalbot.knowledge.checklist.Phase;

/**
 * The checklist as a conversation. It looks first at every typed message: while a checklist is active
 * it reads answers and commands ("done", "not yet — Ana, by 15 May", "why?", "pause"); at any time it
 * starts checklists and shows status when asked. Anything else goes to the normal intent routing, and
 * afterwards the current item is asked again once (or a paused walk is pointed out once).
 */
public final class ChecklistFlow implements ActiveFlow {

    /** Leave-taking words that pause an open checklist. */
    private static final Pattern FAREWELL = Pattern.compile(
            "\\b(bye|goodbye|see you|see ya|talk (to you )?later|that'?s all|that is all|signing off|good night|"
                    + "gotta go|have to go|catch you later|cheers)\\b");

    /**
     * Intents about content that a checklist request yields to: if the classifier hears a question or a
     * note, words like "status" or "start" inside it do not make it a checklist command. Small talk does
     * not count ("hi, let's do the initiating checklist" starts the checklist).
     */
    private static final Set<String> CONTENT_INTENTS = Set.of(Intents.ASK_GUIDELINE, Intents.ADD_NOTE,
            Intents.FIND_NOTES, Intents.DIGEST);

    private final ChecklistTextParser parser = new ChecklistTextParser();
    private final ChecklistWalk walk;
    private final ChecklistStarter starter;
    private final ChecklistOverview overview;

    public ChecklistFlow(ChecklistCatalog catalog, ChecklistProgressStore store, ChecklistPartnerships partnerships,
                         ChecklistNotes notes, ChecklistReports reports) {
        this.walk = new ChecklistWalk(catalog, store, notes);
        this.starter = new ChecklistStarter(partnerships, store, walk, parser);
        this.overview = new ChecklistOverview(catalog, store, partnerships, reports, walk);
    }

    @Override
    public String namespace() {
        return ItemButtons.NAMESPACE;
    }

    @Override
    public String intent() {
        return Intents.START_CHECKLIST;
    }

    @Override
    public boolean claim(TurnContext ctx) {
        String text = ctx.turn().text();
        Optional<PendingStart> pending = ctx.state().get(ChecklistStarter.PENDING);
        if (pending.isPresent()) {
            if (starter.onText(ctx, pending.get(), text, ctx.intent())) {
                ctx.intent(Intents.START_CHECKLIST, 1.0);
                return true;
            }
        }
        LocalDate today = ChecklistWalk.today(ctx);
        Optional<ChecklistCommand> command = parser.parse(text, today);
        Optional<ActiveChecklist> active = walk.active(ctx);
        if (active.isPresent() && active.get().detailsFor() != null) {
            // Right after a "not yet" button, "Ana, by 15 May" is the owner and date of that item.
            Optional<ChecklistCommand.Details> details = command.isEmpty() ? parser.details(text, today)
                    : Optional.empty();
            if (details.isPresent()) {
                ctx.intent(Intents.START_CHECKLIST, 1.0);
                walk.addDetails(ctx, active.get(), details.get());
                return true;
            }
            ctx.state().set(ChecklistWalk.ACTIVE, active.get().withoutDetails());
            active = walk.active(ctx);
        }
        if (command.isPresent() && isRequest(command.get())) {
            if (CONTENT_INTENTS.contains(ctx.intent())) {
                return false;
            }
            return handleRequest(ctx, command.get());
        }
        if (command.isPresent() && active.isPresent()) {
            ctx.intent(Intents.START_CHECKLIST, 1.0);
            handleInWalk(ctx, active.get(), command.get());
            return true;
        }
        if (ctx.intent().equals(Intents.START_CHECKLIST)) {
            return handleRequest(ctx, parser.startParts(text));
        }
        if (ctx.intent().equals(Intents.CHECKLIST_STATUS)) {
            return handleRequest(ctx, new ChecklistCommand.Status(null));
        }
        return false;
    }

    @Override
    public void onAction(TurnContext ctx, String argument) {
        String verb = argument.contains(":") ? argument.substring(0, argument.indexOf(':')) : argument;
        String rest = argument.contains(":") ? argument.substring(argument.indexOf(':') + 1) : "";
        switch (verb) {
            case "done", "notyet", "skip", "why" -> onItemButton(ctx, argument);
            case "pause" -> walk.active(ctx).ifPresentOrElse(a -> walk.pause(ctx, a), () -> noChecklist(ctx));
            case "continue" -> walk.active(ctx).ifPresentOrElse(a -> walk.resume(ctx, a), () -> noChecklist(ctx));
            case "phase" -> starter.choosePhase(ctx, rest);
            case "partnership" -> starter.choosePartnership(ctx, rest);
            case "create" -> starter.confirmCreate(ctx);
            case "cancel" -> starter.cancel(ctx);
            case "status" -> overview.statusById(ctx, rest);
            case "export", "review" -> onChecklistButton(ctx, verb, rest);
            default -> ctx.say("That button is no longer active. Say \"status\" to see where your checklists stand.");
        }
    }

    @Override
    public void afterTurn(TurnContext ctx) {
        Optional<ActiveChecklist> found = walk.active(ctx);
        if (found.isEmpty()) {
            return;
        }
        ActiveChecklist active = found.get();
        if (Intents.GOODBYE.equals(ctx.intent()) && isFarewell(ctx.turn().text()) && !active.paused()) {
            walk.pause(ctx, active);
        } else if (!active.paused()) {
            walk.present(ctx, active.withoutDetails(), "Back to the checklist:");
        } else if (!active.reminded()) {
            ctx.state().set(ChecklistWalk.ACTIVE, active.withReminder());
            ctx.reply(Reply.withActions("The " + active.phaseValue().title() + " checklist for "
                    + active.partnershipName() + " is paused. Say \"continue\" to pick it up at the same item.",
                    List.of(ItemButtons.resume())));
        }
    }

    /**
     * Only a real leave-taking pauses the walk: "ok" or "thanks" on their own are acknowledgements
     * the classifier may also call goodbye, and they must not stop a checklist.
     */
    static boolean isFarewell(String text) {
        return text != null && FAREWELL.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    private static boolean isRequest(ChecklistCommand command) {
        return command instanceof ChecklistCommand.Start || command instanceof ChecklistCommand.Status
                || command instanceof ChecklistCommand.Export;
    }

    /** Start, status and export: understood with or without an active checklist. */
    private boolean handleRequest(TurnContext ctx, ChecklistCommand command) {
        Entities entities = ctx.interpretation().map(i -> i.entities()).orElse(Entities.NONE);
        if (command instanceof ChecklistCommand.Start start) {
            ctx.intent(Intents.START_CHECKLIST, 1.0);
            Phase phase = entities.phase().orElse(start.phase());
            starter.start(ctx, phase, entities.partnership().orElse(start.mention()));
        } else {
            ctx.intent(Intents.CHECKLIST_STATUS, 1.0);
            if (command instanceof ChecklistCommand.Status status) {
                overview.status(ctx, entities.partnership().orElse(status.mention()));
            } else {
                overview.export(ctx, entities.partnership().orElse(((ChecklistCommand.Export) command).mention()));
            }
            // A look at the status is an aside: the walk carries on where it was.
            walk.active(ctx).filter(a -> !a.paused()).ifPresent(a -> walk.present(ctx, a, "Back to the checklist:"));
        }
        return true;
    }

    private void handleInWalk(TurnContext ctx, ActiveChecklist active, ChecklistCommand command) {
        if (command instanceof ChecklistCommand.Answer answer) {
            walk.answer(ctx, active, active.itemId(), active.revision(), answer);
        } else if (command instanceof ChecklistCommand.SkipPart part) {
            walk.skipPart(ctx, active, part.dimension());
        } else if (command instanceof ChecklistCommand.Why) {
            walk.why(ctx, active, active.itemId(), active.revision());
        } else if (command instanceof ChecklistCommand.Pause) {
            if (active.paused()) {
                ctx.say("The checklist is already paused. Say \"continue\" when you want to pick it up.");
            } else {
                walk.pause(ctx, active);
            }
        } else if (command instanceof ChecklistCommand.Resume) {
            walk.resume(ctx, active);
        } else {
            // Details outside a "not yet" follow-up are not parsed as commands; nothing else reaches here.
            throw new IllegalStateException("unexpected checklist command " + command);
        }
    }

    private void onItemButton(TurnContext ctx, String argument) {
        Optional<ItemButtons.ItemClick> click = ItemButtons.readItem(argument);
        Optional<ActiveChecklist> active = walk.active(ctx);
        if (click.isEmpty() || active.isEmpty() || !active.get().partnershipId().equals(click.get().partnershipId())
                || !click.get().itemId().startsWith(active.get().phase() + ".")) {
            ctx.say("That button belongs to a checklist that is no longer open in this conversation. "
                    + "Say \"status\" to see where things stand, or start the checklist again.");
            return;
        }
        ItemButtons.ItemClick c = click.get();
        if (walk.catalog().of(active.get().phaseValue()).item(c.itemId()).isEmpty()) {
            ctx.say("That checklist item no longer exists. Say \"continue\" to carry on.");
            return;
        }
        switch (c.verb()) {
            case "why" -> walk.why(ctx, active.get(), c.itemId(), c.revision());
            case "done" -> walk.answer(ctx, active.get(), c.itemId(), c.revision(),
                    new ChecklistCommand.Answer(ItemStatus.DONE, null, null, null));
            case "notyet" -> walk.answer(ctx, active.get(), c.itemId(), c.revision(),
                    new ChecklistCommand.Answer(ItemStatus.NOT_YET, null, null, null));
            default -> walk.answer(ctx, active.get(), c.itemId(), c.revision(),
                    new ChecklistCommand.Answer(ItemStatus.SKIPPED, null, null, null));
        }
    }

    private void onChecklistButton(TurnContext ctx, String verb, String rest) {
        int colon = rest.indexOf(':');
        Optional<Phase> phase = colon < 0 ? Optional.empty() : Phase.byId(rest.substring(0, colon));
        if (phase.isEmpty()) {
            ctx.say("That button is no longer active. Say \"status\" to see where your checklists stand.");
            return;
        }
        String partnershipId = rest.substring(colon + 1);
        if (verb.equals("export")) {
            overview.exportById(ctx, partnershipId, phase.get());
        } else {
            overview.review(ctx, partnershipId, phase.get());
        }
    }

    private static void noChecklist(TurnContext ctx) {
        ctx.say("There is no checklist open in this conversation. Say, for example, \"start the initiating "
                + "checklist for the Water Alliance\".");
    }
}
