package org.focalbot.bot.notes.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import org.focalbot.bot.notes.Note;

/**
 * The in-memory inverted index of one workspace's notes: each note in a slot with its term
 * sequence, and per term the slots that contain it. Ranking is BM25; a note whose words appear in
 * the order typed ranks higher. Replaced notes leave a dead slot that is skipped; when dead slots
 * outnumber live ones the index is rebuilt from the live ones.
 */
final class WorkspaceIndex {

    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final double PHRASE_BONUS = 1.5;
    private static final int MIN_DEAD_TO_COMPACT = 1_000;

    /** A note in the index: its term ids by position ({@link TermIds#STOP} for stop words) and word count. */
    record Entry(Note note, int[] sequence, int length) {
    }

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private Entry[] entries = new Entry[16];
    private int slots;
    private int live;
    private long liveLength;
    private final Map<String, Integer> slotById = new HashMap<>();
    /** Postings by term id (ids are dense and shared by all workspaces). */
    private Postings[] postings = new Postings[256];
    private final Map<String, Postings> byPartnership = new HashMap<>();
    private final Map<String, Postings> byTag = new HashMap<>();
    private final Map<String, Postings> byAuthor = new HashMap<>();

    void put(Entry entry) {
        lock.writeLock().lock();
        try {
            Integer old = slotById.get(entry.note().id());
            if (old != null) {
                if (entries[old].note().version() > entry.note().version()) {
                    return;
                }
                kill(old);
            }
            add(entry);
            compactIfSparse();
        } finally {
            lock.writeLock().unlock();
        }
    }

