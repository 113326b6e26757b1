package org.focalbot.bot.notes;

import java.util.Objects;
import org.focalbot.bot.Turn;

/**
 * The person making a change: their author id (unique across platforms), display name and the
 * platform tenant they are writing from.
 */
public record Author(String id, String name, String origin) {

    public Author {
        Objects.requireNonNull(id, "id");
        name = name == null || name.isBlank() ? id : name;
        Objects.requireNonNull(origin, "origin");
    }

    public static Author of(Turn turn) {
        return new Author(turn.author(), turn.userName(), turn.platform().id() + ":" + turn.tenant());
    }
}
