package org.focalbot.knowledge.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.focalbot.knowledge.corpus.Corpus;
import org.focalbot.knowledge.corpus.Section;

/**
 * An in-memory BM25F index over corpus sections. Each section is indexed as weighted fields (its
 * own heading counts most, then keywords and parent headings, then the text, then the document's
 * names), with word pairs as extra terms so "fiduciary agent" beats "agent" alone, and with acronyms
 * and their long forms made equivalent. Immutable once built, so it can be searched from many threads.
 */
public final class SectionIndex {

    static final double K1 = 1.2;
    static final double B = 0.6;
    static final float HEADING = 3.0f;
    static final float KEYWORDS = 1.5f;
    static final float PARENTS = 2.5f;
    static final float DOCUMENT = 0.6f;
    static final float BODY = 1.0f;
    /** Acronym long forms added to a section count for half as much as the words written there. */
    static final float EQUIVALENT = 0.5f;
    static final int RERANK_DEPTH = 20;
    static final double DOCUMENT_ONLY_CREDIT = 0.75;
    /** Among near ties, a section whose own heading names what is asked about comes first. */
    static final double HEADING_BONUS = 0.5;
    /** How much coverage counts in the final order: rank = score × (1 − w + w × coverage). */
    static final double COVERAGE_RERANK = 0.7;

    private final List<Section> sections;
    private final TextAnalyzer analyzer;
    private final Expansions expansions;
    private final List<Map<String, Float>> termFrequencies;
    /** Per section, the terms that occur only in its document's names (title, publisher, aliases). */
    private final List<Set<String>> documentOnlyTerms;
    private final List<Set<String>> headingTerms;
    private final float[] lengths;
    private final double averageLength;
    private final Map<String, Postings> postings;
    private final Map<String, String> surfaceWords;

    private record Postings(int[] sections, float[] frequencies) {
    }

    private SectionIndex(List<Section> sections, TextAnalyzer analyzer, Expansions expansions,
                         List<Map<String, Float>> termFrequencies, List<Set<String>> documentOnlyTerms,
                         List<Set<String>> headingTerms, float[] lengths, Map<String, String> surfaceWords) {
        this.sections = sections;
        this.headingTerms = headingTerms;
        this.documentOnlyTerms = documentOnlyTerms;
        this.analyzer = analyzer;
        this.expansions = expansions;
        this.termFrequencies = termFrequencies;
        this.lengths = lengths;
        double total = 0;
        for (float l : lengths) {
            total += l;
        }
        this.averageLength = lengths.length == 0 ? 1 : Math.max(1, total / lengths.length);
        this.surfaceWords = surfaceWords;
        Map<String, List<Integer>> docs = new HashMap<>();
        for (int i = 0; i < termFrequencies.size(); i++) {
            for (String term : termFrequencies.get(i).keySet()) {
                docs.computeIfAbsent(term, t -> new ArrayList<>()).add(i);
            }
        }
        Map<String, Postings> p = new HashMap<>();
        docs.forEach((term, list) -> {
            int[] ids = list.stream().mapToInt(Integer::intValue).toArray();
            float[] tf = new float[ids.length];
            for (int j = 0; j < ids.length; j++) {
                tf[j] = termFrequencies.get(ids[j]).get(term);
            }
            p.put(term, new Postings(ids, tf));
        });
        this.postings = Map.copyOf(p);
    }

