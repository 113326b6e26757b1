package org.focalbot.bot.checklist;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.focalbot.bot.notes.Author;
import org.focalbot.bot.notes.Partnership;
import org.focalbot.bot.notes.PartnershipRegistry;
import org.focalbot.bot.notes.PartnershipSpec;
import org.focalbot.bot.notes.Resolution;

/** The checklist's view of the partnership registry: the same partnerships the notes use. */
public final class RegistryPartnerships implements ChecklistPartnerships {

    private final PartnershipRegistry registry;

    public RegistryPartnerships(PartnershipRegistry registry) {
        this.registry = registry;
    }

    @Override
    public PartnershipMatch resolve(String workspace, String mention) {
        Resolution r = registry.resolve(workspace, mention);
        if (r instanceof Resolution.Found found) {
            return new PartnershipMatch.Found(ref(found.partnership()));
        }
        if (r instanceof Resolution.Ambiguous ambiguous) {
            return new PartnershipMatch.Ambiguous(ambiguous.options().stream().map(RegistryPartnerships::ref).toList());
        }
        return new PartnershipMatch.Unknown(displayName(mention));
    }

    @Override
    public PartnershipRef create(String workspace, String name, String author) {
        // The checklist knows the workspace, not the platform tenant, so the workspace stands as the origin.
        return ref(registry.create(workspace, PartnershipSpec.named(displayName(name)),
                new Author(author, null, workspace)));
    }

    /** "water alliance" typed in lower case becomes "Water Alliance"; a name with capitals is kept as typed. */
    static String displayName(String name) {
        String s = name.strip().replaceAll("\\s+", " ");
        if (!s.equals(s.toLowerCase(Locale.ROOT))) {
            return s;
        }
        return Arrays.stream(s.split(" "))
                .map(w -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining(" "));
    }

    private static PartnershipRef ref(Partnership p) {
        return new PartnershipRef(p.id(), p.name());
    }
}
