package org.focalbot.bot.checklist;

import java.time.Instant;
import org.focalbot.knowledge.checklist.Phase;

/**
 * A remark someone typed while answering a checklist item ("done — MoU signed on 3 March"), to be
 * kept as a note on the partnership, linked to the item.
 *
 * @param workspace   the workspace that owns the note
 * @param partnership the partnership the checklist belongs to
 * @param phase       the checklist's phase
 * @param itemId      the checklist item the remark is about
 * @param itemPrompt  the item's prompt, so the note reads on its own
 * @param text        what the person typed, unchanged
 * @param author      the author id ({@code Turn#author()})
 * @param authorName  the author's display name
 * @param at          when it was said
 */
public record ItemRemark(String workspace, PartnershipRef partnership, Phase phase, String itemId, String itemPrompt,
                         String text, String author, String authorName, Instant at) {
}
