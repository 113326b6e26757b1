package org.focalbot.bot.tenancy;

import org.focalbot.bot.Platform;

/**
 * Maps a platform tenant (a Slack team, a Teams tenant, the local web chat) to the workspace that
 * owns its data. Every stored record is keyed by workspace, so this is the one place where
 * tenants are allowed to meet.
 */
public interface Workspaces {

    /** The workspace id for a platform tenant, e.g. "slack:T123" or, when linked, "org:unicef". */
    String workspaceOf(Platform platform, String tenant);

    /** Every tenant is its own workspace. */
    static Workspaces separate() {
        return (platform, tenant) -> platform.id() + ":" + tenant;
    }
}
