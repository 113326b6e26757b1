package org.focalbot.bot.tenancy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.focalbot.bot.Platform;
import org.focalbot.bot.store.DocumentStore;
import org.focalbot.bot.store.JsonCollection;

/**
 * {@link Workspaces} with operator-declared links: tenants linked into an organisation share the
 * workspace {@code org:<id>}; every other tenant is its own workspace. Links come from the
 * operator's file (re-applied at each start) or the admin API, are stored durably, and linking a
 * tenant moves the data it already has into the organisation in the same commit, so nothing is
 * left behind or lost. Unlinking keeps the organisation's data under {@code org:<id>}.
 */
public final class LinkedWorkspaces implements Workspaces {

    public static final String COLLECTION = "workspace-links";
    private static final Pattern ORGANISATION = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    /** The result of a link: the link as stored and how many records moved into the organisation. */
    public record Linked(WorkspaceLink link, int recordsMoved) {
    }

    private final DocumentStore store;
    private final JsonCollection<WorkspaceLink> links;
    private final List<WorkspaceData> data;
    private final Clock clock;
    private volatile Map<TenantRef, String> organisationOf = Map.of();

    public LinkedWorkspaces(DocumentStore store, ObjectMapper mapper, Clock clock, List<WorkspaceData> data) {
        this.store = store;
        this.links = new JsonCollection<>(store, COLLECTION, WorkspaceLink.class, mapper);
        this.data = List.copyOf(data);
        this.clock = clock;
        refresh();
    }

    @Override
    public String workspaceOf(Platform platform, String tenant) {
        String organisation = organisationOf.get(new TenantRef(platform, tenant));
        return organisation == null ? platform.id() + ":" + tenant : WorkspaceLink.workspaceOf(organisation);
    }

    public List<WorkspaceLink> links() {
        List<WorkspaceLink> all = new ArrayList<>(links.scan(""));
        all.sort(Comparator.comparing(WorkspaceLink::organisation));
        return all;
    }

    public Optional<WorkspaceLink> link(String organisation) {
        return links.get(organisation);
    }

    /**
     * Links tenants into an organisation (created, or extended with new members), moving each new
     * member's existing records into the organisation's workspace in the same commit.
     */
    public Linked link(String organisation, List<TenantRef> members, String source) {
        String org = checkOrganisation(organisation);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a link needs at least one member tenant");
        }
        Linked result = store.write(tx -> {
            Map<TenantRef, String> current = memberships(links.scan(tx, ""));
            Optional<WorkspaceLink> existing = links.get(tx, org);
            if (existing.isPresent() && !existing.get().source().equals(source)) {
                throw new LinkConflict("organisation \"" + org + "\" is declared by "
                        + (existing.get().source().equals(WorkspaceLink.FROM_FILE) ? "WORKSPACE_LINKS_FILE; change it there" : "the admin API"));
            }
            LinkedHashSet<TenantRef> all = new LinkedHashSet<>(existing.map(WorkspaceLink::members).orElse(List.of()));
            int moved = 0;
            for (TenantRef m : members) {
                String other = current.get(m);
                if (other != null && !other.equals(org)) {
                    throw new LinkConflict(m + " is already linked to organisation \"" + other + "\"; unlink it there first");
                }
                if (all.add(m)) {
                    for (WorkspaceData d : data) {
                        moved += d.move(tx, m.ownWorkspace(), WorkspaceLink.workspaceOf(org));
                    }
                }
            }
            WorkspaceLink link = new WorkspaceLink(org, new ArrayList<>(all), source,
                    existing.map(WorkspaceLink::createdAt).orElse(clock.instant()));
            links.put(tx, org, link);
            tx.afterCommit(this::refresh);
            return new Linked(link, moved);
        });
        return result;
    }

    /** Removes a link made through the API; the organisation's records stay in its workspace. */
    public boolean unlink(String organisation, String source) {
        return store.write(tx -> {
            Optional<WorkspaceLink> existing = links.get(tx, organisation);
            if (existing.isEmpty()) {
                return false;
            }
            if (!existing.get().source().equals(source)) {
                throw new LinkConflict("organisation \"" + organisation + "\" is declared in WORKSPACE_LINKS_FILE; "
                        + "remove it there and restart");
            }
            links.delete(tx, organisation);
            tx.afterCommit(this::refresh);
            return true;
        });
    }

    /**
     * Makes the file-declared links exactly {@code declared}: new ones linked (moving data), file
     * links no longer in the file removed. Called at startup.
     */
    public void declare(List<WorkspaceLink> declared) {
        Map<String, WorkspaceLink> wanted = new HashMap<>();
        for (WorkspaceLink l : declared) {
            if (wanted.put(checkOrganisation(l.organisation()), l) != null) {
                throw new IllegalArgumentException("organisation \"" + l.organisation() + "\" is declared twice");
            }
        }
        for (WorkspaceLink existing : links()) {
            if (existing.source().equals(WorkspaceLink.FROM_FILE) && !wanted.containsKey(existing.organisation())) {
                unlink(existing.organisation(), WorkspaceLink.FROM_FILE);
            }
        }
        for (WorkspaceLink l : declared) {
            Optional<WorkspaceLink> existing = links.get(l.organisation());
            if (existing.isPresent() && existing.get().source().equals(WorkspaceLink.FROM_FILE)
                    && Set.copyOf(existing.get().members()).equals(Set.copyOf(l.members()))) {
                continue;
            }
            // The file is authoritative: members it no longer lists leave (the records stay with the
            // organisation); a link it takes over from the API becomes a file link.
            existing.ifPresent(e -> unlink(e.organisation(), e.source()));
            link(l.organisation(), l.members(), WorkspaceLink.FROM_FILE);
        }
    }

    /** Erases every record of a workspace, in every feature, in one commit; returns how many. */
    public int eraseWorkspace(String workspace) {
        return store.write(tx -> {
            int n = 0;
            for (WorkspaceData d : data) {
                n += d.erase(tx, workspace);
            }
            return n;
        });
    }

    private void refresh() {
        organisationOf = Map.copyOf(memberships(links.scan("")));
    }

    private static Map<TenantRef, String> memberships(List<WorkspaceLink> all) {
        Map<TenantRef, String> out = new HashMap<>();
        for (WorkspaceLink l : all) {
            for (TenantRef m : l.members()) {
                out.put(m, l.organisation());
            }
        }
        return out;
    }

    private static String checkOrganisation(String organisation) {
        if (organisation == null || !ORGANISATION.matcher(organisation).matches()) {
            throw new IllegalArgumentException("organisation ids are 1 to 64 lower-case letters, digits, '.', '_' or '-' "
                    + "(e.g. unicef-kenya), got \"" + organisation + "\"");
        }
        return organisation;
    }

    /** A link request that contradicts the links already in place. */
    public static final class LinkConflict extends RuntimeException {
        public LinkConflict(String message) {
            super(message);
        }
    }
}
