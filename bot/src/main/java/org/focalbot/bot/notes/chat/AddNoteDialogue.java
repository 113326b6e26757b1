package org.focalbot.bot.notes.chat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.focalbot.bot.Action;
import org.focalbot.bot.Reply;
import org.focalbot.bot.dialogue.TurnContext;
import org.focalbot.bot.notes.Author;
import org.focalbot.bot.notes.Note;
import org.focalbot.bot.notes.NoteBook;
import org.focalbot.bot.notes.NoteDraft;
import org.focalbot.bot.notes.NoteIds;
import org.focalbot.bot.notes.NotesException;
import org.focalbot.bot.notes.Partnership;
import org.focalbot.bot.notes.PartnershipRegistry;
import org.focalbot.bot.notes.PartnershipSpec;
import org.focalbot.bot.notes.Resolution;

/**
 * Saving a note from chat and creating partnerships: resolves the partnership named, asks which
 * one (buttons) when several fit, and offers to create it (Yes/No) when none does.
 */
final class AddNoteDialogue {

    static final Duration QUESTION_LIFETIME = Duration.ofDays(1);
    static final int MAX_CHOICES = 5;

    private final NoteBook notes;
    private final PartnershipRegistry registry;
    private final NoteIds ids;

    AddNoteDialogue(NoteBook notes, NoteIds ids) {
        this.notes = notes;
        this.registry = notes.partnerships();
        this.ids = ids;
    }

    void create(TurnContext ctx, NoteCommand.CreatePartnership cmd) {
        try {
            Partnership p = registry.create(ctx.workspace(),
                    PartnershipSpec.named(cmd.name()).withPartners(cmd.partners()), Author.of(ctx.turn()));
            ctx.say("Created the partnership " + NoteFormat.describe(p) + ". Add notes with \"note for " + p.name()
                    + ": …\".");
        } catch (NotesException e) {
            ctx.say(e.getMessage().substring(0, 1).toUpperCase() + e.getMessage().substring(1) + ".");
        }
    }

    void add(TurnContext ctx, String mention, String text, boolean privateNote) {
        String ws = ctx.workspace();
        if (mention == null || mention.isBlank()) {
            List<Partnership> named = registry.mentionedIn(ws, text);
            if (named.size() == 1) {
                save(ctx, named.get(0), text, privateNote);
                return;
            }
            List<Partnership> all = named.isEmpty() ? registry.list(ws) : named;
            if (all.isEmpty()) {
                ctx.say("There are no partnerships here yet, so I can't file that note. Create one first, for example: "
                        + "\"new partnership Water Alliance Nairobi with UN-Habitat and Acme\", or write "
                        + "\"note for <partnership>: …\" and I'll offer to create it.");
                return;
            }
            ask(ctx, text, privateNote, null, all, "Which partnership is this note for?");
            return;
        }
        Resolution r = registry.resolve(ws, mention);
        if (r instanceof Resolution.Found f) {
            save(ctx, f.partnership(), text, privateNote);
        } else if (r instanceof Resolution.Ambiguous a) {
            ask(ctx, text, privateNote, mention, a.options(), "\"" + mention + "\" could be several partnerships. Which one is this note for?");
        } else if (r instanceof Resolution.NotFound nf) {
            offerToCreate(ctx, text, privateNote, mention, nf.nearMisses());
        }
    }

