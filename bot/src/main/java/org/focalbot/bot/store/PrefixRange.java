package org.focalbot.bot.store;

import java.util.NavigableMap;

/** The sub-map of a sorted string map whose keys start with a prefix. */
final class PrefixRange {
    private PrefixRange() {
    }

    static <V> NavigableMap<String, V> of(NavigableMap<String, V> map, String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return map;
        }
        // Every key with the prefix sorts before prefix + U+FFFF.
        return map.subMap(prefix, true, prefix + Character.MAX_VALUE, false);
    }
}
