package org.focalbot.bot.checklist;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.focalbot.knowledge.checklist.Dimension;

/** Recognises a checklist dimension in everyday wording ("the resources part", "comms", "ILO as a partner"). */
final class DimensionNames {

    private static final Map<Dimension, Pattern> PATTERNS = new LinkedHashMap<>();

    static {
        PATTERNS.put(Dimension.ISSUES, words("issues(?: and context)?|context|situations?|challenges"));
        PATTERNS.put(Dimension.PARTNERS, words("(?:working with )?(?:your |the )?partners|partnering|partner part"));
        PATTERNS.put(Dimension.GOVERNANCE, words("governance"));
        PATTERNS.put(Dimension.RESOURCES, words("resources?|funding|finances?|financial|money"));
        PATTERNS.put(Dimension.COMMUNICATION, words("communications?|comms"));
        PATTERNS.put(Dimension.ORGANISATION, words("(?:our |my )?(?:organi[sz]ation|ilo|agency|internal)"
                + "(?: as a partner)?"));
    }

    private DimensionNames() {
    }

    /** The dimension named in lower-case text. "Our organisation as a partner" wins over "partners". */
    static Optional<Dimension> find(String lower) {
        if (PATTERNS.get(Dimension.ORGANISATION).matcher(lower).find()) {
            return Optional.of(Dimension.ORGANISATION);
        }
        for (Map.Entry<Dimension, Pattern> e : PATTERNS.entrySet()) {
            if (e.getValue().matcher(lower).find()) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("\\b(?:" + alternatives + ")\\b");
    }
}