    /** A button answering one of our questions: create, pick or cancel. */
    void answer(TurnContext ctx, String verb, String token, String partnershipId) {
        Optional<NoteChatState.Pending> pending = ctx.state().get(NoteChatState.PENDING)
                .filter(p -> p.kind() == NoteChatState.Pending.Kind.NOTE && p.token().equals(token));
        if (pending.isEmpty() || pending.get().askedAt().plus(QUESTION_LIFETIME).isBefore(ctx.now())) {
            ctx.say("That question has expired, so nothing was saved. Send the note again, e.g. \"note for Water "
                    + "Alliance: mayor agreed the MoU draft\".");
            return;
        }
        NoteChatState.Pending p = pending.get();
        ctx.state().clear(NoteChatState.PENDING);
        switch (verb) {
            case "cancel" -> ctx.say("OK, I didn't save that note.");
            case "create" -> {
                Partnership created;
                try {
                    created = registry.create(ctx.workspace(), PartnershipSpec.named(p.mention()), Author.of(ctx.turn()));
                } catch (NotesException e) {
                    // Someone created it in the meantime: use that one rather than failing.
                    Optional<Partnership> existing = registry.find(ctx.workspace(), p.mention());
                    if (existing.isEmpty()) {
                        ctx.say("I couldn't create it: " + e.getMessage() + ".");
                        return;
                    }
                    created = existing.get();
                }
                ctx.say("Created the partnership " + NoteFormat.describe(created) + ".");
                save(ctx, created, p.text(), p.privateNote());
            }
            case "pick" -> {
                Optional<Partnership> chosen = p.options().contains(partnershipId)
                        ? registry.get(ctx.workspace(), partnershipId) : Optional.empty();
                if (chosen.isEmpty()) {
                    ctx.say("That partnership is no longer available, so nothing was saved. Send the note again.");
                    return;
                }
                save(ctx, chosen.get(), p.text(), p.privateNote());
            }
            default -> ctx.say("That button is no longer active.");
        }
    }

    private void save(TurnContext ctx, Partnership p, String text, boolean privateNote) {
        try {
            Note n = notes.add(ctx.workspace(), Author.of(ctx.turn()), p.id(), NoteDraft.of(text).asPrivate(privateNote));
            NoteChatState.Seen seen = ctx.state().get(NoteChatState.SEEN).orElse(new NoteChatState.Seen(null));
            ctx.state().set(NoteChatState.SEEN, seen.plus(n.id(), n.version()));
            String tags = n.tags().isEmpty() ? "" : " Tags: " + String.join(", ", n.tags().stream().map(t -> "#" + t).toList()) + ".";
            ctx.reply(Reply.withActions("Saved " + (n.privateNote() ? "a private note (only you can see it) " : "")
                    + "to " + p.name() + ": \"" + NoteFormat.excerpt(n.text()) + "\" (ref " + n.ref() + ")." + tags,
                    List.of(new Action("notes:delete:" + n.id() + ":" + n.version(), "Undo"))));
        } catch (NotesException e) {
            ctx.say("I couldn't save that note: " + e.getMessage() + ".");
        }
    }

    private void ask(TurnContext ctx, String text, boolean privateNote, String mention, List<Partnership> options,
                     String question) {
        String token = token();
        List<Partnership> shown = options.stream().limit(MAX_CHOICES).toList();
        ctx.state().set(NoteChatState.PENDING, new NoteChatState.Pending(token, NoteChatState.Pending.Kind.NOTE,
                text, privateNote, mention, shown.stream().map(Partnership::id).toList(), ctx.now()));
        List<Action> actions = new ArrayList<>();
        shown.forEach(p -> actions.add(new Action("notes:pick:" + token + ":" + p.id(), p.name())));
        actions.add(new Action("notes:cancel:" + token, "Cancel"));
        String more = options.size() > MAX_CHOICES
                ? " (or write \"note for <partnership>: …\" to name another one)" : "";
        ctx.reply(Reply.withActions(question + more, actions));
    }

    private void offerToCreate(TurnContext ctx, String text, boolean privateNote, String mention,
                               List<Partnership> nearMisses) {
        String token = token();
        ctx.state().set(NoteChatState.PENDING, new NoteChatState.Pending(token, NoteChatState.Pending.Kind.NOTE,
                text, privateNote, mention, nearMisses.stream().map(Partnership::id).toList(), ctx.now()));
        List<Action> actions = new ArrayList<>();
        actions.add(new Action("notes:create:" + token, "Yes, create \"" + mention + "\""));
        actions.add(new Action("notes:cancel:" + token, "No"));
        nearMisses.forEach(p -> actions.add(new Action("notes:pick:" + token + ":" + p.id(), "Use " + p.name())));
        ctx.reply(Reply.withActions("I don't know a partnership called \"" + mention + "\" yet. Shall I create it and "
                + "save your note there?" + (nearMisses.isEmpty() ? "" : " Or did you mean " + NoteFormat.names(nearMisses) + "?"),
                actions));
    }

    private String token() {
        return NoteIds.refOf(ids.next(""));
    }
}
