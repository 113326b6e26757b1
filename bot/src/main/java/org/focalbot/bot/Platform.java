package org.focalbot.bot;

/** The chat surface a turn arrived from; the core only uses it for keys and wording, never for logic. */
public enum Platform {
    WEB, SLACK, TEAMS;

    /** Lower-case id used in store keys and workspace ids ("web", "slack", "teams"). */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
