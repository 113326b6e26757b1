package org.focalbot.bot.checklist;

import java.util.Objects;

/** A partnership as the checklist sees it: the registry's id and its display name. */
public record PartnershipRef(String id, String name) {
    public PartnershipRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
