package org.focalbot.bot.checklist;

import java.util.List;

/** What a partnership mention ("the water alliance") resolved to within one workspace. */
public sealed interface PartnershipMatch {

    /** Exactly one partnership fits. */
    record Found(PartnershipRef partnership) implements PartnershipMatch {
    }

    /** Several fit; the person must pick one. */
    record Ambiguous(List<PartnershipRef> candidates) implements PartnershipMatch {
        public Ambiguous {
            candidates = List.copyOf(candidates);
        }
    }

    /** None fits; the mention as written, cleaned of articles, for offering to create it. */
    record Unknown(String name) implements PartnershipMatch {
    }
}
