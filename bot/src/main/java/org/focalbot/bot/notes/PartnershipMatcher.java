package org.focalbot.bot.notes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.focalbot.bot.notes.search.Analyzer;

/**
 * Fuzzy matching of what people call a partnership against its name and aliases: exact names,
 * acronyms ("WAN"), some of the words ("water" → "Water Alliance Nairobi"), word beginnings
 * ("nair") and small typos ("alliace"). Scores run from 0 (no match) to 1 (exact name).
 */
public final class PartnershipMatcher {

    static final double MATCH = 0.6;
    static final double NEAR_MISS = 0.35;
    /** A best match must beat the runner-up by this much to be taken without asking. */
    static final double CLEAR_LEAD = 0.12;

    private static final Set<String> FILLER = Set.of("the", "partnership", "our", "a", "an", "of", "for", "and", "with");

    /** The best score of {@code mention} against the partnership's name and aliases. */
    public double score(String mention, Partnership p) {
        double best = score(mention, p.name());
        for (String alias : p.aliases()) {
            best = Math.max(best, score(mention, alias));
        }
        return best;
    }

    /** Resolves a mention among a workspace's partnerships. */
    public Resolution resolve(String mention, List<Partnership> partnerships) {
        record Scored(Partnership p, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Partnership p : partnerships) {
            double s = score(mention, p);
            if (s >= NEAR_MISS) {
                scored.add(new Scored(p, s));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.p().name()));
        List<Scored> matches = scored.stream().filter(s -> s.score() >= MATCH).toList();
        if (matches.isEmpty()) {
            return new Resolution.NotFound(mention, scored.stream().limit(3).map(Scored::p).toList());
        }
        double top = matches.get(0).score();
        List<Partnership> close = matches.stream().filter(s -> s.score() > top - CLEAR_LEAD).map(Scored::p).toList();
        if (close.size() == 1 || (top >= 1.0 && matches.size() > 1 && matches.get(1).score() < 1.0)) {
            return new Resolution.Found(close.get(0));
        }
        return new Resolution.Ambiguous(close.stream().limit(5).toList());
    }

    /** The normalised words of a name: folded, punctuation and filler words ("the", "partnership") removed. */
    static List<String> words(String s) {
        String[] raw = Analyzer.fold(s).split("[^\\p{L}\\p{N}]+");
        List<String> out = new ArrayList<>();
        for (String w : raw) {
            if (!w.isEmpty() && !FILLER.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** The same name for storage-level uniqueness: words joined by single spaces. */
    static String canonical(String name) {
        return String.join(" ", words(name));
    }

    static double score(String mention, String name) {
        List<String> m = words(mention);
        List<String> n = words(name);
        if (m.isEmpty() || n.isEmpty()) {
            return 0;
        }
        if (m.equals(n)) {
            return 1.0;
        }
        if (m.size() == 1 && n.size() >= 2 && m.get(0).length() == n.size() && m.get(0).equals(initials(n))) {
            return 0.95;
        }
        double total = 0;
        boolean[] used = new boolean[n.size()];
        for (String word : m) {
            double best = 0;
            int bestAt = -1;
            for (int i = 0; i < n.size(); i++) {
                if (!used[i]) {
                    double s = wordScore(word, n.get(i));
                    if (s > best) {
                        best = s;
                        bestAt = i;
                    }
                }
            }
            if (bestAt < 0) {
                return substringScore(m, n);
            }
            used[bestAt] = true;
            total += best;
        }
        double coverage = (double) m.size() / n.size();
        return (total / m.size()) * (0.7 + 0.3 * coverage);
    }

    private static double wordScore(String typed, String word) {
        if (typed.equals(word)) {
            return 1.0;
        }
        if (typed.length() >= 3 && word.startsWith(typed)) {
            return 0.9;
        }
        int allowed = typed.length() >= 8 ? 2 : typed.length() >= 4 ? 1 : 0;
        if (allowed > 0 && Math.abs(typed.length() - word.length()) <= allowed && distance(typed, word) <= allowed) {
            return 0.8;
        }
        return 0;
    }

    /** A mention hidden inside a longer word ("water" in "Wastewater"): only a near miss. */
    private static double substringScore(List<String> m, List<String> n) {
        String joined = String.join("", n);
        String typed = String.join("", m);
        return typed.length() >= 4 && joined.contains(typed) ? 0.45 : 0;
    }

    private static String initials(List<String> words) {
        StringBuilder sb = new StringBuilder();
        words.forEach(w -> sb.append(w.charAt(0)));
        return sb.toString();
    }

    /** Damerau–Levenshtein distance (with adjacent swaps), for short words. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** Partnerships whose full name or an alias appears word for word in {@code text}. */
    public List<Partnership> mentionedIn(String text, List<Partnership> partnerships) {
        String haystack = " " + String.join(" ", words(text)) + " ";
        List<Partnership> out = new ArrayList<>();
        for (Partnership p : partnerships) {
            List<String> names = new ArrayList<>(p.aliases());
            names.add(p.name());
            for (String name : names) {
                String needle = String.join(" ", words(name));
                if (!needle.isEmpty() && haystack.contains(" " + needle + " ")) {
                    out.add(p);
                    break;
                }
            }
        }
        return out;
    }
}
