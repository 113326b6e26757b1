package org.focalbot.knowledge.checklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one phase checklist file and validates it: known phase and dimensions, no empty dimension,
 * every item with a well-formed unique id, a prompt, a reason and a cited source section.
 */
final class ChecklistParser {

    /** Ids travel inside button ids and store keys: keep them to a safe alphabet. */
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");
    static final int MAX_PROMPT = 300;
    static final int MAX_WHY = 600;

    private final ObjectMapper mapper = new ObjectMapper();

    PhaseChecklist parse(String where, Phase expected, String json) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ChecklistDataException(where + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ChecklistDataException(where + ": expected a JSON object with \"phase\", \"document\" and \"dimensions\"");
        }
        String phaseId = text(root, "phase");
        if (!expected.id().equals(phaseId)) {
            throw new ChecklistDataException(where + ": \"phase\" must be \"" + expected.id() + "\" but is \""
                    + (phaseId == null ? "" : phaseId) + "\"");
        }
        String document = text(root, "document");
        if (document == null) {
            throw new ChecklistDataException(where + ": \"document\" (the source document's title) is missing");
        }
        JsonNode dims = root.get("dimensions");
        if (dims == null || !dims.isArray() || dims.isEmpty()) {
            throw new ChecklistDataException(where + ": \"dimensions\" must be a non-empty list");
        }
        List<ChecklistItem> items = new ArrayList<>();
        Set<Dimension> seenDims = new HashSet<>();
        Set<String> seenIds = new HashSet<>();
        for (JsonNode dim : dims) {
            String dimId = text(dim, "dimension");
            Dimension dimension = Dimension.byId(dimId == null ? "" : dimId).orElseThrow(() -> new ChecklistDataException(
                    where + ": unknown dimension \"" + dimId + "\" (known: issues, partners, governance, resources, "
                            + "communication, organisation)"));
            if (!seenDims.add(dimension)) {
                throw new ChecklistDataException(where + ": dimension \"" + dimId + "\" appears twice");
            }
            JsonNode list = dim.get("items");
            if (list == null || !list.isArray() || list.isEmpty()) {
                throw new ChecklistDataException(where + ": dimension \"" + dimId + "\" has no items");
            }
            int n = 0;
            for (JsonNode node : list) {
                n++;
                items.add(item(where, expected, dimension, node, n, document, seenIds));
            }
        }
        return new PhaseChecklist(expected, items);
    }

    private ChecklistItem item(String where, Phase phase, Dimension dimension, JsonNode node, int n, String document,
                               Set<String> seenIds) {
        String id = text(node, "id");
        String label = id == null ? "number " + n + " of dimension \"" + dimension.id() + "\"" : "\"" + id + "\"";
        if (id == null) {
            throw new ChecklistDataException(where + ": item " + label + " has no \"id\"");
        }
        if (!ID.matcher(id).matches()) {
            throw new ChecklistDataException(where + ": item " + label + " has an id that is not lower-case words "
                    + "joined by '.' or '-'");
        }
        String prefix = phase.id() + "." + dimension.id() + ".";
        if (!id.startsWith(prefix)) {
            throw new ChecklistDataException(where + ": item " + label + " must have an id starting with \"" + prefix + "\"");
        }
        if (!seenIds.add(id)) {
            throw new ChecklistDataException(where + ": item " + label + " appears twice (ids must be unique)");
        }
        String prompt = required(where, label, node, "prompt", MAX_PROMPT);
        String why = required(where, label, node, "why", MAX_WHY);
        String section = text(node, "source");
        if (section == null) {
            throw new ChecklistDataException(where + ": item " + label + " cites no source section (\"source\")");
        }
        return new ChecklistItem(id, phase, dimension, prompt, why, document, section);
    }

    private static String required(String where, String label, JsonNode node, String field, int max) {
        String value = text(node, field);
        if (value == null) {
            throw new ChecklistDataException(where + ": item " + label + " has no \"" + field + "\"");
        }
        if (value.length() > max) {
            throw new ChecklistDataException(where + ": item " + label + " has a \"" + field + "\" longer than " + max
                    + " characters");
        }
        return value;
    }

    /** The trimmed text of a field, or null when absent, not text, or blank. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            return null;
        }
        return value.asText().strip();
    }
}
