package org.focalbot.knowledge.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The loaded guidance: every section of every document, in file order, with ids unique across all of them. */
public final class Corpus {

    private final List<Section> sections;
    private final Map<String, Section> byId;
    private final int operatorSections;

    /** {@code operatorSections}: how many of the sections, at the end of the list, came from the operator's files. */
    public Corpus(List<Section> sections, int operatorSections) {
        if (operatorSections < 0 || operatorSections > sections.size()) {
            throw new IllegalArgumentException("operatorSections " + operatorSections + " of " + sections.size());
        }
        this.operatorSections = operatorSections;
        this.sections = List.copyOf(sections);
        Map<String, Section> ids = new LinkedHashMap<>();
        for (Section s : this.sections) {
            Section clash = ids.putIfAbsent(s.id(), s);
            if (clash != null) {
                throw new IllegalArgumentException("section id " + s.id() + " is used by " + clash.origin() + " and " + s.origin());
            }
        }
        this.byId = Map.copyOf(ids);
    }

    public List<Section> sections() {
        return sections;
    }

    public Optional<Section> section(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The documents, each once, in the order their first section was loaded. */
    public List<Source> sources() {
        Map<String, Source> out = new LinkedHashMap<>();
        sections.forEach(s -> out.putIfAbsent(s.source().id(), s.source()));
        return List.copyOf(out.values());
    }

    /** Sections loaded from the operator's directory rather than built in. */
    public int operatorSections() {
        return operatorSections;
    }

    public int size() {
        return sections.size();
    }
}
