package org.focalbot.adapters.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.focalbot.bot.notes.Note;
import org.focalbot.bot.notes.Partner;
import org.focalbot.bot.notes.Partnership;

/** The JSON shapes of partnerships and notes in the API (stable field names, no internal ids of workspaces). */
final class NoteViews {

    private NoteViews() {
    }

    static Map<String, Object> partnership(Partnership p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("aliases", p.aliases());
        m.put("phase", p.phase().id());
        m.put("phaseTitle", p.phase().title());
        m.put("partners", p.partners().stream().map(NoteViews::partner).toList());
        m.put("owner", p.owner());
        m.put("ownerName", p.ownerName());
        m.put("createdAt", p.createdAt());
        m.put("updatedAt", p.updatedAt());
        m.put("version", p.version());
        return m;
    }

    static Map<String, Object> partner(Partner p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organisation", p.organisation());
        m.put("sector", p.sector() == null ? null : p.sector().id());
        m.put("sectorLabel", p.sector() == null ? null : p.sector().label());
        return m;
    }

    static Map<String, Object> note(Note n, String partnershipName) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.id());
        m.put("ref", n.ref());
        m.put("partnershipId", n.partnershipId());
        m.put("partnership", partnershipName);
        m.put("text", n.text());
        m.put("tags", n.tags());
        m.put("private", n.privateNote());
        m.put("author", n.author());
        m.put("authorName", n.authorName());
        m.put("createdAt", n.createdAt());
        m.put("updatedAt", n.updatedAt());
        m.put("version", n.version());
        if (n.checklist() != null) {
            m.put("checklist", Map.of("phase", n.checklist().phase(), "itemId", n.checklist().itemId()));
        }
        return m;
    }

    static Map<String, Object> list(String field, List<?> items) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(field, items);
        return m;
    }
}
