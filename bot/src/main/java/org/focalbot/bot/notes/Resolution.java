package org.focalbot.bot.notes;

import java.util.List;

/** What a partnership mention ("water", "the skills alliance") refers to in one workspace. */
public sealed interface Resolution {

    /** Exactly one partnership fits. */
    record Found(Partnership partnership) implements Resolution {
    }

    /** Several fit about equally well: ask which, best first. */
    record Ambiguous(List<Partnership> options) implements Resolution {
        public Ambiguous {
            options = List.copyOf(options);
        }
    }

    /** None fits; {@code nearMisses} are weak matches worth offering ("did you mean…"). */
    record NotFound(String mention, List<Partnership> nearMisses) implements Resolution {
        public NotFound {
            nearMisses = List.copyOf(nearMisses);
        }
    }
}
