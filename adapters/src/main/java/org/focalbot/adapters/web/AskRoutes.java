package org.focalbot.adapters.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.focalbot.adapters.host.JsonBody;
import org.focalbot.adapters.host.Routes;
import org.focalbot.bot.guidance.Guidance;
import org.focalbot.knowledge.search.Answer;

/**
 * {@code POST /api/ask}: one guideline question in, the cited answer out, exactly as DESIGN.md
 * specifies. Questions asked here belong to the web chat's workspace.
 */
public final class AskRoutes implements Routes {

    static final int MAX_QUESTION = 2_000;

    private final Guidance guidance;
    private final String workspace;
    private final ObjectMapper mapper;

    public AskRoutes(Guidance guidance, String workspace, ObjectMapper mapper) {
        this.guidance = guidance;
        this.workspace = workspace;
        this.mapper = mapper;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/ask", ctx -> {
            String question = JsonBody.of(ctx, mapper).requiredString("question", MAX_QUESTION);
            ctx.json(body(guidance.ask(workspace, question, "api")));
        });
    }

    static Map<String, Object> body(Answer answer) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("answered", answer.answered());
        out.put("answer", answer.text());
        out.put("confidence", Math.round(answer.confidence() * 1000) / 1000.0);
        List<Map<String, String>> sources = answer.sources().stream()
                .map(s -> Map.of("document", s.document(), "section", s.section(), "excerpt", s.excerpt()))
                .toList();
        out.put("sources", sources);
        return out;
    }
}
