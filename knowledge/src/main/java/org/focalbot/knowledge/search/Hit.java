package org.focalbot.knowledge.search;

import org.focalbot.knowledge.corpus.Section;

/**
 * A section found for a question.
 *
 * @param section  the section
 * @param score    its BM25F score
 * @param coverage the share (0..1, weighted by rarity) of the question's content words the section contains
 * @param strength how prominently (0..1) the section holds those words: in its heading, repeatedly, or in passing
 */
public record Hit(Section section, double score, double coverage, double strength) {
}
