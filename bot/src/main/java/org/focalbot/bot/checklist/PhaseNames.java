package org.focalbot.bot.checklist;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.focalbot.knowledge.checklist.Phase;

/** Recognises the four phases in everyday wording ("planning", "M&E", "phase C", "the first phase"). */
final class PhaseNames {

    private static final Map<Phase, Pattern> PATTERNS = new LinkedHashMap<>();

    static {
        PATTERNS.put(Phase.INITIATING, words("initiat\\w*|initial|inception|start-?up phase|kick-?off phase"
                + "|first phase|phase (?:a|1|one)"));
        PATTERNS.put(Phase.ADAPTIVE_PLANNING, words("adapti(?:ve|tive)(?: planning)?|planning|plan phase"
                + "|second phase|phase (?:b|2|two)"));
        PATTERNS.put(Phase.COLLABORATIVE_ACTION, words("collaborative(?: action)?|collaboration phase|action phase"
                + "|implementation(?: phase)?|implementing|delivery phase|third phase|phase (?:c|3|three)"));
        PATTERNS.put(Phase.REFLECTIVE_MONITORING, words("reflective(?: monitoring)?|monitoring|evaluation|m&e|mel"
                + "|learning phase|review phase|fourth phase|last phase|final phase|phase (?:d|4|four)"));
    }

    private PhaseNames() {
    }

    /** The one phase named in lower-case text; empty when none or more than one is named. */
    static Optional<Phase> find(String lower) {
        Phase found = null;
        for (Map.Entry<Phase, Pattern> e : PATTERNS.entrySet()) {
            if (e.getValue().matcher(lower).find()) {
                if (found != null) {
                    return Optional.empty();
                }
                found = e.getKey();
            }
        }
        return Optional.ofNullable(found);
    }

    /** True when the lower-case text begins with a phase name ("initiating with the water alliance"). */
    static boolean startsWithPhase(String lower) {
        for (Pattern p : PATTERNS.values()) {
            if (p.matcher(lower).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** True when the lower-case text is only a phase name, e.g. "collaborative action" or "the planning phase". */
    static boolean isOnlyAPhase(String lower) {
        if (find(lower).isEmpty()) {
            return false;
        }
        String rest = lower;
        for (Pattern p : PATTERNS.values()) {
            rest = p.matcher(rest).replaceAll(" ");
        }
        return rest.replaceAll("\\b(?:the|phase|checklist|one|stage)\\b", " ").isBlank();
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?<![\\w&])(?:" + alternatives + ")(?![\\w&])");
    }
}
