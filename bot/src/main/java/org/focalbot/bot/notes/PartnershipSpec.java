package org.focalbot.bot.notes;

import java.util.List;
import org.focalbot.knowledge.checklist.Phase;

/**
 * What a person says about a partnership when creating or changing it; null fields are left as
 * they are (on create: no aliases, no partners, phase initiating, owner = the creator).
 */
public record PartnershipSpec(String name, List<String> aliases, Phase phase, List<Partner> partners,
                              String owner, String ownerName) {

    public static PartnershipSpec named(String name) {
        return new PartnershipSpec(name, null, null, null, null, null);
    }

    public PartnershipSpec withPartners(List<Partner> newPartners) {
        return new PartnershipSpec(name, aliases, phase, newPartners, owner, ownerName);
    }

    public PartnershipSpec withAliases(List<String> newAliases) {
        return new PartnershipSpec(name, newAliases, phase, partners, owner, ownerName);
    }

    public PartnershipSpec withPhase(Phase newPhase) {
        return new PartnershipSpec(name, aliases, newPhase, partners, owner, ownerName);
    }
}
