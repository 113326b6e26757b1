package org.focalbot.knowledge.checklist;

/**
 * One action of a phase checklist, in our own words, with the guide section it comes from.
 *
 * @param id        stable id, "{phase}.{dimension}.{slug}", used in stored progress and button ids
 * @param phase     the phase it belongs to
 * @param dimension the dimension it belongs to within the phase
 * @param prompt    the short instruction asked in chat
 * @param why       why the step matters, shown on "why?"
 * @param document  the source document's title
 * @param section   the section path inside that document ("II.2.A Initiating › Governance")
 */
public record ChecklistItem(String id, Phase phase, Dimension dimension, String prompt, String why,
                            String document, String section) {
}
