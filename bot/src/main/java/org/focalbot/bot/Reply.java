package org.focalbot.bot;

import java.util.List;
import java.util.Objects;

/**
 * One message from the assistant, before any platform rendering. {@code text} is plain text:
 * line breaks and "- " bullets only, no markup, so each adapter can escape it for its platform.
 */
public record Reply(String text, List<Action> actions, List<Citation> citations, Progress progress) {

    public Reply {
        Objects.requireNonNull(text, "text");
        actions = actions == null ? List.of() : List.copyOf(actions);
        citations = citations == null ? List.of() : List.copyOf(citations);
    }

    public static Reply text(String text) {
        return new Reply(text, List.of(), List.of(), null);
    }

    public static Reply withActions(String text, List<Action> actions) {
        return new Reply(text, actions, List.of(), null);
    }

    public Reply withCitations(List<Citation> more) {
        return new Reply(text, actions, more, progress);
    }

    public Reply withProgress(Progress p) {
        return new Reply(text, actions, citations, p);
    }
}
