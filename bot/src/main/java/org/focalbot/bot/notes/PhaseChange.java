package org.focalbot.bot.notes;

import java.time.Instant;
import org.focalbot.knowledge.checklist.Phase;

/** A partnership moving from one phase to another, kept so the weekly digest can say which partnerships moved. */
public record PhaseChange(String workspace, String partnershipId, Phase from, Phase to, String by, Instant at) {
}
