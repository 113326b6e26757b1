package org.focalbot.adapters.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.focalbot.adapters.host.ApiException;
import org.focalbot.adapters.host.Routes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events}: Bolt mounted on Javalin without a servlet. The signature is
 * checked first, on the raw bytes — Bolt's parser runs Gson over the body and logs bodies it does
 * not recognise, which must not happen for requests Slack did not sign — then the request is
 * parsed, run through the Bolt {@link App}, and Bolt's status, headers, content type and body
 * are copied back.
 */
public final class SlackRoutes implements Routes {

    public static final String PATH = "/slack/events";
    private static final Logger log = LoggerFactory.getLogger(SlackRoutes.class);

    private final App app;
    private final SlackRequestParser parser;
    private final SignatureVerifier verifier;

    SlackRoutes(App app, SignatureVerifier verifier) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.verifier = verifier;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(PATH, this::handle);
    }

    private void handle(Context ctx) throws Exception {
        byte[] raw = ctx.bodyAsBytes();
        try {
            verifier.verify(ctx.header(SignatureVerifier.TIMESTAMP_HEADER), ctx.header(SignatureVerifier.SIGNATURE_HEADER), raw);
        } catch (SignatureVerifier.Rejected e) {
            log.debug("refused a Slack request from {}: {}", ctx.ip(), e.getMessage());
            throw ApiException.unauthorized(e.getMessage());
        }
        Request<?> request = parse(ctx, new String(raw, StandardCharsets.UTF_8));
        Response response = app.run(request);
        ctx.status(response.getStatusCode());
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, values) -> values.forEach(v -> ctx.res().addHeader(name, v)));
        }
        if (response.getContentType() != null) {
            ctx.contentType(response.getContentType());
        }
        ctx.result(response.getBody() == null ? "" : response.getBody());
    }

    private Request<?> parse(Context ctx, String body) {
        SlackRequestParser.HttpRequest raw = SlackRequestParser.HttpRequest.builder()
                .requestUri(ctx.path())
                .queryString(ctx.queryParamMap())
                .headers(new RequestHeaders(headers(ctx.req())))
                .requestBody(body)
                .remoteAddress(ctx.ip())
                .build();
        Request<?> request;
        try {
            request = parser.parse(raw);
        } catch (RuntimeException e) {
            request = null;
        }
        if (request == null) {
            throw ApiException.badRequest("the body is not a Slack payload this app understands");
        }
        return request;
    }

    private static Map<String, List<String>> headers(HttpServletRequest req) {
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : Collections.list(req.getHeaderNames())) {
            headers.put(name, Collections.list(req.getHeaders(name)));
        }
        return headers;
    }
}
