package org.focalbot.bot.notes;

import java.util.List;

/** An edit of a note: each non-null field replaces the note's value. */
public record NoteChange(String text, List<String> tags, Boolean privateNote, String partnershipId) {

    public static NoteChange text(String newText) {
        return new NoteChange(newText, null, null, null);
    }
}
