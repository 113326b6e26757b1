package org.focalbot.bot.notes.search;

import java.util.List;
import org.focalbot.bot.notes.Note;

/**
 * One page of search results.
 *
 * @param hits    the notes on this page, best (or newest) first
 * @param total   how many notes matched in all
 * @param offset  where this page starts
 * @param relaxed true when no note had every word, so notes with some of the words are shown
 */
public record NotePage(List<Hit> hits, int total, int offset, boolean relaxed) {

    /** A matching note and its relevance score (0 when sorted by date only). */
    public record Hit(Note note, double score) {
    }

    public NotePage {
        hits = List.copyOf(hits);
    }

    public List<Note> notes() {
        return hits.stream().map(Hit::note).toList();
    }

    /** Whether more results follow this page. */
    public boolean hasMore() {
        return offset + hits.size() < total;
    }
}
