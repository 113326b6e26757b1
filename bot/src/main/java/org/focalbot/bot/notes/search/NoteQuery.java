package org.focalbot.bot.notes.search;

import java.time.Instant;
import java.util.Objects;

/**
 * What to look for among one workspace's notes, as seen by one person (private notes of others
 * never match). Every filter is optional; without text the newest notes come first.
 *
 * @param workspace     the workspace searched; nothing outside it can match
 * @param viewer        author id of the person asking
 * @param text          words and "quoted phrases" to find, or null
 * @param partnershipId only notes of this partnership, or null
 * @param author        only notes by this author id, or null
 * @param tag           only notes with this tag, or null
 * @param from          only notes created at or after this instant, or null
 * @param to            only notes created before this instant, or null
 * @param sort          ranking order
 * @param offset        how many results to skip (paging)
 * @param limit         how many results to return
 */
public record NoteQuery(String workspace, String viewer, String text, String partnershipId, String author, String tag,
                        Instant from, Instant to, Sort sort, int offset, int limit) {

    public static final int MAX_LIMIT = 200;

    /** The order of results. */
    public enum Sort {
        /** Best match first (ties: newest first); without text, the same as NEWEST. */
        RELEVANCE,
        /** Newest first. */
        NEWEST
    }

    public NoteQuery {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(viewer, "viewer");
        sort = sort == null ? Sort.RELEVANCE : sort;
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    /** Everything visible to {@code viewer} in {@code workspace}, newest first, ten at a time. */
    public static NoteQuery all(String workspace, String viewer) {
        return new NoteQuery(workspace, viewer, null, null, null, null, null, null, Sort.RELEVANCE, 0, 10);
    }

    public NoteQuery withText(String newText) {
        return new NoteQuery(workspace, viewer, newText, partnershipId, author, tag, from, to, sort, offset, limit);
    }

    public NoteQuery withPartnership(String id) {
        return new NoteQuery(workspace, viewer, text, id, author, tag, from, to, sort, offset, limit);
    }

    public NoteQuery withAuthor(String newAuthor) {
        return new NoteQuery(workspace, viewer, text, partnershipId, newAuthor, tag, from, to, sort, offset, limit);
    }

    public NoteQuery withTag(String newTag) {
        return new NoteQuery(workspace, viewer, text, partnershipId, author, newTag, from, to, sort, offset, limit);
    }

    public NoteQuery between(Instant newFrom, Instant newTo) {
        return new NoteQuery(workspace, viewer, text, partnershipId, author, tag, newFrom, newTo, sort, offset, limit);
    }

    public NoteQuery sorted(Sort newSort) {
        return new NoteQuery(workspace, viewer, text, partnershipId, author, tag, from, to, newSort, offset, limit);
    }

    public NoteQuery page(int newOffset, int newLimit) {
        return new NoteQuery(workspace, viewer, text, partnershipId, author, tag, from, to, sort, newOffset, newLimit);
    }

    /** Whether there are words to search for (otherwise only filters apply, newest first). */
    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
