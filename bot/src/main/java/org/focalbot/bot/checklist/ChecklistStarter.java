package org.focalbot.bot.checklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.focalbot.bot.Action;
import org.focalbot.bot.Reply;
import org.focalbot.bot.conversation.StateSlot;
import org.focalbot.bot.dialogue.TurnContext;
import org.focalbot.bot.nlu.Intents;
import org.focalbot.knowledge.checklist.Phase;
import org.focalbot.knowledge.checklist.PhaseChecklist;

/**
 * Gets a checklist started: finds the partnership (offering to create an unknown one, or asking which
 * of several was meant) and the phase (asking with buttons when it was not said), remembering the
 * half-finished request between turns in the "checklist-start" slot.
 */
final class ChecklistStarter {

    static final StateSlot<PendingStart> PENDING = new StateSlot<>("checklist-start", PendingStart.class);

    private static final Pattern YES = Pattern.compile("^(?:yes|yeah|yep|sure|ok|okay|please do|go ahead|create it"
            + "|do it|yes please|please)[.!]*$");
    private static final Pattern NO = Pattern.compile("^(?:no|nope|cancel|never ?mind|don'?t|do not|no thanks"
            + "|forget it|stop)[.!]*$");
    private static final int MAX_NAME_WORDS = 8;
    private static final int MAX_BUTTONS = 5;

    private final ChecklistPartnerships partnerships;
    private final ChecklistProgressStore store;
    private final ChecklistWalk walk;
    private final ChecklistTextParser parser;

    ChecklistStarter(ChecklistPartnerships partnerships, ChecklistProgressStore store, ChecklistWalk walk,
                     ChecklistTextParser parser) {
        this.partnerships = partnerships;
        this.store = store;
        this.walk = walk;
        this.parser = parser;
    }

    /** Starts or resumes a checklist from what the person said; either part may be missing. */
    void start(TurnContext ctx, Phase phase, String mention) {
        ctx.state().clear(PENDING);
        if (mention == null) {
            Optional<ActiveChecklist> active = walk.active(ctx)
                    .filter(a -> phase == null || a.phase().equals(phase.id()));
            if (active.isPresent()) {
                walk.begin(ctx, active.get().partnership(), active.get().phaseValue(), false);
                return;
            }
            ctx.state().set(PENDING, new PendingStart(PendingStart.Question.PARTNERSHIP, phaseId(phase), null, null,
                    null));
            List<Action> known = knownPartnerships(ctx).stream().limit(MAX_BUTTONS)
                    .map(p -> new Action(ItemButtons.NAMESPACE + ":partnership:" + p.id(), p.name())).toList();
            ctx.reply(Reply.withActions("Which partnership is this checklist for? Type its name"
                    + (known.isEmpty() ? "." : " or pick one."), known));
            return;
        }
        PartnershipMatch match = partnerships.resolve(ctx.workspace(), mention);
        if (match instanceof PartnershipMatch.Found found) {
            withPartnership(ctx, found.partnership(), phase);
        } else if (match instanceof PartnershipMatch.Ambiguous ambiguous) {
            List<PartnershipRef> candidates = ambiguous.candidates().stream().limit(MAX_BUTTONS).toList();
            ctx.state().set(PENDING, new PendingStart(PendingStart.Question.WHICH_PARTNERSHIP, phaseId(phase), null,
                    null, candidates));
            List<Action> buttons = new ArrayList<>(candidates.stream()
                    .map(p -> new Action(ItemButtons.NAMESPACE + ":partnership:" + p.id(), p.name())).toList());
            buttons.add(new Action(ItemButtons.NAMESPACE + ":cancel", "Cancel"));
            ctx.reply(Reply.withActions("Several partnerships match \"" + mention + "\". Which one do you mean?",
                    buttons));
        } else {
            String name = ((PartnershipMatch.Unknown) match).name();
            ctx.state().set(PENDING, new PendingStart(PendingStart.Question.CREATE, phaseId(phase), null, name, null));
            ctx.reply(Reply.withActions("I don't know a partnership called \"" + name + "\" in this workspace yet. "
                    + "Shall I create it?", List.of(
                    new Action(ItemButtons.NAMESPACE + ":create", "Create \"" + name + "\""),
                    new Action(ItemButtons.NAMESPACE + ":cancel", "Cancel"))));
        }
    }

    /**
     * Reads a typed reply to the pending question. Returns false (and forgets the question) when the
     * message is about something else, so it goes to the normal routing.
     */
    boolean onText(TurnContext ctx, PendingStart pending, String text, String intent) {
        String lower = ChecklistTextParser.normalise(text);
        if (NO.matcher(lower).matches()) {
            cancel(ctx);
            return true;
        }
        Phase phase = phaseOf(pending);
        switch (pending.waitingFor()) {
            case PHASE -> {
                Optional<Phase> chosen = parser.phase(text);
                if (chosen.isPresent()) {
                    ctx.state().clear(PENDING);
                    walk.begin(ctx, pending.partnership(), chosen.get(), false);
                    return true;
                }
            }
            case CREATE -> {
                if (YES.matcher(lower).matches()) {
                    create(ctx, pending);
                    return true;
                }
            }
            case WHICH_PARTNERSHIP -> {
                Optional<PartnershipRef> picked = pending.candidates().stream()
                        .filter(p -> p.name().toLowerCase(Locale.ROOT).equals(lower.replaceFirst("^the ", "")))
                        .findFirst();
                if (picked.isPresent()) {
                    ctx.state().clear(PENDING);
                    withPartnership(ctx, picked.get(), phase);
                    return true;
                }
            }
            case PARTNERSHIP -> {
                // Only a message the classifier could not place may be a name ("hi" is a greeting, not a partnership).
                boolean unplaced = intent.equals(Intents.OUT_OF_SCOPE) || intent.equals(Intents.START_CHECKLIST);
                boolean looksLikeAName = unplaced && !lower.endsWith("?")
                        && lower.split(" +").length <= MAX_NAME_WORDS && parser.parse(text, ChecklistWalk.today(ctx)).isEmpty();
                Optional<String> name = looksLikeAName ? Mentions.answer(text) : Optional.empty();
                if (name.isPresent()) {
                    start(ctx, phase, name.get());
                    return true;
                }
            }
        }
        ctx.state().clear(PENDING);
        return false;
    }

