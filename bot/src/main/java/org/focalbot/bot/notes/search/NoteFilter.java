package org.focalbot.bot.notes.search;

import java.time.Instant;
import org.focalbot.bot.notes.Note;

/** The non-text part of a query: who may see a note and which notes are wanted. */
record NoteFilter(String viewer, String partnershipId, String author, String tag, Instant from, Instant to) {

    static NoteFilter of(NoteQuery q) {
        return new NoteFilter(q.viewer(), q.partnershipId(), q.author(), q.tag(), q.from(), q.to());
    }

    boolean test(Note n) {
        return n.visibleTo(viewer)
                && (partnershipId == null || partnershipId.equals(n.partnershipId()))
                && (author == null || author.equals(n.author()))
                && (tag == null || n.tags().contains(tag))
                && (from == null || !n.createdAt().isBefore(from))
                && (to == null || n.createdAt().isBefore(to));
    }
}
