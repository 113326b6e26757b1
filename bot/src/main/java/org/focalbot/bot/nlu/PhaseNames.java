package org.focalbot.bot.nlu;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.focalbot.knowledge.checklist.Phase;

/**
 * Recognises a checklist phase in a message by its guide name (including the guide's own spelling
 * "adaptative planning") or an everyday variant: "kick-off", "planning", "implementation",
 * "monitoring phase", "phase 2".
 */
final class PhaseNames {

    private record Rule(Phase phase, Pattern pattern) {
    }

    // Order matters: the full names before the everyday words they contain ("adaptive planning" before "planning").
    private static final List<Rule> RULES = List.of(
            rule(Phase.ADAPTIVE_PLANNING, "adapt(?:at)?ive\\s+planning"),
            rule(Phase.COLLABORATIVE_ACTION, "collaborative\\s+action"),
            rule(Phase.REFLECTIVE_MONITORING, "reflective\\s+monitoring"),
            rule(Phase.INITIATING, "initiat(?:ing|ion|e)|kick[\\s-]?off|start[\\s-]?up\\s+phase|set[\\s-]?up\\s+phase"
                    + "|first\\s+phase|phase\\s+(?:1|one|a)"),
            rule(Phase.ADAPTIVE_PLANNING, "planning|plan\\s+phase|second\\s+phase|phase\\s+(?:2|two|b)"),
            rule(Phase.COLLABORATIVE_ACTION, "action\\s+phase|implementation|implementing|delivery\\s+phase"
                    + "|third\\s+phase|phase\\s+(?:3|three|c)"),
            rule(Phase.REFLECTIVE_MONITORING, "monitoring|evaluation\\s+(?:phase|stage|checklist)|review\\s+phase"
                    + "|reflection\\s+phase|fourth\\s+phase|phase\\s+(?:4|four|d)"));

    private PhaseNames() {
    }

    static Optional<Phase> find(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Rule r : RULES) {
            if (r.pattern.matcher(lower).find()) {
                return Optional.of(r.phase);
            }
        }
        return Optional.empty();
    }

    private static Rule rule(Phase phase, String regex) {
        return new Rule(phase, Pattern.compile("\\b(?:" + regex + ")\\b"));
    }
}
