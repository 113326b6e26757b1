package org.focalbot.bot.digest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Digest sources held in lists, filtered the way the real ones are (by workspace and window). */
final class FakeSources implements DigestSources {

    record Scoped<T>(String workspace, T item) {
    }

    final List<Scoped<PartnershipInfo>> partnerships = new ArrayList<>();
    final List<Scoped<NoteInfo>> notes = new ArrayList<>();
    final List<Scoped<CompletedItem>> done = new ArrayList<>();
    final List<Scoped<OpenAction>> open = new ArrayList<>();
    final List<Scoped<PhaseChange>> phases = new ArrayList<>();

    @Override
    public List<PartnershipInfo> partnerships(String workspace) {
        return partnerships.stream().filter(s -> s.workspace().equals(workspace)).map(Scoped::item).toList();
    }

    @Override
    public List<NoteInfo> sharedNotes(String workspace, Instant from, Instant to) {
        return notes.stream().filter(s -> s.workspace().equals(workspace)).map(Scoped::item)
                .filter(n -> !n.at().isBefore(from) && n.at().isBefore(to)).toList();
    }

    @Override
    public List<CompletedItem> completedItems(String workspace, Instant from, Instant to) {
        return done.stream().filter(s -> s.workspace().equals(workspace)).map(Scoped::item)
                .filter(n -> !n.at().isBefore(from) && n.at().isBefore(to)).toList();
    }

    @Override
    public List<OpenAction> openActions(String workspace) {
        return open.stream().filter(s -> s.workspace().equals(workspace)).map(Scoped::item).toList();
    }

    @Override
    public List<PhaseChange> phaseChanges(String workspace, Instant from, Instant to) {
        return phases.stream().filter(s -> s.workspace().equals(workspace)).map(Scoped::item)
                .filter(n -> !n.at().isBefore(from) && n.at().isBefore(to)).toList();
    }
}