    boolean remove(String noteId) {
        lock.writeLock().lock();
        try {
            Integer slot = slotById.get(noteId);
            if (slot == null) {
                return false;
            }
            kill(slot);
            compactIfSparse();
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    Optional<Note> get(String noteId) {
        lock.readLock().lock();
        try {
            Integer slot = slotById.get(noteId);
            return slot == null ? Optional.empty() : Optional.of(entries[slot].note());
        } finally {
            lock.readLock().unlock();
        }
    }

    int size() {
        lock.readLock().lock();
        try {
            return live;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Every live note that passes {@code test}, oldest first. */
    List<Note> select(Predicate<Note> test) {
        lock.readLock().lock();
        try {
            List<Note> out = new ArrayList<>();
            for (int s = 0; s < slots; s++) {
                Entry e = entries[s];
                if (e != null && test.test(e.note())) {
                    out.add(e.note());
                }
            }
            out.sort(Comparator.comparing(Note::createdAt).thenComparing(Note::id));
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    NotePage search(NoteQuery q, SearchText text) {
        NoteFilter filter = NoteFilter.of(q);
        int k = q.offset() + q.limit();
        lock.readLock().lock();
        try {
            if (text == null || text.isEmpty()) {
                return newest(filter, q, k).page(q.offset(), false);
            }
            Comparator<NotePage.Hit> order = q.sort() == NoteQuery.Sort.NEWEST ? TopHits.NEWEST : TopHits.BEST;
            if (!text.hasUnknown) {
                TopHits strict = allWords(text, filter, new TopHits(k, order));
                if (strict.total() > 0 || text.terms.length == 1) {
                    return strict.page(q.offset(), false);
                }
            }
            TopHits some = anyWord(text, filter, new TopHits(k, order));
            return some.page(q.offset(), some.total() > 0);
        } finally {
            lock.readLock().unlock();
        }
    }

    private TopHits newest(NoteFilter filter, NoteQuery q, int k) {
        TopHits top = new TopHits(k, TopHits.NEWEST);
        // Walk the narrowest list a filter offers, rather than every note of the workspace.
        Postings narrow = q.partnershipId() != null ? byPartnership.get(q.partnershipId())
                : q.tag() != null ? byTag.get(q.tag())
                : q.author() != null ? byAuthor.get(q.author())
                : null;
        if (narrow != null || q.partnershipId() != null || q.tag() != null || q.author() != null) {
            for (int i = 0; narrow != null && i < narrow.size(); i++) {
                Entry e = entries[narrow.slot(i)];
                if (e != null && filter.test(e.note())) {
                    top.offer(e.note(), 0);
                }
            }
            return top;
        }
        for (int s = 0; s < slots; s++) {
            Entry e = entries[s];
            if (e != null && filter.test(e.note())) {
                top.offer(e.note(), 0);
            }
        }
        return top;
    }

    /** Notes with every word (and every quoted phrase): walks the rarest term's list and seeks in the others. */
    private TopHits allWords(SearchText text, NoteFilter filter, TopHits top) {
        int n = text.terms.length;
        Postings[] lists = new Postings[n];
        for (int i = 0; i < n; i++) {
            lists[i] = postingsOf(text.terms[i]);
            if (lists[i] == null) {
                return top;
            }
        }
        Arrays.sort(lists, Comparator.comparingInt(Postings::size));
        double[] idf = idfs(lists);
        double avgLength = averageLength();
        int[] at = new int[n];
        Postings lead = lists[0];
        candidates:
        for (int i = 0; i < lead.size(); i++) {
            int slot = lead.slot(i);
            Entry e = entries[slot];
            if (e == null || !filter.test(e.note())) {
                continue;
            }
            double score = bm25(idf[0], lead.freq(i), e.length(), avgLength);
            for (int j = 1; j < n; j++) {
                at[j] = lists[j].seek(at[j], slot);
                if (at[j] >= lists[j].size() || lists[j].slot(at[j]) != slot) {
                    continue candidates;
                }
                score += bm25(idf[j], lists[j].freq(at[j]), e.length(), avgLength);
            }
            for (SearchText.Phrase p : text.phrases) {
                if (!contains(e.sequence(), p)) {
                    continue candidates;
                }
            }
            top.offer(e.note(), withPhraseBonus(score, e, text));
        }
        return top;
    }

    /** Notes with at least one known word (and every quoted phrase), scored by the words they have. */
    private TopHits anyWord(SearchText text, NoteFilter filter, TopHits top) {
        List<Postings> lists = new ArrayList<>();
        for (int t : text.terms) {
            Postings p = postingsOf(t);
            if (p != null) {
                lists.add(p);
            }
        }
        if (lists.isEmpty()) {
            return top;
        }
        double[] idf = idfs(lists.toArray(Postings[]::new));
        double avgLength = averageLength();
        double[] scores = new double[slots];
        for (int j = 0; j < lists.size(); j++) {
            Postings p = lists.get(j);
            for (int i = 0; i < p.size(); i++) {
                Entry e = entries[p.slot(i)];
                if (e != null) {
                    scores[p.slot(i)] += bm25(idf[j], p.freq(i), e.length(), avgLength);
                }
            }
        }
        candidates:
        for (int s = 0; s < slots; s++) {
            if (scores[s] > 0 && filter.test(entries[s].note())) {
                for (SearchText.Phrase p : text.phrases) {
                    if (!contains(entries[s].sequence(), p)) {
                        continue candidates;
                    }
                }
                top.offer(entries[s].note(), withPhraseBonus(scores[s], entries[s], text));
            }
        }
        return top;
    }

    private Postings postingsOf(int term) {
        return term >= 0 && term < postings.length ? postings[term] : null;
    }

    private double withPhraseBonus(double score, Entry e, SearchText text) {
        return text.looseAsPhrase != null && contains(e.sequence(), text.looseAsPhrase) ? score * PHRASE_BONUS : score;
    }

    private double[] idfs(Postings[] lists) {
        double[] idf = new double[lists.length];
        for (int i = 0; i < lists.length; i++) {
            double df = Math.min(lists[i].size(), Math.max(live, 1));
            idf[i] = Math.log(1 + (live - df + 0.5) / (df + 0.5));
        }
        return idf;
    }

    private double averageLength() {
        return live == 0 ? 1 : Math.max(1.0, (double) liveLength / live);
    }

    private static double bm25(double idf, int freq, int length, double avgLength) {
        return idf * freq * (K1 + 1) / (freq + K1 * (1 - B + B * length / avgLength));
    }

    static boolean contains(int[] sequence, SearchText.Phrase phrase) {
        int span = phrase.offsets()[phrase.length() - 1] + 1;
        outer:
        for (int p = 0; p + span <= sequence.length; p++) {
            for (int i = 0; i < phrase.length(); i++) {
                if (sequence[p + phrase.offsets()[i]] != phrase.terms()[i]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private void add(Entry entry) {
        if (slots == entries.length) {
            entries = Arrays.copyOf(entries, slots * 2);
        }
        int slot = slots++;
        entries[slot] = entry;
        slotById.put(entry.note().id(), slot);
        live++;
        liveLength += entry.length();
        int[] sorted = entry.sequence().clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; ) {
            int term = sorted[i];
            int j = i;
            while (j < sorted.length && sorted[j] == term) {
                j++;
            }
            if (term >= 0) {
                if (term >= postings.length) {
                    postings = Arrays.copyOf(postings, Math.max(term + 1, postings.length * 2));
                }
                if (postings[term] == null) {
                    postings[term] = new Postings();
                }
                postings[term].add(slot, j - i);
            }
            i = j;
        }
        Note note = entry.note();
        byPartnership.computeIfAbsent(note.partnershipId(), p -> new Postings()).add(slot, 1);
        byAuthor.computeIfAbsent(note.author(), a -> new Postings()).add(slot, 1);
        for (String tag : note.tags()) {
            byTag.computeIfAbsent(tag, t -> new Postings()).add(slot, 1);
        }
    }

    private void kill(int slot) {
        Entry e = entries[slot];
        entries[slot] = null;
        slotById.remove(e.note().id());
        live--;
        liveLength -= e.length();
    }

    private void compactIfSparse() {
        int dead = slots - live;
        if (dead < MIN_DEAD_TO_COMPACT || dead < live) {
            return;
        }
        Entry[] old = entries;
        int oldSlots = slots;
        entries = new Entry[Math.max(16, live * 2)];
        slots = 0;
        live = 0;
        liveLength = 0;
        slotById.clear();
        postings = new Postings[postings.length];
        byPartnership.clear();
        byTag.clear();
        byAuthor.clear();
        for (int s = 0; s < oldSlots; s++) {
            if (old[s] != null) {
                add(old[s]);
            }
        }
    }
}