    /** Indexes every section of {@code corpus}. */
    public static SectionIndex build(Corpus corpus, TextAnalyzer analyzer, Expansions expansions) {
        List<Section> sections = corpus.sections();
        List<Map<String, Float>> tfs = new ArrayList<>(sections.size());
        List<Set<String>> documentOnly = new ArrayList<>(sections.size());
        List<Set<String>> headings = new ArrayList<>(sections.size());
        float[] lengths = new float[sections.size()];
        Map<String, String> surface = new HashMap<>();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            Map<String, Float> tf = new HashMap<>();
            float length = 0;
            length += addField(tf, analyzer, expansions, s.title(), HEADING, surface);
            Set<String> heading = new HashSet<>(analyzer.terms(s.title()));
            heading.addAll(expansions.equivalents(analyzer.terms(s.title())));
            headings.add(Set.copyOf(heading));
            for (String parent : s.path().subList(0, s.path().size() - 1)) {
                length += addField(tf, analyzer, expansions, parent, PARENTS, surface);
            }
            for (String keyword : s.keywords()) {
                length += addField(tf, analyzer, expansions, keyword, KEYWORDS, surface);
            }
            for (String line : s.body().split("\n")) {
                length += addField(tf, analyzer, expansions, line, BODY, surface);
            }
            Set<String> own = new HashSet<>(tf.keySet());
            addField(tf, analyzer, expansions, s.source().title(), DOCUMENT, surface);
            addField(tf, analyzer, expansions, s.source().publisher(), DOCUMENT, surface);
            for (String alias : s.source().aliases()) {
                addField(tf, analyzer, expansions, alias, DOCUMENT, surface);
            }
            Set<String> fromDocument = new HashSet<>(tf.keySet());
            fromDocument.removeAll(own);
            documentOnly.add(Set.copyOf(fromDocument));
            tfs.add(tf);
            lengths[i] = length;
        }
        return new SectionIndex(sections, analyzer, expansions, tfs, documentOnly, headings, lengths, surface);
    }

    private static float addField(Map<String, Float> tf, TextAnalyzer analyzer, Expansions expansions, String text,
                                  float weight, Map<String, String> surface) {
        List<String> stems = new ArrayList<>();
        for (String w : analyzer.words(text)) {
            if (!analyzer.isStopword(w)) {
                String stem = analyzer.stem(w);
                stems.add(stem);
                surface.putIfAbsent(w, stem);
            }
        }
        for (int i = 0; i < stems.size(); i++) {
            tf.merge(stems.get(i), weight, Float::sum);
            if (i + 1 < stems.size()) {
                tf.merge(bigram(stems.get(i), stems.get(i + 1)), weight, Float::sum);
            }
        }
        for (String e : expansions.equivalents(stems)) {
            tf.merge(e, weight * EQUIVALENT, Float::sum);
        }
        return weight * stems.size();
    }

    static String bigram(String a, String b) {
        return a + "_" + b;
    }

    public int size() {
        return sections.size();
    }

    public List<Section> sections() {
        return sections;
    }

    /** Number of distinct terms (words, word pairs and expansions). */
    public int vocabularySize() {
        return postings.size();
    }

    /** Reads a question into weighted terms and concepts against this index's vocabulary. */
    public Query parse(String question) {
        return new QueryReader(this, analyzer, expansions).read(question);
    }

    boolean knows(String term) {
        return postings.containsKey(term);
    }

    /** Inverse document frequency in the BM25 form; never negative. */
    double idf(String term) {
        Postings p = postings.get(term);
        return idf(p == null ? 0 : p.sections.length);
    }

    private double idf(int df) {
        int n = sections.size();
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /** The best {@code limit} sections for the query, best first, each with its coverage of the question. */
    public List<Hit> search(Query query, int limit) {
        double[] scores = new double[sections.size()];
        boolean any = false;
        for (Map.Entry<String, Double> q : query.weights().entrySet()) {
            Postings p = postings.get(q.getKey());
            if (p == null) {
                continue;
            }
            any = true;
            double idf = idf(p.sections.length);
            for (int j = 0; j < p.sections.length; j++) {
                int doc = p.sections[j];
                double tf = p.frequencies[j];
                double norm = K1 * (1 - B + B * lengths[doc] / averageLength);
                scores[doc] += q.getValue() * idf * tf * (K1 + 1) / (tf + norm);
            }
        }
        if (!any) {
            return List.of();
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] > 0) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparing(i -> i));
        // Re-rank the leaders so that a section covering the whole question beats one that only
        // repeats part of it more often.
        List<Hit> hits = new ArrayList<>();
        for (int i : order.subList(0, Math.min(RERANK_DEPTH, order.size()))) {
            hits.add(new Hit(sections.get(i), scores[i], coverage(query, i), strength(query, i)));
        }
        Map<Section, Double> rank = new HashMap<>();
        for (int k = 0; k < hits.size(); k++) {
            Hit h = hits.get(k);
            int doc = order.get(k);
            rank.put(h.section(), h.score() * (1 - COVERAGE_RERANK + COVERAGE_RERANK * h.coverage())
                    * (1 + HEADING_BONUS * headingShare(query, doc)));
        }
        hits.sort(Comparator.comparingDouble((Hit h) -> -rank.get(h.section())));
        return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
    }

    /** The rarity-weighted share of the question's concepts named in the section's own heading. */
    private double headingShare(Query query, int doc) {
        Set<String> heading = headingTerms.get(doc);
        double total = 0;
        double named = 0;
        for (Query.Concept c : query.concepts()) {
            total += c.weight();
            if (c.matches().keySet().stream().anyMatch(heading::contains)) {
                named += c.weight();
            }
        }
        return total == 0 ? 0 : named / total;
    }

    /**
     * The rarity-weighted share of the question's concepts found in the section. A concept found
     * only in the document's names ("New York" in a report's title) earns only part of its weight:
     * it places the question in the right document but says nothing about this section.
     */
    private double coverage(Query query, int doc) {
        Map<String, Float> tf = termFrequencies.get(doc);
        Set<String> documentOnly = documentOnlyTerms.get(doc);
        double total = 0;
        double covered = 0;
        for (Query.Concept c : query.concepts()) {
            total += c.weight();
            double credit = 0;
            for (Map.Entry<String, Double> m : c.matches().entrySet()) {
                if (tf.containsKey(m.getKey())) {
                    double where = documentOnly.contains(m.getKey()) ? DOCUMENT_ONLY_CREDIT : 1.0;
                    credit = Math.max(credit, where * m.getValue());
                }
            }
            covered += credit * c.weight();
        }
        return total == 0 ? 0 : covered / total;
    }

    /**
     * How strongly the section holds the question's words: per concept, its best term's saturated
     * frequency tf / (tf + length norm), which heads towards 1 for a word in the heading and stays
     * low for one passing mention in a long text; averaged with the concept weights.
     */
    private double strength(Query query, int doc) {
        Map<String, Float> tf = termFrequencies.get(doc);
        double norm = K1 * (1 - B + B * lengths[doc] / averageLength);
        double total = 0;
        double sum = 0;
        for (Query.Concept c : query.concepts()) {
            total += c.weight();
            double best = 0;
            for (Map.Entry<String, Double> m : c.matches().entrySet()) {
                Float f = tf.get(m.getKey());
                if (f != null) {
                    best = Math.max(best, m.getValue() * f / (f + norm));
                }
            }
            sum += c.weight() * best;
        }
        return total == 0 ? 0 : sum / total;
    }

    /** Term weights of one sentence or bullet against the query: how much of the question it speaks to. */
    double relevance(Query query, String text) {
        Set<String> terms = new HashSet<>();
        List<String> stems = analyzer.terms(text);
        terms.addAll(stems);
        terms.addAll(expansions.equivalents(stems));
        for (int i = 0; i + 1 < stems.size(); i++) {
            terms.add(bigram(stems.get(i), stems.get(i + 1)));
        }
        double sum = 0;
        for (Query.Concept c : query.concepts()) {
            double credit = 0;
            for (Map.Entry<String, Double> m : c.matches().entrySet()) {
                if (terms.contains(m.getKey())) {
                    credit = Math.max(credit, m.getValue());
                }
            }
            sum += credit * c.weight();
        }
        return sum;
    }

    /** A corpus word within one edit (two for long words) of {@code word}, as a stem; null when there is none. */
    String correction(String word) {
        if (word.length() < 4 || !word.chars().allMatch(Character::isLetter)) {
            return null;
        }
        int allowed = word.length() >= 8 ? 2 : 1;
        String best = null;
        int bestDistance = allowed + 1;
        for (Map.Entry<String, String> e : surfaceWords.entrySet()) {
            String candidate = e.getKey();
            if (Math.abs(candidate.length() - word.length()) > allowed) {
                continue;
            }
            int d = EditDistance.bounded(word, candidate, allowed);
            if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best == null ? null : surfaceWords.get(best);
    }
}
