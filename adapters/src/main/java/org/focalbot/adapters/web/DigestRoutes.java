package org.focalbot.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.focalbot.adapters.host.ApiException;
import org.focalbot.adapters.host.JsonBody;
import org.focalbot.adapters.host.Routes;
import org.focalbot.bot.Platform;
import org.focalbot.bot.delivery.ConversationAddress;
import org.focalbot.bot.digest.Delivery;
import org.focalbot.bot.digest.Digest;
import org.focalbot.bot.digest.DigestRequest;
import org.focalbot.bot.digest.DigestScheduler;
import org.focalbot.bot.digest.Digests;
import org.focalbot.bot.digest.MarkdownDigest;
import org.focalbot.bot.digest.PlainTextDigest;
import org.focalbot.bot.digest.Subscription;
import org.focalbot.bot.digest.SubscriptionEditor;
import org.focalbot.bot.tenancy.Workspaces;

/**
 * The digest's JSON API: list, create or change, and delete a conversation's subscription, and
 * preview this week's digest. Subscriptions are addressed by platform, tenant and conversation
 * (web chat by default) and always read and written in that tenant's workspace.
 */
public final class DigestRoutes implements Routes {

    private final Digests digests;
    private final Workspaces workspaces;
    private final ObjectMapper mapper;
    private final Clock clock;

    public DigestRoutes(Digests digests, Workspaces workspaces, ObjectMapper mapper, Clock clock) {
        this.digests = digests;
        this.workspaces = workspaces;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/digest/subscriptions", this::list);
        routes.put("/api/digest/subscriptions", this::upsert);
        routes.delete("/api/digest/subscriptions", this::delete);
        routes.get("/api/digest/preview", this::preview);
    }

