package org.focalbot.knowledge.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a question into a {@link Query} against one index's vocabulary: content words become
 * concepts weighted by rarity, question words such as "where" or "how fast" weigh little, an
 * unknown word is replaced by a close corpus word when there is one, and acronyms, synonyms and
 * word pairs are added as extra terms.
 */
final class QueryReader {

    static final double QUERY_EQUIVALENT = 0.7;
    static final double QUERY_SYNONYM = 0.4;
    static final double QUERY_BIGRAM = 1.0;
    static final double QUERY_CORRECTED = 0.9;
    static final double QUERY_LIGHT = 0.3;
    /** Most a question word such as "happen" or "where" can weigh when judging coverage. */
    static final double LIGHT_WEIGHT = 0.02;
    /** A question word found only through a synonym counts this much towards coverage. */
    static final double SYNONYM_CREDIT = 0.7;

    private final SectionIndex index;
    private final TextAnalyzer analyzer;
    private final Expansions expansions;

    QueryReader(SectionIndex index, TextAnalyzer analyzer, Expansions expansions) {
        this.index = index;
        this.analyzer = analyzer;
        this.expansions = expansions;
    }

    Query read(String question) {
        Map<String, Double> weights = new LinkedHashMap<>();
        List<Query.Concept> concepts = new ArrayList<>();
        List<String> stems = new ArrayList<>();
        List<Double> stemWeights = new ArrayList<>();
        for (String word : analyzer.words(question)) {
            if (analyzer.isStopword(word)) {
                continue;
            }
            boolean light = analyzer.isLight(word);
            String stem = analyzer.stem(word);
            double weight = light ? QUERY_LIGHT : 1.0;
            if (!index.knows(stem) && expansions.synonyms(stem).isEmpty()) {
                String corrected = index.correction(word);
                if (corrected != null) {
                    stem = corrected;
                    weight = Math.min(weight, QUERY_CORRECTED);
                }
            }
            stems.add(stem);
            stemWeights.add(weight);
            weights.merge(stem, weight, Math::max);
            Map<String, Double> matches = new LinkedHashMap<>();
            for (String synonym : expansions.synonyms(stem)) {
                matches.put(synonym, SYNONYM_CREDIT);
                weights.merge(synonym, QUERY_SYNONYM * weight, Math::max);
            }
            matches.put(stem, 1.0);
            double conceptWeight = conceptWeight(stem, matches);
            concepts.add(new Query.Concept(word, matches, light ? Math.min(conceptWeight, LIGHT_WEIGHT) : conceptWeight));
        }
        for (int i = 0; i + 1 < stems.size(); i++) {
            double pair = QUERY_BIGRAM * Math.min(stemWeights.get(i), stemWeights.get(i + 1));
            weights.merge(SectionIndex.bigram(stems.get(i), stems.get(i + 1)), pair, Math::max);
        }
        for (String e : expansions.equivalents(stems)) {
            weights.merge(e, QUERY_EQUIVALENT, Math::max);
        }
        return new Query(question, weights, dedupe(concepts));
    }

    private static List<Query.Concept> dedupe(List<Query.Concept> concepts) {
        Map<Map<String, Double>, Query.Concept> seen = new LinkedHashMap<>();
        concepts.forEach(c -> seen.putIfAbsent(c.matches(), c));
        return List.copyOf(seen.values());
    }

    /** A known word weighs its rarity; an unknown one with known synonyms their mean rarity; a fully unknown one the most. */
    private double conceptWeight(String stem, Map<String, Double> matches) {
        if (index.knows(stem)) {
            return index.idf(stem);
        }
        double sum = 0;
        int known = 0;
        for (String m : matches.keySet()) {
            if (index.knows(m)) {
                sum += index.idf(m);
                known++;
            }
        }
        return known > 0 ? sum / known : index.idf(stem);
    }
}
