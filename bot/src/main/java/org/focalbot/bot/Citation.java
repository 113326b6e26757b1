package org.focalbot.bot;

/**
 * Where an answer came from: a document title and the path of the section inside it
 * ("Adaptive planning › Resources"), with an optional short excerpt.
 */
public record Citation(String document, String section, String excerpt) {

    /** The one-line form used in chat: "ILO, A Guide to Multi-Stakeholder Partnerships — Initiating › Governance". */
    public String label() {
        return section == null || section.isBlank() ? document : document + " — " + section;
    }
}
