package org.focalbot.bot.notes.chat;

import java.time.Clock;
import java.time.ZoneId;
import org.focalbot.bot.dialogue.TurnContext;
import org.focalbot.bot.nlu.Entities;
import org.focalbot.bot.nlu.Interpretation;
import org.focalbot.bot.notes.DatePhrases;
import org.focalbot.bot.notes.NoteBook;
import org.focalbot.bot.notes.NoteExport;
import org.focalbot.bot.notes.NoteIds;

/**
 * The notes feature in conversation: handlers for the {@code add_note} and {@code find_notes}
 * intents and for the "notes:…" and "notes-find:…" buttons. Commands are read from the text by
 * {@link NoteCommandParser}; the NLU's entities are used when the text does not say enough.
 */
public final class NotesChat {

    /** Button namespace for saving, creating, deleting and erasing. */
    public static final String ACTIONS = "notes";
    /** Button namespace for paging and narrowing searches. */
    public static final String FIND_ACTIONS = "notes-find";

    static final String HINT = "To save a note, write for example \"note for Water Alliance: mayor agreed the MoU draft\" "
            + "(\"private note for …\" keeps it to yourself; #tags work). To create a partnership: \"new partnership "
            + "Water Alliance Nairobi with UN-Habitat and Acme\".";

    private final NoteCommandParser parser = new NoteCommandParser();
    private final AddNoteDialogue adding;
    private final NoteEditsDialogue editing;
    private final FindNotesDialogue finding;

    public NotesChat(NoteBook notes, NoteExport export, NoteIds ids, Clock clock, ZoneId zone) {
        this.adding = new AddNoteDialogue(notes, ids);
        this.editing = new NoteEditsDialogue(notes, export, ids, clock);
        this.finding = new FindNotesDialogue(notes, new DatePhrases(clock, zone), ids, new NoteFormat(zone));
    }

    /** {@code add_note}: save a note, create a partnership, or edit/delete/export/erase. */
    public void addNote(TurnContext ctx) {
        String text = ctx.turn().text();
        NoteCommand cmd = parser.parse(text);
        if (cmd instanceof NoteCommand.Unclear) {
            Entities e = entities(ctx);
            if (e.noteText().isPresent() && !e.noteText().get().isBlank()) {
                adding.add(ctx, e.partnership().orElse(null), e.noteText().get(), false);
            } else {
                ctx.say(HINT);
            }
            return;
        }
        if (!common(ctx, cmd)) {
            NoteCommand.AddNote add = (NoteCommand.AddNote) cmd;
            String mention = add.mention() != null ? add.mention() : entities(ctx).partnership().orElse(null);
            adding.add(ctx, mention, add.text(), add.privateNote());
        }
    }

    /** {@code find_notes}: search, or a note command the NLU filed here. */
    public void findNotes(TurnContext ctx) {
        String text = ctx.turn().text();
        NoteCommand cmd = parser.parse(text);
        if (cmd instanceof NoteCommand.AddNote add) {
            // "note for X: …" is unmistakably a new note, whatever the classifier thought.
            adding.add(ctx, add.mention(), add.text(), add.privateNote());
        } else if (cmd instanceof NoteCommand.Unclear || !common(ctx, cmd)) {
            finding.find(ctx, text, entities(ctx).partnership());
        }
    }

    /** Buttons "notes:create|pick|cancel|delete|erase-yes|erase-no:…". */
    public void onAction(TurnContext ctx, String argument) {
        String[] parts = argument.split(":", 3);
        switch (parts[0]) {
            case "create", "cancel" -> adding.answer(ctx, parts[0], part(parts, 1), null);
            case "pick" -> adding.answer(ctx, "pick", part(parts, 1), part(parts, 2));
            case "delete" -> {
                long version;
                try {
                    version = Long.parseLong(part(parts, 2));
                } catch (NumberFormatException e) {
                    ctx.say("That button is no longer active.");
                    return;
                }
                editing.delete(ctx, part(parts, 1), version);
            }
            case "erase-yes" -> editing.answerErase(ctx, true, part(parts, 1));
            case "erase-no" -> editing.answerErase(ctx, false, part(parts, 1));
            default -> ctx.say("That button is no longer active.");
        }
    }

    /** Buttons "notes-find:more|in:…". */
    public void onFindAction(TurnContext ctx, String argument) {
        finding.onAction(ctx, argument);
    }

    /** Commands both intents accept; false when {@code cmd} is an AddNote for the caller to handle. */
    private boolean common(TurnContext ctx, NoteCommand cmd) {
        if (cmd instanceof NoteCommand.CreatePartnership c) {
            adding.create(ctx, c);
        } else if (cmd instanceof NoteCommand.EditNote e) {
            editing.edit(ctx, e.ref(), e.text());
        } else if (cmd instanceof NoteCommand.DeleteNote d) {
            editing.delete(ctx, d.ref());
        } else if (cmd instanceof NoteCommand.Export x) {
            editing.export(ctx, x.mention(), x.format());
        } else if (cmd instanceof NoteCommand.EraseMine) {
            editing.askToErase(ctx);
        } else {
            return false;
        }
        return true;
    }

    private static Entities entities(TurnContext ctx) {
        return ctx.interpretation().map(Interpretation::entities).orElse(Entities.NONE);
    }

    private static String part(String[] parts, int i) {
        return i < parts.length ? parts[i] : "";
    }
}
