package org.focalbot.bot;

import java.util.Objects;

/**
 * One thing a person said or clicked, in platform-neutral form: exactly one of {@code text} or
 * {@code action} is set.
 *
 * @param platform     where it came from
 * @param tenant       the platform's tenant (Slack team or enterprise id, Teams tenant id, or
 *                     {@code local} for the web chat); the core maps it to a workspace
 * @param conversation the platform's conversation (channel, DM, thread or web session) id
 * @param user         the platform's user id
 * @param userName     a display name for notes and digests, or the user id when unknown
 * @param text         what the person typed, with any bot mention already stripped
 * @param action       the id of the button the person clicked
 */
public record Turn(Platform platform, String tenant, String conversation, String user, String userName,
                   String text, String action) {

    public Turn {
        Objects.requireNonNull(platform, "platform");
        requireId(tenant, "tenant");
        requireId(conversation, "conversation");
        requireId(user, "user");
        if (userName == null || userName.isBlank()) {
            userName = user;
        }
        if ((text == null) == (action == null)) {
            throw new IllegalArgumentException("a turn carries either text or an action, not " +
                    (text == null ? "neither" : "both"));
        }
    }

    /** A typed message. */
    public static Turn text(Platform platform, String tenant, String conversation, String user, String userName,
                            String text) {
        return new Turn(platform, tenant, conversation, user, userName, text, null);
    }

    /** A clicked button. */
    public static Turn action(Platform platform, String tenant, String conversation, String user, String userName,
                              String actionId) {
        return new Turn(platform, tenant, conversation, user, userName, null, actionId);
    }

    public boolean isAction() {
        return action != null;
    }

    /** The author id used on records this turn creates: unique across platforms. */
    public String author() {
        return platform.id() + ":" + user;
    }

    private static void requireId(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
    }
}
