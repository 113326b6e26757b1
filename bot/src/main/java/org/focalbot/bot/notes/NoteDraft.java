package org.focalbot.bot.notes;

import java.time.Instant;
import java.util.List;

/**
 * A note as someone writes it, before it is stored.
 *
 * @param text        the note
 * @param tags        extra tags (hashtags in the text are added automatically)
 * @param privateNote visible to the author only
 * @param createdAt   when it was written, for imports; null means now
 * @param authorName  the name to show, for imports; null means the writer's name
 * @param checklist   the checklist item it is about, or null
 */
public record NoteDraft(String text, List<String> tags, boolean privateNote, Instant createdAt, String authorName,
                        ChecklistLink checklist) {

    public static NoteDraft of(String text) {
        return new NoteDraft(text, List.of(), false, null, null, null);
    }

    public NoteDraft withTags(List<String> newTags) {
        return new NoteDraft(text, newTags, privateNote, createdAt, authorName, checklist);
    }

    public NoteDraft asPrivate(boolean isPrivate) {
        return new NoteDraft(text, tags, isPrivate, createdAt, authorName, checklist);
    }
}
