package org.focalbot.adapters.host;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * A JSON request body that must be an object, with typed accessors that answer bad input with a
 * 400 naming the field ({@code "text" must be a string}).
 */
public final class JsonBody {

    private final ObjectNode node;

    private JsonBody(ObjectNode node) {
        this.node = node;
    }

    /** Reads the request body (size limited by the server) and parses it. */
    public static JsonBody of(Context ctx, ObjectMapper mapper) {
        return parse(ctx.body(), mapper);
    }

    public static JsonBody parse(String body, ObjectMapper mapper) {
        if (body == null || body.isBlank()) {
            throw ApiException.badRequest("the request body must be a JSON object");
        }
        JsonNode parsed;
        try {
            parsed = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the request body is not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")");
        }
        if (!(parsed instanceof ObjectNode object)) {
            throw ApiException.badRequest("the request body must be a JSON object");
        }
        return new JsonBody(object);
    }

    public ObjectNode node() {
        return node;
    }

    public boolean has(String field) {
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    /** A required string, stripped, 1..maxLength characters. */
    public String requiredString(String field, int maxLength) {
        return optionalString(field, maxLength)
                .orElseThrow(() -> ApiException.badRequest("\"" + field + "\" is required"));
    }

    /** An optional string; present but blank counts as missing. */
    public Optional<String> optionalString(String field, int maxLength) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw ApiException.badRequest("\"" + field + "\" must be a string");
        }
        String s = v.asText().strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.length() > maxLength) {
            throw ApiException.badRequest("\"" + field + "\" must be at most " + maxLength + " characters");
        }
        return Optional.of(s);
    }

    public Optional<Boolean> optionalBoolean(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isBoolean()) {
            throw ApiException.badRequest("\"" + field + "\" must be true or false");
        }
        return Optional.of(v.asBoolean());
    }

    public Optional<Long> optionalLong(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw ApiException.badRequest("\"" + field + "\" must be a whole number");
        }
        return Optional.of(v.asLong());
    }
}
