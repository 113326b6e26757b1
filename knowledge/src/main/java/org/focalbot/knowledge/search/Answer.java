package org.focalbot.knowledge.search;

import java.util.List;

/**
 * What the guidance says about a question: a short answer ending in its citation, or, when the
 * documents do not cover it, a polite refusal with the closest topics.
 *
 * @param answered    true when the documents cover the question (confidence at or above the threshold)
 * @param text        the answer with its "Source:" line, or the refusal with "did you mean" topics
 * @param confidence  0..1; how sure the assistant is that the cited section answers the question
 * @param sources     the sections the answer comes from (empty when not answered)
 * @param suggestions up to three closest topics, offered when not answered
 */
public record Answer(boolean answered, String text, double confidence, List<Source> sources, List<Topic> suggestions) {

    public Answer {
        sources = List.copyOf(sources);
        suggestions = List.copyOf(suggestions);
    }

    /**
     * A cited section.
     *
     * @param sectionId the section's stable id
     * @param document  "ILO, A Guide to Multi-Stakeholder Partnerships"
     * @param section   "Adaptive planning › Resources"
     * @param excerpt   the part of the section the answer used
     */
    public record Source(String sectionId, String document, String section, String excerpt) {

        /** "ILO, A Guide to Multi-Stakeholder Partnerships — Adaptive planning › Resources". */
        public String citation() {
            return document + " — " + section;
        }
    }

    /**
     * A section offered as "did you mean".
     *
     * @param sectionId the section's stable id
     * @param label     its heading path and document, e.g. "Adaptive planning › Resources (ILO, A Guide to ...)"
     */
    public record Topic(String sectionId, String label) {
    }
}
