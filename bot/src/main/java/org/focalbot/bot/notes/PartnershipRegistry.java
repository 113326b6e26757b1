package org.focalbot.bot.notes;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.focalbot.bot.store.DocumentStore;
import org.focalbot.bot.store.JsonCollection;
import org.focalbot.bot.store.Keys;

/**
 * The partnerships of each workspace: create, read, change (with optimistic versioning) and find
 * by what people call them. Records live in the {@value #COLLECTION} collection under
 * {@code workspace/id}, so nothing here can reach another workspace.
 */
public final class PartnershipRegistry {

    public static final String COLLECTION = "partnerships";
    public static final String PHASE_CHANGES = "partnership-phase-changes";
    public static final int MAX_NAME = 120;
    static final int MAX_ALIASES = 10;
    static final int MAX_PARTNERS = 30;
    static final int MAX_ORGANISATION = 200;

    private final DocumentStore store;
    private final JsonCollection<Partnership> records;
    private final JsonCollection<PhaseChange> phaseChanges;
    private final NoteIds ids;
    private final Clock clock;
    private final PartnershipMatcher matcher = new PartnershipMatcher();

    public PartnershipRegistry(DocumentStore store, ObjectMapper mapper, NoteIds ids, Clock clock) {
        this.store = store;
        this.records = new JsonCollection<>(store, COLLECTION, Partnership.class, mapper);
        this.phaseChanges = new JsonCollection<>(store, PHASE_CHANGES, PhaseChange.class, mapper);
        this.ids = ids;
        this.clock = clock;
    }

    JsonCollection<Partnership> records() {
        return records;
    }

    /** Creates a partnership; its name (and aliases) must not be taken in the workspace. */
    public Partnership create(String workspace, PartnershipSpec spec, Author by) {
        String name = cleanName(spec.name(), "name");
        List<String> aliases = cleanAliases(spec.aliases(), name);
        List<Partner> partners = cleanPartners(spec.partners());
        return store.write(tx -> {
            List<Partnership> existing = records.scan(tx, Keys.prefix(workspace));
            checkNamesFree(existing, null, name, aliases);
            Instant now = clock.instant();
            Partnership p = new Partnership(ids.next("p"), workspace, name, aliases, spec.phase(), partners,
                    spec.owner() == null ? by.id() : spec.owner(),
                    spec.owner() == null ? by.name() : spec.ownerName(), by.origin(), now, now, 1);
            records.put(tx, key(workspace, p.id()), p);
            return p;
        });
    }

    /** Changes the fields set in {@code change}; refused if the partnership changed since {@code expectedVersion}. */
    public Partnership update(String workspace, String id, long expectedVersion, PartnershipSpec change, Author by) {
        return store.write(tx -> {
            Partnership current = records.get(tx, key(workspace, id))
                    .orElseThrow(() -> NotesException.notFound("no partnership with id " + id + " in this workspace"));
            if (current.version() != expectedVersion) {
                throw NotesException.conflict("\"" + current.name() + "\" was changed since you read it (it is now at "
                        + "version " + current.version() + ", you sent version " + expectedVersion
                        + "); reload it and apply your change again");
            }
            String name = change.name() == null ? current.name() : cleanName(change.name(), "name");
            List<String> aliases = change.aliases() == null ? current.aliases() : cleanAliases(change.aliases(), name);
            List<Partner> partners = change.partners() == null ? current.partners() : cleanPartners(change.partners());
            checkNamesFree(records.scan(tx, Keys.prefix(workspace)), id, name, aliases);
            Partnership updated = new Partnership(id, workspace, name, aliases,
                    change.phase() == null ? current.phase() : change.phase(), partners,
                    change.owner() == null ? current.owner() : change.owner(),
                    change.owner() == null ? current.ownerName() : change.ownerName(),
                    current.origin(), current.createdAt(), clock.instant(), current.version() + 1);
            records.put(tx, key(workspace, id), updated);
            if (updated.phase() != current.phase()) {
                Instant at = clock.instant();
                phaseChanges.put(tx, Keys.of(workspace, String.format("%020d", at.toEpochMilli()), id),
                        new PhaseChange(workspace, id, current.phase(), updated.phase(), by.id(), at));
            }
            return updated;
        });
    }

    public Optional<Partnership> get(String workspace, String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        return records.get(key(workspace, id));
    }

