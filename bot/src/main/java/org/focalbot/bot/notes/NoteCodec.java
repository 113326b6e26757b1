package org.focalbot.bot.notes;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a stored note with Jackson's streaming parser instead of data binding: at startup every
 * note is read once to build the search index, and this is several times faster. Only documents
 * of the current schema version are read here; anything else is left to the general path.
 */
final class NoteCodec {

    private static final String CURRENT = "{\"schemaVersion\":1,";

    private final JsonFactory factory;

    NoteCodec(JsonFactory factory) {
        this.factory = factory;
    }

    /** The note, or empty when the document is not in the current shape (the caller then binds it normally). */
    Optional<Note> read(String json) {
        if (!json.startsWith(CURRENT)) {
            return Optional.empty();
        }
        try (JsonParser p = factory.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            String id = null;
            String workspace = null;
            String partnershipId = null;
            String text = null;
            String author = null;
            String authorName = null;
            String origin = null;
            List<String> tags = List.of();
            boolean privateNote = false;
            Instant created = null;
            Instant updated = null;
            long version = 0;
            ChecklistLink checklist = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                switch (field) {
                    case "id" -> id = p.getText();
                    case "workspace" -> workspace = p.getText();
                    case "partnershipId" -> partnershipId = p.getText();
                    case "text" -> text = p.getText();
                    case "author" -> author = p.getText();
                    case "authorName" -> authorName = p.getText();
                    case "origin" -> origin = p.getText();
                    case "private" -> privateNote = p.getBooleanValue();
                    case "createdAt" -> created = instant(p.getText());
                    case "updatedAt" -> updated = instant(p.getText());
                    case "version" -> version = p.getLongValue();
                    case "tags" -> tags = strings(p);
                    case "checklist" -> checklist = checklist(p);
                    default -> p.skipChildren();
                }
            }
            if (id == null || workspace == null || text == null || author == null || created == null) {
                return Optional.empty();
            }
            return Optional.of(new Note(id, workspace, partnershipId, text, tags, privateNote, author, authorName, origin,
                    created, updated == null ? created : updated, version, checklist));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * "2025-03-12T09:30:00Z" or "2025-03-12T09:30:00.123456789Z", as Jackson writes instants, read
     * without a formatter (which dominated startup); anything else goes through {@link Instant#parse}.
     */
    static Instant instant(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':' || s.charAt(n - 1) != 'Z') {
            return Instant.parse(s);
        }
        try {
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 7);
            int day = digits(s, 8, 10);
            int hour = digits(s, 11, 13);
            int minute = digits(s, 14, 16);
            int second = digits(s, 17, 19);
            int nanos = 0;
            if (n > 20) {
                if (s.charAt(19) != '.' || n - 21 > 9 || n - 21 < 1) {
                    return Instant.parse(s);
                }
                nanos = digits(s, 20, n - 1);
                for (int i = n - 21; i < 9; i++) {
                    nanos *= 10;
                }
            }
            if (hour > 23 || minute > 59 || second > 59) {
                return Instant.parse(s);
            }
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
        } catch (RuntimeException e) {
            return Instant.parse(s);
        }
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(s);
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static List<String> strings(JsonParser p) throws IOException {
        List<String> out = new ArrayList<>(2);
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(p.getText());
        }
        return out;
    }

    private static ChecklistLink checklist(JsonParser p) throws IOException {
        String phase = null;
        String item = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("phase")) {
                phase = p.getText();
            } else if (field.equals("itemId")) {
                item = p.getText();
            } else {
                p.skipChildren();
            }
        }
        return phase == null || item == null ? null : new ChecklistLink(phase, item);
    }
}
