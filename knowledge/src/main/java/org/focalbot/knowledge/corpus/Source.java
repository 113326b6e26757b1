package org.focalbot.knowledge.corpus;

import java.util.List;
import java.util.Objects;

/**
 * A document that guidance comes from, as the answers cite it.
 *
 * @param id        stable id of the document ("ilo-msp-guide")
 * @param title     the document's title
 * @param publisher who issued it ("ILO"); the citation starts with it
 * @param year      year of publication, or a short note when the document is undated; may be empty for operator files
 * @param aliases   other names people use for the document ("Turin workshop"), searched with low weight
 */
public record Source(String id, String title, String publisher, String year, List<String> aliases) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
        year = year == null ? "" : year;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** "ILO, A Guide to Multi-Stakeholder Partnerships": the document part of a citation. */
    public String label() {
        return publisher + ", " + title;
    }
}
