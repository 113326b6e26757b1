package org.focalbot.bot;

import java.util.Objects;

/** A button offered with a reply; clicking it comes back as a {@link Turn} carrying {@code id}. */
public record Action(String id, String label) {
    public Action {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
