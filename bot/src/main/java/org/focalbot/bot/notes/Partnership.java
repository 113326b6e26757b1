package org.focalbot.bot.notes;

import java.time.Instant;
import java.util.List;
import org.focalbot.knowledge.checklist.Phase;

/**
 * A partnership a workspace keeps notes and checklists for.
 *
 * @param id        stable id, unique across workspaces
 * @param workspace the workspace that owns it; never read outside it
 * @param name      display name, unique (ignoring case) within the workspace
 * @param aliases   other names people use for it ("WAN", "the water alliance")
 * @param phase     the phase it is in now
 * @param partners  the organisations in it
 * @param owner     author id of the person responsible (null after that person's data was erased)
 * @param ownerName display name of the owner
 * @param origin    the platform tenant it was created from ("slack:T123")
 * @param version   incremented on every change, for optimistic concurrency
 */
public record Partnership(String id, String workspace, String name, List<String> aliases, Phase phase,
                          List<Partner> partners, String owner, String ownerName, String origin,
                          Instant createdAt, Instant updatedAt, long version) {

    public Partnership {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        partners = partners == null ? List.of() : List.copyOf(partners);
        phase = phase == null ? Phase.INITIATING : phase;
    }

    public Partnership withWorkspace(String newWorkspace) {
        return new Partnership(id, newWorkspace, name, aliases, phase, partners, owner, ownerName, origin, createdAt,
                updatedAt, version);
    }
}
