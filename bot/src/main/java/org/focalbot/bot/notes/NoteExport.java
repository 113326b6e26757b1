package org.focalbot.bot.notes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A partnership's notes as Markdown (to read), CSV (for spreadsheets) or JSON (to import
 * elsewhere, or back), and the reading of such JSON for import.
 */
public final class NoteExport {

    /** The export formats. */
    public enum Format {
        MARKDOWN("text/markdown; charset=utf-8", "md"),
        CSV("text/csv; charset=utf-8", "csv"),
        JSON("application/json", "json");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }

        public static Format parse(String raw) {
            return switch (raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT)) {
                case "markdown", "md" -> MARKDOWN;
                case "csv" -> CSV;
                case "json" -> JSON;
                default -> throw NotesException.invalid("unknown export format \"" + raw + "\" (use markdown, csv or json)");
            };
        }
    }

    public static final int SCHEMA_VERSION = 1;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final ObjectMapper mapper;

    public NoteExport(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String render(Format format, Partnership p, List<Note> notes, Instant exportedAt) {
        return switch (format) {
            case MARKDOWN -> markdown(p, notes, exportedAt);
            case CSV -> csv(p, notes);
            case JSON -> json(p, notes, exportedAt);
        };
    }

    public String markdown(Partnership p, List<Note> notes, Instant exportedAt) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(p.name()).append(" — notes\n\n");
        sb.append("- Phase: ").append(p.phase().title()).append('\n');
        if (!p.partners().isEmpty()) {
            sb.append("- Partners: ").append(p.partners().stream()
                    .map(x -> x.sector() == null ? x.organisation() : x.organisation() + " (" + x.sector().label() + ")")
                    .collect(Collectors.joining(", "))).append('\n');
        }
        if (!p.aliases().isEmpty()) {
            sb.append("- Also called: ").append(String.join(", ", p.aliases())).append('\n');
        }
        if (p.ownerName() != null) {
            sb.append("- Owner: ").append(p.ownerName()).append('\n');
        }
        sb.append("- Exported: ").append(DAY.format(exportedAt)).append(", ").append(notes.size())
                .append(notes.size() == 1 ? " note" : " notes").append("\n");
        for (Note n : notes) {
            sb.append("\n## ").append(DAY.format(n.createdAt())).append(" · ").append(n.authorName());
            if (n.privateNote()) {
                sb.append(" (private)");
            }
            sb.append("\n\n").append(n.text()).append('\n');
            if (!n.tags().isEmpty()) {
                sb.append("\nTags: ").append(n.tags().stream().map(t -> "#" + t).collect(Collectors.joining(" "))).append('\n');
            }
        }
        return sb.toString();
    }

    public String csv(Partnership p, List<Note> notes) {
        StringBuilder sb = new StringBuilder("id,partnership,created_at,updated_at,author,author_name,tags,private,text\r\n");
        for (Note n : notes) {
            sb.append(String.join(",", cell(n.id()), cell(p.name()), cell(n.createdAt().toString()),
                    cell(n.updatedAt().toString()), cell(n.author()), cell(n.authorName()),
                    cell(String.join(" ", n.tags())), cell(Boolean.toString(n.privateNote())), cell(n.text())))
                    .append("\r\n");
        }
        return sb.toString();
    }

    public String json(Partnership p, List<Note> notes, Instant exportedAt) {
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("exportedAt", exportedAt.toString());
        ObjectNode partnership = root.putObject("partnership");
        partnership.put("id", p.id());
        partnership.put("name", p.name());
        partnership.set("aliases", mapper.valueToTree(p.aliases()));
        partnership.put("phase", p.phase().id());
        ArrayNode partners = partnership.putArray("partners");
        for (Partner x : p.partners()) {
            ObjectNode o = partners.addObject().put("organisation", x.organisation());
            if (x.sector() != null) {
                o.put("sector", x.sector().id());
            }
        }
        ArrayNode list = root.putArray("notes");
        for (Note n : notes) {
            ObjectNode o = list.addObject();
            o.put("id", n.id());
            o.put("text", n.text());
            o.set("tags", mapper.valueToTree(n.tags()));
            o.put("private", n.privateNote());
            o.put("author", n.author());
            o.put("authorName", n.authorName());
            o.put("createdAt", n.createdAt().toString());
            o.put("updatedAt", n.updatedAt().toString());
            if (n.checklist() != null) {
                o.putObject("checklist").put("phase", n.checklist().phase()).put("itemId", n.checklist().itemId());
            }
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the export", e);
        }
    }

    /**
     * Reads notes to import: the JSON export format ({@code {"notes": [...]}}) or a bare array of
     * notes, each with {@code text} and optionally {@code tags}, {@code private}, {@code createdAt}
     * and {@code authorName}.
     */
    public List<NoteDraft> readImport(JsonNode root) {
        JsonNode list = root.isArray() ? root : root.get("notes");
        if (list == null || !list.isArray()) {
            throw NotesException.invalid("the import must be a JSON array of notes or an object with a \"notes\" array");
        }
        List<NoteDraft> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            String where = "note " + (i + 1) + ": ";
            if (!n.isObject()) {
                throw NotesException.invalid(where + "must be a JSON object");
            }
            JsonNode text = n.get("text");
            if (text == null || !text.isTextual()) {
                throw NotesException.invalid(where + "\"text\" must be a string");
            }
            List<String> tags = new ArrayList<>();
            JsonNode t = n.get("tags");
            if (t != null && !t.isNull()) {
                if (!t.isArray()) {
                    throw NotesException.invalid(where + "\"tags\" must be an array of strings");
                }
                t.forEach(x -> tags.add(x.asText()));
            }
            JsonNode priv = n.get("private");
            if (priv != null && !priv.isNull() && !priv.isBoolean()) {
                throw NotesException.invalid(where + "\"private\" must be true or false");
            }
            Instant created = null;
            JsonNode c = n.get("createdAt");
            if (c != null && !c.isNull()) {
                try {
                    created = Instant.parse(c.asText());
                } catch (DateTimeParseException e) {
                    throw NotesException.invalid(where + "\"createdAt\" must be an ISO-8601 instant such as "
                            + "2025-03-12T09:30:00Z, got \"" + c.asText() + "\"");
                }
            }
            JsonNode name = n.get("authorName");
            ChecklistLink link = null;
            JsonNode cl = n.get("checklist");
            if (cl != null && cl.isObject() && cl.hasNonNull("phase") && cl.hasNonNull("itemId")) {
                link = new ChecklistLink(cl.get("phase").asText(), cl.get("itemId").asText());
            }
            out.add(new NoteDraft(text.asText(), tags, priv != null && priv.asBoolean(), created,
                    name == null || name.isNull() || name.asText().isBlank() ? null : name.asText().strip(), link));
        }
        return out;
    }

    /** RFC 4180 quoting, plus a leading apostrophe on cells a spreadsheet would run as a formula. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
