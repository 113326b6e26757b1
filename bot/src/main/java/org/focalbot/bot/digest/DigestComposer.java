package org.focalbot.bot.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds a workspace's {@link Digest} for a time window from the notes, checklists and registry. */
public final class DigestComposer {

    static final int EXCERPTS_PER_PARTNERSHIP = 3;
    static final int EXCERPT_CHARS = 180;

    private final DigestSources sources;

    public DigestComposer(DigestSources sources) {
        this.sources = sources;
    }

    /**
     * @param scope partnership ids to cover; empty for all
     */
    public Digest compose(String workspace, List<String> scope, Instant from, Instant to, ZoneId zone) {
        Set<String> wanted = Set.copyOf(scope);
        Map<String, DigestSources.PartnershipInfo> partnerships = new LinkedHashMap<>();
        for (DigestSources.PartnershipInfo p : sources.partnerships(workspace)) {
            if (wanted.isEmpty() || wanted.contains(p.id())) {
                partnerships.put(p.id(), p);
            }
        }
        Map<String, List<DigestSources.NoteInfo>> notes = group(sources.sharedNotes(workspace, from, to),
                DigestSources.NoteInfo::partnershipId, partnerships.keySet());
        Map<String, List<DigestSources.CompletedItem>> done = group(sources.completedItems(workspace, from, to),
                DigestSources.CompletedItem::partnershipId, partnerships.keySet());
        Map<String, List<DigestSources.PhaseChange>> phases = group(sources.phaseChanges(workspace, from, to),
                DigestSources.PhaseChange::partnershipId, partnerships.keySet());
        Map<String, List<DigestSources.OpenAction>> open = group(sources.openActions(workspace),
                DigestSources.OpenAction::partnershipId, partnerships.keySet());
        LocalDate today = to.atZone(zone).toLocalDate();

        List<Digest.Section> sections = new ArrayList<>();
        List<String> quiet = new ArrayList<>();
        int noteCount = 0;
        int doneCount = 0;
        int openCount = 0;
        int overdueCount = 0;
        int phaseCount = 0;
        for (DigestSources.PartnershipInfo p : partnerships.values()) {
            List<DigestSources.NoteInfo> pn = notes.getOrDefault(p.id(), List.of());
            List<DigestSources.CompletedItem> pd = done.getOrDefault(p.id(), List.of());
            List<DigestSources.PhaseChange> pp = phases.getOrDefault(p.id(), List.of());
            List<Digest.Open> po = open.getOrDefault(p.id(), List.of()).stream()
                    .map(a -> new Digest.Open(a.phase(), a.prompt(), a.owner(), a.due(),
                            a.due() != null && a.due().isBefore(today)))
                    .sorted(Comparator.comparing((Digest.Open o) -> !o.overdue())
                            .thenComparing(o -> o.due() == null ? LocalDate.MAX : o.due()))
                    .toList();
            noteCount += pn.size();
            doneCount += pd.size();
            phaseCount += pp.size();
            openCount += po.size();
            long overdue = po.stream().filter(Digest.Open::overdue).count();
            overdueCount += (int) overdue;
            if (pn.isEmpty() && pd.isEmpty() && pp.isEmpty() && overdue == 0) {
                quiet.add(p.name());
                continue;
            }
            List<Digest.Excerpt> excerpts = pn.stream()
                    .sorted(Comparator.comparing(DigestSources.NoteInfo::at).reversed())
                    .limit(EXCERPTS_PER_PARTNERSHIP)
                    .map(n -> new Digest.Excerpt(n.author(), shorten(n.text()), n.at()))
                    .toList();
            sections.add(new Digest.Section(p.id(), p.name(), pn.size(), excerpts,
                    pd.stream().sorted(Comparator.comparing(DigestSources.CompletedItem::at))
                            .map(d -> new Digest.Done(d.phase(), d.prompt(), d.by())).toList(),
                    pp.stream().sorted(Comparator.comparing(DigestSources.PhaseChange::at))
                            .map(c -> "moved from " + title(c.from()) + " to " + title(c.to())).toList(),
                    po));
        }
        sections.sort(Comparator.comparing((Digest.Section s) -> s.open().stream().noneMatch(Digest.Open::overdue))
                .thenComparing(s -> -(s.noteCount() + s.completed().size() + s.phaseChanges().size()))
                .thenComparing(Digest.Section::name, String.CASE_INSENSITIVE_ORDER));
        quiet.sort(String.CASE_INSENSITIVE_ORDER);
        return new Digest(workspace, from, to, zone,
                new Digest.Headline(noteCount, doneCount, openCount, overdueCount, phaseCount), sections, quiet);
    }

    private static String title(org.focalbot.knowledge.checklist.Phase phase) {
        return phase == null ? "no phase" : phase.title();
    }

    static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= EXCERPT_CHARS) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', EXCERPT_CHARS - 1);
        return flat.substring(0, cut > EXCERPT_CHARS / 2 ? cut : EXCERPT_CHARS - 1) + "…";
    }

    private static <T> Map<String, List<T>> group(List<T> items, Function<T, String> key, Set<String> allowed) {
        return items.stream().filter(i -> allowed.contains(key.apply(i)))
                .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }
}
