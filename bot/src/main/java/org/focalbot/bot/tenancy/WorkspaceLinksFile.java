package org.focalbot.bot.tenancy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the operator's WORKSPACE_LINKS_FILE:
 * <pre>{"links": [{"organisation": "unicef-kenya", "members": ["slack:T0123", "teams:72f988bf-…"]}]}</pre>
 * Any problem is reported with the file name and the entry at fault.
 */
public final class WorkspaceLinksFile {

    private WorkspaceLinksFile() {
    }

    public static List<WorkspaceLink> read(Path file, ObjectMapper mapper, Instant now) {
        JsonNode root;
        try {
            root = mapper.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " cannot be read: " + e.getMessage(), e);
        }
        JsonNode list = root == null ? null : root.get("links");
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException(file + " must be a JSON object with a \"links\" array");
        }
        List<WorkspaceLink> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode l = list.get(i);
            String where = file + ", link " + (i + 1) + ": ";
            JsonNode org = l.get("organisation");
            JsonNode members = l.get("members");
            if (org == null || !org.isTextual()) {
                throw new IllegalArgumentException(where + "\"organisation\" must be a string");
            }
            if (members == null || !members.isArray() || members.isEmpty()) {
                throw new IllegalArgumentException(where + "\"members\" must be a non-empty array like [\"slack:T0123\"]");
            }
            List<TenantRef> refs = new ArrayList<>();
            for (JsonNode m : members) {
                try {
                    refs.add(TenantRef.parse(m.asText()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + e.getMessage(), e);
                }
            }
            out.add(new WorkspaceLink(org.asText().strip(), refs, WorkspaceLink.FROM_FILE, now));
        }
        return out;
    }
}