    /** The phase button of a "which phase?" question. */
    void choosePhase(TurnContext ctx, String phaseId) {
        Optional<PendingStart> pending = ctx.state().get(PENDING)
                .filter(p -> p.waitingFor() == PendingStart.Question.PHASE);
        Optional<Phase> phase = Phase.byId(phaseId);
        if (pending.isEmpty() || phase.isEmpty()) {
            ctx.say("That question has expired. Say which checklist to start, e.g. \"start the initiating checklist "
                    + "for the Water Alliance\".");
            return;
        }
        ctx.state().clear(PENDING);
        walk.begin(ctx, pending.get().partnership(), phase.get(), false);
    }

    /** The partnership button of a "which partnership?" question. */
    void choosePartnership(TurnContext ctx, String partnershipId) {
        Optional<PendingStart> pending = ctx.state().get(PENDING);
        Optional<PartnershipRef> chosen = pending.flatMap(p -> p.candidates().stream()
                .filter(c -> c.id().equals(partnershipId)).findFirst())
                .or(() -> knownPartnerships(ctx).stream().filter(p -> p.id().equals(partnershipId)).findFirst());
        if (chosen.isEmpty()) {
            ctx.say("That question has expired. Say which checklist to start, e.g. \"start the initiating checklist "
                    + "for the Water Alliance\".");
            return;
        }
        ctx.state().clear(PENDING);
        withPartnership(ctx, chosen.get(), pending.map(ChecklistStarter::phaseOf).orElse(null));
    }

    /** The "Create" button. */
    void confirmCreate(TurnContext ctx) {
        Optional<PendingStart> pending = ctx.state().get(PENDING)
                .filter(p -> p.waitingFor() == PendingStart.Question.CREATE);
        if (pending.isEmpty()) {
            ctx.say("That question has expired; nothing was created.");
            return;
        }
        create(ctx, pending.get());
    }

    void cancel(TurnContext ctx) {
        ctx.state().clear(PENDING);
        ctx.say("OK, I've left it there.");
    }

    private void create(TurnContext ctx, PendingStart pending) {
        ctx.state().clear(PENDING);
        PartnershipRef created = partnerships.create(ctx.workspace(), pending.name(), ctx.turn().author());
        ctx.say("Created the partnership " + created.name() + ".");
        withPartnership(ctx, created, phaseOf(pending));
    }

    private void withPartnership(TurnContext ctx, PartnershipRef partnership, Phase phase) {
        if (phase != null) {
            walk.begin(ctx, partnership, phase, false);
            return;
        }
        Optional<ActiveChecklist> active = walk.active(ctx).filter(a -> a.partnershipId().equals(partnership.id()));
        if (active.isPresent()) {
            walk.begin(ctx, partnership, active.get().phaseValue(), false);
            return;
        }
        ctx.state().set(PENDING, new PendingStart(PendingStart.Question.PHASE, null, partnership, null, null));
        Map<String, ChecklistProgress> byPhase = new LinkedHashMap<>();
        store.ofPartnership(ctx.workspace(), partnership.id()).forEach(p -> byPhase.put(p.phase(), p));
        List<Action> buttons = new ArrayList<>();
        for (Phase p : Phase.values()) {
            PhaseChecklist checklist = walk.catalog().of(p);
            ChecklistProgress progress = byPhase.get(p.id());
            String label = progress == null ? p.title()
                    : p.title() + " (" + Counts.of(checklist, progress).answered() + "/" + checklist.size() + ")";
            buttons.add(new Action(ItemButtons.NAMESPACE + ":phase:" + p.id(), label));
        }
        ctx.reply(Reply.withActions("Which phase checklist for " + partnership.name() + "?", buttons));
    }

    /** Partnerships that already have checklist progress in this workspace, for quick-pick buttons. */
    private List<PartnershipRef> knownPartnerships(TurnContext ctx) {
        Map<String, PartnershipRef> seen = new LinkedHashMap<>();
        store.all(ctx.workspace()).forEach(p -> seen.putIfAbsent(p.partnershipId(), p.partnership()));
        return List.copyOf(seen.values());
    }

    private static Phase phaseOf(PendingStart pending) {
        return pending.phase() == null ? null : Phase.byId(pending.phase()).orElse(null);
    }

    private static String phaseId(Phase phase) {
        return phase == null ? null : phase.id();
    }
}
