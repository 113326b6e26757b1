package org.focalbot.bot.notes.chat;

import java.util.List;
import org.focalbot.bot.notes.NoteExport;
import org.focalbot.bot.notes.Partner;

/** What a typed message about notes asks for, as read by {@link NoteCommandParser}. */
sealed interface NoteCommand {

    /** "new partnership Water Alliance Nairobi with UN-Habitat and Acme". */
    record CreatePartnership(String name, List<Partner> partners) implements NoteCommand {
    }

    /** "note for Water Alliance: mayor agreed the MoU draft"; {@code mention} is null when none was named. */
    record AddNote(String mention, String text, boolean privateNote) implements NoteCommand {
    }

    /** "edit note k3f9a2: the mayor signed the MoU". */
    record EditNote(String ref, String text) implements NoteCommand {
    }

    /** "delete note k3f9a2". */
    record DeleteNote(String ref) implements NoteCommand {
    }

    /** "erase everything I wrote". */
    record EraseMine() implements NoteCommand {
    }

    /** "export the notes for Water Alliance as CSV". */
    record Export(String mention, NoteExport.Format format) implements NoteCommand {
    }

    /** Nothing this parser recognises. */
    record Unclear() implements NoteCommand {
    }
}
