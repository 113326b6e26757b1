package org.focalbot.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.focalbot.adapters.host.ApiException;
import org.focalbot.adapters.host.JsonBody;
import org.focalbot.bot.notes.Partner;
import org.focalbot.bot.notes.PartnershipSpec;
import org.focalbot.bot.notes.Sector;
import org.focalbot.knowledge.checklist.Phase;

/** Reads partnership and note fields from request bodies, answering malformed ones with a 400 naming the field. */
final class PartnershipBodies {

    /** Large enough that the note rules, not this reader, report an over-long text with its length. */
    private static final int MAX_RAW_TEXT = 60_000;

    PartnershipSpec spec(JsonBody body, boolean creating) {
        String name = creating ? body.requiredString("name", MAX_RAW_TEXT) : body.optionalString("name", MAX_RAW_TEXT).orElse(null);
        return new PartnershipSpec(name, strings(body, "aliases"), phase(body), partners(body), null, null);
    }

    String noteText(JsonBody body, boolean required) {
        JsonNode v = body.node().get("text");
        if (v == null || v.isNull()) {
            if (required) {
                throw ApiException.badRequest("\"text\" is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw ApiException.badRequest("\"text\" must be a string");
        }
        return v.asText();
    }

    List<String> tags(JsonBody body) {
        List<String> tags = strings(body, "tags");
        return tags == null ? List.of() : tags;
    }

    private static Phase phase(JsonBody body) {
        return body.optionalString("phase", 100).map(raw -> {
            String s = raw.toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
            return Phase.byId(s).orElseThrow(() -> ApiException.badRequest("\"phase\" must be one of initiating, "
                    + "adaptive-planning, collaborative-action, reflective-monitoring; got \"" + raw + "\""));
        }).orElse(null);
    }

    private static List<Partner> partners(JsonBody body) {
        JsonNode v = body.node().get("partners");
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isArray()) {
            throw ApiException.badRequest("\"partners\" must be an array of {\"organisation\": ..., \"sector\": ...}");
        }
        List<Partner> out = new ArrayList<>();
        for (JsonNode p : v) {
            if (p.isTextual()) {
                out.add(new Partner(p.asText(), Sector.guess(p.asText()).orElse(null)));
                continue;
            }
            JsonNode org = p.get("organisation");
            if (!p.isObject() || org == null || !org.isTextual()) {
                throw ApiException.badRequest("each partner needs \"organisation\" (a string)");
            }
            JsonNode sector = p.get("sector");
            Sector s = null;
            if (sector != null && !sector.isNull()) {
                s = Sector.find(sector.asText()).orElseThrow(() -> ApiException.badRequest("\"sector\" must be one of "
                        + "government, private-sector, civil-society, un-multilateral, workers-employers; got \""
                        + sector.asText() + "\""));
            }
            out.add(new Partner(org.asText(), s));
        }
        return out;
    }

    private static List<String> strings(JsonBody body, String field) {
        JsonNode v = body.node().get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isArray()) {
            throw ApiException.badRequest("\"" + field + "\" must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode x : v) {
            if (!x.isTextual()) {
                throw ApiException.badRequest("\"" + field + "\" must be an array of strings");
            }
            out.add(x.asText());
        }
        return out;
    }
}
