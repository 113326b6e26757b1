package org.focalbot.bot.store;

/** Validation and building of store keys, shared by every store implementation. */
public final class Keys {
    private Keys() {
    }

    /**
     * Joins key parts with '/'. A '/' or '%' inside a part is percent-escaped, so platform ids
     * that contain the separator can never make one key a prefix of another's part.
     */
    public static String of(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (part == null || part.isEmpty()) {
                throw new IllegalArgumentException("key parts must not be empty");
            }
            if (!sb.isEmpty()) {
                sb.append('/');
            }
            sb.append(escape(part));
        }
        return sb.toString();
    }

    /** The last part of a key, unescaped. */
    public static String lastPart(String key) {
        return unescape(key.substring(key.lastIndexOf('/') + 1));
    }

    static String escape(String part) {
        if (part.indexOf('/') < 0 && part.indexOf('%') < 0) {
            return part;
        }
        return part.replace("%", "%25").replace("/", "%2F");
    }

    static String unescape(String part) {
        if (part.indexOf('%') < 0) {
            return part;
        }
        return part.replace("%2F", "/").replace("%25", "%");
    }

    /** A prefix that matches exactly the keys starting with these parts. */
    public static String prefix(String... parts) {
        return of(parts) + "/";
    }

    static void check(String collection, String key) {
        if (collection == null || collection.isBlank()) {
            throw new IllegalArgumentException("collection must not be empty");
        }
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("key must not be empty");
        }
    }
}
