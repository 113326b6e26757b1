package org.focalbot.knowledge.corpus;

import java.util.List;
import java.util.Objects;

/**
 * One citable piece of guidance: a heading of a source document with the text under it.
 *
 * @param id       stable id, unique across the loaded corpus ("ilo-adaptive-planning-resources")
 * @param source   the document it belongs to
 * @param path     heading titles from the top of the document down to this section
 * @param keywords other words people use for this topic; searched, never shown
 * @param body     the guidance text: sentences and "- " bullet lines
 * @param origin   file and line the section was read from, for error messages and curators
 */
public record Section(String id, Source source, List<String> path, List<String> keywords, String body, String origin) {

    /** Separator between heading titles in a citation. */
    public static final String PATH_SEPARATOR = " › ";

    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        path = List.copyOf(path);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("a section needs a heading path");
        }
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        Objects.requireNonNull(body, "body");
        origin = origin == null ? "" : origin;
    }

    /** The section's own heading. */
    public String title() {
        return path.get(path.size() - 1);
    }

    /** "Adaptive planning › Resources". */
    public String pathLabel() {
        return String.join(PATH_SEPARATOR, path);
    }

    /** "ILO, A Guide to Multi-Stakeholder Partnerships — Adaptive planning › Resources". */
    public String citation() {
        return source.label() + " — " + pathLabel();
    }
}
