package org.focalbot.knowledge.search;

import java.util.List;
import java.util.Map;

/**
 * A question as the index sees it: weighted search terms, and the concepts it asks about (one per
 * content word, with the terms that count as a match for it) for judging how much of it a section covers.
 *
 * @param text     the question as asked
 * @param weights  term → query weight (original words 1, acronym long forms and bigrams a little less, synonyms less still)
 * @param concepts the content words of the question
 */
public record Query(String text, Map<String, Double> weights, List<Concept> concepts) {

    /**
     * One content word of the question.
     *
     * @param word    the word as typed
     * @param matches the terms that answer for it, each with the credit a match earns: 1 for its
     *                stem (or its spelling correction), less for a synonym
     * @param weight  how much it matters (its inverse document frequency; unknown words matter most)
     */
    public record Concept(String word, Map<String, Double> matches, double weight) {
        public Concept {
            matches = Map.copyOf(matches);
        }
    }

    public Query {
        weights = Map.copyOf(weights);
        concepts = List.copyOf(concepts);
    }

    public boolean isEmpty() {
        return concepts.isEmpty();
    }
}
