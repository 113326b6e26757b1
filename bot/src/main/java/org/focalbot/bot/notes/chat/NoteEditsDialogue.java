package org.focalbot.bot.notes.chat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.focalbot.bot.Action;
import org.focalbot.bot.Reply;
import org.focalbot.bot.dialogue.TurnContext;
import org.focalbot.bot.notes.Author;
import org.focalbot.bot.notes.Note;
import org.focalbot.bot.notes.NoteBook;
import org.focalbot.bot.notes.NoteChange;
import org.focalbot.bot.notes.NoteExport;
import org.focalbot.bot.notes.NoteIds;
import org.focalbot.bot.notes.NotesException;
import org.focalbot.bot.notes.Partnership;
import org.focalbot.bot.notes.Resolution;

/**
 * Editing and deleting one's own notes from chat (checked against the version the person last
 * saw, so a change made meanwhile elsewhere is never overwritten), exporting a partnership's notes,
 * and erasing everything one wrote after a Yes/No confirmation.
 */
final class NoteEditsDialogue {

    /** Exports longer than this are cut in chat; the JSON API returns them whole. */
    static final int MAX_CHAT_EXPORT = 12_000;

    private final NoteBook notes;
    private final NoteExport export;
    private final NoteIds ids;
    private final Clock clock;

    NoteEditsDialogue(NoteBook notes, NoteExport export, NoteIds ids, Clock clock) {
        this.notes = notes;
        this.export = export;
        this.ids = ids;
        this.clock = clock;
    }

    void edit(TurnContext ctx, String ref, String text) {
        Optional<Note> note = own(ctx, ref);
        if (note.isEmpty()) {
            return;
        }
        long expected = seenVersion(ctx, note.get());
        try {
            Note updated = notes.edit(ctx.workspace(), Author.of(ctx.turn()), note.get().id(), expected, NoteChange.text(text));
            remember(ctx, updated);
            ctx.say("Updated note " + updated.ref() + ": \"" + NoteFormat.excerpt(updated.text()) + "\".");
        } catch (NotesException e) {
            refuse(ctx, e, note.get());
        }
    }

    void delete(TurnContext ctx, String ref) {
        Optional<Note> note = own(ctx, ref);
        if (note.isPresent()) {
            delete(ctx, note.get().id(), seenVersion(ctx, note.get()));
        }
    }

    /** Deletes by id and the version the button or the person saw. */
    void delete(TurnContext ctx, String noteId, long version) {
        try {
            Note gone = notes.delete(ctx.workspace(), Author.of(ctx.turn()), noteId, version);
            ctx.say("Deleted the note \"" + NoteFormat.excerpt(gone.text()) + "\".");
        } catch (NotesException e) {
            refuse(ctx, e, notes.get(ctx.workspace(), ctx.turn().author(), noteId).orElse(null));
        }
    }

    void export(TurnContext ctx, String mention, NoteExport.Format format) {
        Resolution r = notes.partnerships().resolve(ctx.workspace(), mention);
        if (!(r instanceof Resolution.Found f)) {
            ctx.say(r instanceof Resolution.Ambiguous a
                    ? "\"" + mention + "\" could be " + NoteFormat.names(a.options()) + ". Say which one to export."
                    : "I don't know a partnership called \"" + mention + "\".");
            return;
        }
        Partnership p = f.partnership();
        List<Note> list = notes.notesOf(ctx.workspace(), ctx.turn().author(), p.id());
        String body = export.render(format, p, list, clock.instant());
        if (body.length() > MAX_CHAT_EXPORT) {
            body = body.substring(0, MAX_CHAT_EXPORT) + "\n… (cut here: the full export is at GET /api/partnerships/"
                    + p.id() + "/export?format=" + format.extension() + ")";
        }
        ctx.say(body);
    }

    void askToErase(TurnContext ctx) {
        String token = NoteIds.refOf(ids.next(""));
        ctx.state().set(NoteChatState.PENDING, new NoteChatState.Pending(token, NoteChatState.Pending.Kind.ERASE,
                null, false, null, List.of(), ctx.now()));
        ctx.reply(Reply.withActions("This permanently deletes every note you wrote in this workspace, private ones "
                + "included, and removes you as owner of partnerships. It cannot be undone. Go ahead?",
                List.of(new Action("notes:erase-yes:" + token, "Yes, erase my notes"),
                        new Action("notes:erase-no:" + token, "No, keep them"))));
    }

    void answerErase(TurnContext ctx, boolean yes, String token) {
        Optional<NoteChatState.Pending> pending = ctx.state().get(NoteChatState.PENDING)
                .filter(p -> p.kind() == NoteChatState.Pending.Kind.ERASE && p.token().equals(token));
        if (pending.isEmpty() || pending.get().askedAt().plus(AddNoteDialogue.QUESTION_LIFETIME).isBefore(ctx.now())) {
            ctx.say("That question has expired; nothing was erased.");
            return;
        }
        ctx.state().clear(NoteChatState.PENDING);
        if (!yes) {
            ctx.say("OK, nothing was erased.");
            return;
        }
        NoteBook.Erasure e = notes.eraseAuthor(ctx.workspace(), ctx.turn().author());
        ctx.say("Erased " + e.notes() + (e.notes() == 1 ? " note" : " notes") + " you wrote"
                + (e.partnerships() > 0 ? " and removed you as owner of " + e.partnerships()
                + (e.partnerships() == 1 ? " partnership" : " partnerships") : "") + ".");
    }

    private Optional<Note> own(TurnContext ctx, String ref) {
        List<Note> found = notes.findByRef(ctx.workspace(), ctx.turn().author(), ref).stream()
                .filter(n -> n.author().equals(ctx.turn().author())).toList();
        if (found.isEmpty()) {
            ctx.say("I can't find a note of yours with ref " + ref + ". Search with \"find notes about …\" to see refs.");
            return Optional.empty();
        }
        if (found.size() > 1) {
            ctx.say("Several of your notes match ref " + ref + "; use the note's full id.");
            return Optional.empty();
        }
        return Optional.of(found.get(0));
    }

    private static long seenVersion(TurnContext ctx, Note current) {
        return ctx.state().get(NoteChatState.SEEN)
                .map(s -> s.versions().get(current.id()))
                .orElse(current.version());
    }

    private static void remember(TurnContext ctx, Note n) {
        NoteChatState.Seen seen = ctx.state().get(NoteChatState.SEEN).orElse(new NoteChatState.Seen(null));
        ctx.state().set(NoteChatState.SEEN, seen.plus(n.id(), n.version()));
    }

    private static void refuse(TurnContext ctx, NotesException e, Note current) {
        if (e.kind() == NotesException.Kind.CONFLICT && current != null) {
            remember(ctx, current);
            ctx.say("Not done: " + e.getMessage().replace("; nothing was saved: reload the note and apply your change again", "")
                    + ". It now reads: \"" + NoteFormat.excerpt(current.text()) + "\". Send your change again if you still want it.");
            return;
        }
        ctx.say("Not done: " + e.getMessage() + ".");
    }
}
