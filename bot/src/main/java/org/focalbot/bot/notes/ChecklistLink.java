package org.focalbot.bot.notes;

/**
 * The checklist item a note was written against (from the checklist dialogue).
 *
 * @param phase  the phase id, e.g. "initiating"
 * @param itemId the checklist item's id within that phase
 */
public record ChecklistLink(String phase, String itemId) {
}
