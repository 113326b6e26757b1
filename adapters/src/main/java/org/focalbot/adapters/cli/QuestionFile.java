package org.focalbot.adapters.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A question file in the format of {@code qa-dev.jsonl}: one JSON object per line with {@code "q"},
 * and either {@code "expect"} (groups of phrases; the answer must contain one phrase of every group)
 * or {@code "answerable": false} (the question must be declined).
 */
final class QuestionFile {

    /** One question and what counts as a pass. */
    record Item(int line, String question, boolean answerable, List<List<String>> expect) {

        /** True when the answer meets the expectation, matching phrases case-insensitively. */
        boolean passes(boolean answered, String answer) {
            if (!answerable) {
                return !answered;
            }
            String text = answer.toLowerCase(Locale.ROOT);
            return answered && expect.stream().allMatch(group -> group.stream()
                    .anyMatch(phrase -> text.contains(phrase.toLowerCase(Locale.ROOT))));
        }
    }

    private QuestionFile() {
    }

    static List<Item> read(Path file, ObjectMapper mapper, String command) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException(command + ": cannot read " + file + ": " + e.getMessage());
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty()) {
                items.add(item(line, i + 1, mapper, command + ": " + file.getFileName() + " line " + (i + 1)));
            }
        }
        if (items.isEmpty()) {
            throw new UsageException(command + ": " + file + " has no questions");
        }
        return items;
    }

    private static Item item(String line, int lineNo, ObjectMapper mapper, String where) {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            throw new UsageException(where + ": not valid JSON");
        }
        if (!node.isObject() || !node.path("q").isTextual() || node.path("q").asText().isBlank()) {
            throw new UsageException(where + ": expected an object with a \"q\" string");
        }
        JsonNode answerable = node.path("answerable");
        if (!answerable.isMissingNode() && !answerable.isBoolean()) {
            throw new UsageException(where + ": \"answerable\" must be true or false");
        }
        boolean isAnswerable = answerable.isMissingNode() || answerable.asBoolean();
        List<List<String>> expect = new ArrayList<>();
        JsonNode groups = node.path("expect");
        if (!groups.isMissingNode()) {
            if (!groups.isArray()) {
                throw new UsageException(where + ": \"expect\" must be a list of phrase lists");
            }
            for (JsonNode group : groups) {
                if (!group.isArray() || group.isEmpty()) {
                    throw new UsageException(where + ": each \"expect\" group must be a non-empty list of phrases");
                }
                List<String> phrases = new ArrayList<>();
                for (JsonNode p : group) {
                    if (!p.isTextual() || p.asText().isBlank()) {
                        throw new UsageException(where + ": phrases in \"expect\" must be non-empty strings");
                    }
                    phrases.add(p.asText());
                }
                expect.add(phrases);
            }
        }
        return new Item(lineNo, node.get("q").asText().strip(), isAnswerable, expect);
    }
}