    private void list(Context ctx) {
        Platform platform = platform(ctx.queryParam("platform"));
        String tenant = tenant(platform, ctx.queryParam("tenant"));
        String workspace = workspaces.workspaceOf(platform, tenant);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Subscription s : digests.subscriptions().inWorkspace(workspace)) {
            out.add(view(s));
        }
        ctx.json(Map.of("workspace", workspace, "subscriptions", out));
    }

    private void upsert(Context ctx) {
        JsonBody body = JsonBody.of(ctx, mapper);
        Platform platform = platform(body.optionalString("platform", 10).orElse(null));
        String tenant = tenant(platform, body.optionalString("tenant", 200).orElse(null));
        String conversation = body.requiredString("conversation", 500);
        Optional<DayOfWeek> day = body.optionalString("day", 20).map(DigestRoutes::day);
        Optional<LocalTime> time = body.optionalString("time", 10).map(DigestRoutes::time);
        Optional<ZoneId> zone = body.optionalString("timeZone", 60).map(DigestRoutes::zone);
        List<String> partnerships = stringList(body.node().get("partnerships"));
        boolean all = body.node().has("partnerships") && partnerships.isEmpty();
        DigestRequest request = new DigestRequest(DigestRequest.Kind.SUBSCRIBE, day, time, zone, partnerships, all,
                body.optionalBoolean("skipQuietWeeks"));
        ConversationAddress address = new ConversationAddress(platform, tenant, conversation);
        String workspace = workspaces.workspaceOf(platform, tenant);
        SubscriptionEditor.Result result = digests.editor().apply(workspace, address, "api", request);
        if (result instanceof SubscriptionEditor.Result.Refused refused) {
            throw new ApiException(422, refused.reason());
        }
        SubscriptionEditor.Result.Saved saved = (SubscriptionEditor.Result.Saved) result;
        ctx.status(saved.created() ? 201 : 200).json(view(saved.subscription()));
    }

    private void delete(Context ctx) {
        Platform platform = platform(ctx.queryParam("platform"));
        String tenant = tenant(platform, ctx.queryParam("tenant"));
        String conversation = Optional.ofNullable(ctx.queryParam("conversation")).filter(c -> !c.isBlank())
                .orElseThrow(() -> ApiException.badRequest("the \"conversation\" query parameter is required"));
        String workspace = workspaces.workspaceOf(platform, tenant);
        ConversationAddress address = new ConversationAddress(platform, tenant, conversation);
        Subscription s = digests.subscriptions().forConversation(workspace, address)
                .orElseThrow(() -> ApiException.notFound("that conversation has no digest subscription"));
        digests.subscriptions().delete(workspace, s.id());
        ctx.status(204);
    }

    private void preview(Context ctx) {
        Platform platform = platform(ctx.queryParam("platform"));
        String tenant = tenant(platform, ctx.queryParam("tenant"));
        String workspace = workspaces.workspaceOf(platform, tenant);
        Optional<Subscription> s = Optional.ofNullable(ctx.queryParam("conversation")).filter(c -> !c.isBlank())
                .flatMap(c -> digests.subscriptions().forConversation(workspace,
                        new ConversationAddress(platform, tenant, c)));
        Instant now = clock.instant();
        Digest d = digests.composer().compose(workspace, s.map(Subscription::partnershipIds).orElse(List.of()),
                now.minus(DigestScheduler.WINDOW), now, s.map(x -> x.schedule().zone()).orElse(digests.defaultZone()));
        ctx.json(Map.of("markdown", MarkdownDigest.render(d), "text", PlainTextDigest.render(d).text(),
                "quiet", d.quiet()));
    }

    private Map<String, Object> view(Subscription s) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", s.id());
        v.put("platform", s.address().platform().id());
        v.put("tenant", s.address().tenant());
        v.put("conversation", s.address().conversation());
        v.put("day", s.schedule().day().name().toLowerCase(Locale.ROOT));
        v.put("time", s.schedule().time().toString());
        v.put("timeZone", s.schedule().zone().getId());
        v.put("partnerships", s.partnershipIds());
        v.put("covers", digests.editor().scopeText(s));
        v.put("skipQuietWeeks", s.skipQuietWeeks());
        v.put("status", s.status().name().toLowerCase(Locale.ROOT));
        if (s.statusReason() != null) {
            v.put("statusReason", s.statusReason());
        }
        if (s.active()) {
            v.put("next", s.schedule().nextAfter(clock.instant()).toString());
        }
        digests.ledger().forSubscription(s.workspace(), s.id()).stream()
                .max(Comparator.comparing(Delivery::period))
                .ifPresent(d -> v.put("lastDelivery", lastDelivery(d)));
        return v;
    }

    private static Map<String, Object> lastDelivery(Delivery d) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("period", d.period());
        v.put("state", d.state().name().toLowerCase(Locale.ROOT));
        if (d.lastError() != null) {
            v.put("error", d.lastError());
        }
        return v;
    }

    private static Platform platform(String raw) {
        if (raw == null || raw.isBlank()) {
            return Platform.WEB;
        }
        for (Platform p : Platform.values()) {
            if (p.id().equals(raw.strip().toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        throw ApiException.badRequest("\"platform\" must be web, slack or teams");
    }

    private static String tenant(Platform platform, String raw) {
        if (raw != null && !raw.isBlank()) {
            if (platform == Platform.WEB && !raw.strip().equals(ChatRoutes.WEB_TENANT)) {
                throw ApiException.badRequest("the web chat's tenant is \"" + ChatRoutes.WEB_TENANT + "\"");
            }
            return raw.strip();
        }
        if (platform == Platform.WEB) {
            return ChatRoutes.WEB_TENANT;
        }
        throw ApiException.badRequest("\"tenant\" is required for " + platform.id()
                + " (the Slack team or enterprise id, or the Teams tenant id)");
    }

    private static DayOfWeek day(String raw) {
        try {
            return DayOfWeek.valueOf(raw.strip().toUpperCase(Locale.ROOT).replaceFirst("S$", ""));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("\"day\" must be a day of the week such as \"monday\"");
        }
    }

    private static LocalTime time(String raw) {
        try {
            return LocalTime.parse(raw.strip().length() == 4 ? "0" + raw.strip() : raw.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("\"time\" must be a 24-hour time such as \"09:00\"");
        }
    }

    private static ZoneId zone(String raw) {
        try {
            return ZoneId.of(raw.strip());
        } catch (DateTimeException e) {
            throw ApiException.badRequest("\"timeZone\" must be an IANA time zone such as \"Africa/Nairobi\"");
        }
    }

    private static List<String> stringList(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw ApiException.badRequest("\"partnerships\" must be a list of partnership names or ids");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode n : node) {
            if (!n.isTextual() || n.asText().isBlank()) {
                throw ApiException.badRequest("\"partnerships\" must be a list of partnership names or ids");
            }
            out.add(n.asText().strip());
        }
        return out;
    }
}
