package org.focalbot.adapters.teams.cards;

/** Tidies text before it goes into a card: one kind of line break, no control or direction-override characters. */
final class PlainText {
    private PlainText() {
    }

    static String clean(String s) {
        if (s == null) {
            return "";
        }
        String text = s.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\n' && c != '\t' || c == 0x7f;
            // Bidirectional overrides can make a text read differently from what it is.
            boolean bidi = c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
            if (!control && !bidi) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String clip(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "…";
    }
}
