package org.focalbot.bot.notes;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * One note on a partnership: what was agreed, who joined, what is pending.
 *
 * @param id            stable id, unique across workspaces, ordered by creation time
 * @param workspace     the workspace that owns it; never read outside it
 * @param partnershipId the partnership it belongs to
 * @param text          the note, 1 to 10,000 characters
 * @param tags          lower-case tags ("budget", "mou")
 * @param privateNote   visible to its author only
 * @param author        author id ("slack:U123", "web:ana")
 * @param authorName    the author's display name when written
 * @param origin        the platform tenant it was written from ("teams:72f9…")
 * @param version       1 when created, incremented on every edit (optimistic concurrency)
 * @param checklist     the checklist item it was written against, if any
 */
public record Note(String id, String workspace, String partnershipId, String text, List<String> tags,
                   @JsonProperty("private") boolean privateNote, String author, String authorName, String origin,
                   Instant createdAt, Instant updatedAt, long version, ChecklistLink checklist) {

    public Note {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** Whether {@code viewer} (an author id) may see this note. */
    public boolean visibleTo(String viewer) {
        return !privateNote || author.equals(viewer);
    }

    /** The short reference shown in chat ("k3f9a2"): the random tail of the id. */
    public String ref() {
        return NoteIds.refOf(id);
    }

    public Note withWorkspace(String newWorkspace) {
        return new Note(id, newWorkspace, partnershipId, text, tags, privateNote, author, authorName, origin, createdAt,
                updatedAt, version, checklist);
    }
}
