package org.focalbot.bot.tenancy;

import java.time.Instant;
import java.util.List;

/**
 * An operator's statement that several platform tenants are one organisation, which then has one
 * workspace, {@code org:<organisation>}.
 *
 * @param organisation short id of the organisation ("unicef-kenya")
 * @param members      the tenants that share its data
 * @param source       "file" (WORKSPACE_LINKS_FILE, which owns it) or "api"
 */
public record WorkspaceLink(String organisation, List<TenantRef> members, String source, Instant createdAt) {

    public static final String FROM_FILE = "file";
    public static final String FROM_API = "api";

    public WorkspaceLink {
        members = List.copyOf(members);
    }

    public String workspace() {
        return workspaceOf(organisation);
    }

    public static String workspaceOf(String organisation) {
        return "org:" + organisation;
    }
}
