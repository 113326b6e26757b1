package org.focalbot.bot.notes.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A search string in index terms: loose words and "quoted phrases". Words are stemmed like the
 * notes, so "agreements" finds "agreed"; a phrase must appear in that order, stop words included
 * as gaps ("agreed the MoU" does not match "agreed a MoU").
 */
final class SearchText {

    /** Terms that must appear at fixed distances from each other. */
    record Phrase(int[] terms, int[] offsets) {
        int length() {
            return terms.length;
        }
    }

    final int[] terms;
    final List<Phrase> phrases;
    /** The loose words as a phrase, when there are at least two: notes that have them in order rank higher. */
    final Phrase looseAsPhrase;
    /** Some word never occurs in any note: no note can contain every word. */
    final boolean hasUnknown;

    private SearchText(int[] terms, List<Phrase> phrases, Phrase looseAsPhrase, boolean hasUnknown) {
        this.terms = terms;
        this.phrases = phrases;
        this.looseAsPhrase = looseAsPhrase;
        this.hasUnknown = hasUnknown;
    }

    boolean isEmpty() {
        return terms.length == 0;
    }

    static SearchText parse(String text, Analyzer analyzer, TermIds ids) {
        Set<Integer> all = new LinkedHashSet<>();
        List<Phrase> phrases = new ArrayList<>();
        List<String> loose = new ArrayList<>();
        boolean unknown = false;
        String[] parts = text.split("\"", -1);
        for (int i = 0; i < parts.length; i++) {
            boolean quoted = i % 2 == 1 && i < parts.length - 1;
            List<String> words = analyzer.terms(parts[i]);
            if (quoted) {
                Phrase phrase = phraseOf(words, ids);
                if (phrase == null) {
                    continue;
                }
                for (int t : phrase.terms) {
                    unknown |= t == TermIds.UNKNOWN;
                    all.add(t);
                }
                if (phrase.length() > 1) {
                    phrases.add(phrase);
                }
            } else {
                loose.addAll(words);
            }
        }
        for (String w : loose) {
            if (w != null) {
                int id = ids.existing(w);
                unknown |= id == TermIds.UNKNOWN;
                all.add(id);
            }
        }
        Phrase loosePhrase = phraseOf(loose, ids);
        if (loosePhrase != null && loosePhrase.length() < 2) {
            loosePhrase = null;
        }
        return new SearchText(all.stream().mapToInt(Integer::intValue).toArray(), phrases, loosePhrase, unknown);
    }

    /** Stop words at the ends are dropped; inside they stay as gaps. */
    private static Phrase phraseOf(List<String> words, TermIds ids) {
        int first = 0;
        int last = words.size() - 1;
        while (first <= last && words.get(first) == null) {
            first++;
        }
        while (last >= first && words.get(last) == null) {
            last--;
        }
        if (first > last) {
            return null;
        }
        List<Integer> terms = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            if (words.get(i) != null) {
                terms.add(ids.existing(words.get(i)));
                offsets.add(i - first);
            }
        }
        return new Phrase(terms.stream().mapToInt(Integer::intValue).toArray(),
                offsets.stream().mapToInt(Integer::intValue).toArray());
    }
}
