package org.focalbot.bot.notes.search;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Numbers each distinct term once, so postings and term sequences are compact int arrays. */
final class TermIds {

    static final int UNKNOWN = -2;
    static final int STOP = -1;

    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    int idOf(String term) {
        if (term == null) {
            return STOP;
        }
        return ids.computeIfAbsent(term, t -> next.getAndIncrement());
    }

    /** The id of a term already seen, or {@link #UNKNOWN}: queries never grow the dictionary. */
    int existing(String term) {
        if (term == null) {
            return STOP;
        }
        Integer id = ids.get(term);
        return id == null ? UNKNOWN : id;
    }
}
