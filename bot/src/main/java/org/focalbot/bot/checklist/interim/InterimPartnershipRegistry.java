package org.focalbot.bot.checklist.interim;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.focalbot.bot.checklist.ChecklistPartnerships;
import org.focalbot.bot.checklist.PartnershipMatch;
import org.focalbot.bot.checklist.PartnershipRef;
import org.focalbot.bot.store.DocumentStore;
import org.focalbot.bot.store.JsonCollection;
import org.focalbot.bot.store.Keys;

/**
 * A minimal, store-backed partnership list that lets checklists run before the real partnership
 * registry (issue 5) is wired in: names only, matched by their words. Replace it by an adapter over
 * the registry; the "interim-partnerships" collection can then be dropped.
 */
public final class InterimPartnershipRegistry implements ChecklistPartnerships {

    /** A stored partnership. */
    public record Stored(String id, String name, String createdBy, Instant createdAt) {
    }

    private static final Set<String> NOISE = Set.of("the", "a", "an", "partnership", "our", "for", "of", "and");

    private final DocumentStore store;
    private final JsonCollection<Stored> partnerships;
    private final Clock clock;

    public InterimPartnershipRegistry(DocumentStore store, ObjectMapper mapper, Clock clock) {
        this.store = store;
        this.partnerships = new JsonCollection<>(store, "interim-partnerships", Stored.class, mapper);
        this.clock = clock;
    }

    @Override
    public PartnershipMatch resolve(String workspace, String mention) {
        List<String> wanted = words(mention);
        List<PartnershipRef> exact = new ArrayList<>();
        List<PartnershipRef> partial = new ArrayList<>();
        for (Stored s : partnerships.scan(Keys.prefix(workspace))) {
            List<String> have = words(s.name());
            if (have.equals(wanted)) {
                exact.add(new PartnershipRef(s.id(), s.name()));
            } else if (!wanted.isEmpty() && have.containsAll(wanted)) {
                partial.add(new PartnershipRef(s.id(), s.name()));
            }
        }
        List<PartnershipRef> found = exact.isEmpty() ? partial : exact;
        if (found.size() == 1) {
            return new PartnershipMatch.Found(found.get(0));
        }
        if (found.size() > 1) {
            return new PartnershipMatch.Ambiguous(found);
        }
        return new PartnershipMatch.Unknown(displayName(mention));
    }

    @Override
    public PartnershipRef create(String workspace, String name, String author) {
        String display = displayName(name);
        String base = String.join("-", words(display));
        String slug = base.isEmpty() ? "partnership" : base;
        return store.write(tx -> {
            String id = slug;
            for (int n = 2; partnerships.get(tx, Keys.of(workspace, id)).isPresent(); n++) {
                id = slug + "-" + n;
            }
            partnerships.put(tx, Keys.of(workspace, id), new Stored(id, display, author, clock.instant()));
            return new PartnershipRef(id, display);
        });
    }

    /** "water alliance" becomes "Water Alliance"; names typed with capitals stay as typed. */
    private static String displayName(String name) {
        String s = name.strip().replaceAll("\\s+", " ");
        if (!s.equals(s.toLowerCase(Locale.ROOT))) {
            return s;
        }
        return Arrays.stream(s.split(" "))
                .map(w -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining(" "));
    }

    private static List<String> words(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty() && !NOISE.contains(w))
                .toList();
    }
}