    /** The partnership with this id, or failing that this exact name or alias (any case). */
    public Optional<Partnership> find(String workspace, String idOrName) {
        Optional<Partnership> byId = get(workspace, idOrName);
        if (byId.isPresent()) {
            return byId;
        }
        String wanted = PartnershipMatcher.canonical(idOrName);
        return list(workspace).stream()
                .filter(p -> PartnershipMatcher.canonical(p.name()).equals(wanted)
                        || p.aliases().stream().anyMatch(a -> PartnershipMatcher.canonical(a).equals(wanted)))
                .findFirst();
    }

    /** All partnerships of a workspace by name. */
    public List<Partnership> list(String workspace) {
        List<Partnership> all = new ArrayList<>(records.scan(Keys.prefix(workspace)));
        all.sort(Comparator.comparing(p -> p.name().toLowerCase(Locale.ROOT)));
        return all;
    }

    /** What a mention ("water", "WAN", "the skills alliance") refers to. */
    public Resolution resolve(String workspace, String mention) {
        return matcher.resolve(mention, list(workspace));
    }

    /** Partnerships named word for word somewhere in a longer text. */
    public List<Partnership> mentionedIn(String workspace, String text) {
        return matcher.mentionedIn(text, list(workspace));
    }

    /** Phase changes of the workspace's partnerships within [{@code from}, {@code to}), oldest first. */
    public List<PhaseChange> phaseChanges(String workspace, Instant from, Instant to) {
        return phaseChanges.scan(Keys.prefix(workspace)).stream()
                .filter(c -> !c.at().isBefore(from) && c.at().isBefore(to))
                .toList();
    }

    static String key(String workspace, String id) {
        return Keys.of(workspace, id);
    }

    static String cleanName(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            throw NotesException.invalid("the partnership " + field + " must not be empty");
        }
        String name = raw.strip().replaceAll("\\s+", " ");
        if (name.length() > MAX_NAME) {
            throw NotesException.invalid("the partnership " + field + " must be at most " + MAX_NAME + " characters");
        }
        if (PartnershipMatcher.words(name).isEmpty()) {
            throw NotesException.invalid("the partnership " + field + " \"" + name + "\" has no letters or digits to go by");
        }
        return name;
    }

    private static List<String> cleanAliases(List<String> raw, String name) {
        if (raw == null) {
            return List.of();
        }
        if (raw.size() > MAX_ALIASES) {
            throw NotesException.invalid("a partnership has at most " + MAX_ALIASES + " aliases");
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String a : raw) {
            String alias = cleanName(a, "alias");
            if (!PartnershipMatcher.canonical(alias).equals(PartnershipMatcher.canonical(name))) {
                out.add(alias);
            }
        }
        return List.copyOf(out);
    }

    private static List<Partner> cleanPartners(List<Partner> raw) {
        if (raw == null) {
            return List.of();
        }
        if (raw.size() > MAX_PARTNERS) {
            throw NotesException.invalid("a partnership has at most " + MAX_PARTNERS + " partners");
        }
        List<Partner> out = new ArrayList<>();
        for (Partner p : raw) {
            if (p == null || p.organisation() == null || p.organisation().isBlank()) {
                throw NotesException.invalid("every partner needs an organisation name");
            }
            String org = p.organisation().strip().replaceAll("\\s+", " ");
            if (org.length() > MAX_ORGANISATION) {
                throw NotesException.invalid("a partner's organisation name must be at most " + MAX_ORGANISATION + " characters");
            }
            if (out.stream().noneMatch(o -> o.organisation().equalsIgnoreCase(org))) {
                out.add(new Partner(org, p.sector()));
            }
        }
        return out;
    }

    private static void checkNamesFree(List<Partnership> existing, String exceptId, String name, List<String> aliases) {
        List<String> wanted = new ArrayList<>();
        wanted.add(name);
        wanted.addAll(aliases);
        for (Partnership p : existing) {
            if (p.id().equals(exceptId)) {
                continue;
            }
            List<String> taken = new ArrayList<>(p.aliases());
            taken.add(p.name());
            for (String w : wanted) {
                String c = PartnershipMatcher.canonical(w);
                if (taken.stream().anyMatch(t -> PartnershipMatcher.canonical(t).equals(c))) {
                    throw NotesException.conflict("there is already a partnership called \"" + p.name() + "\""
                            + (p.name().equalsIgnoreCase(w) ? "" : " (known as \"" + w + "\")"));
                }
            }
        }
    }
}
