package org.focalbot.adapters.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.focalbot.adapters.host.ApiException;
import org.focalbot.adapters.host.Routes;
import org.focalbot.bot.guidance.FeedbackVote;
import org.focalbot.bot.guidance.Guidance;
import org.focalbot.bot.guidance.UnansweredQuestion;
import org.focalbot.knowledge.corpus.CorpusException;
import org.focalbot.knowledge.search.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Curators' endpoints: {@code GET /api/admin/unanswered} lists unanswered questions and feedback
 * votes (newest first, optionally for one {@code workspace}); {@code POST /api/admin/knowledge/reload}
 * re-reads the guidance files and reports a file that cannot be parsed by name and line, keeping
 * the index in use.
 */
public final class KnowledgeAdminRoutes implements Routes {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeAdminRoutes.class);
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1_000;

    private final Guidance guidance;

    public KnowledgeAdminRoutes(Guidance guidance) {
        this.guidance = guidance;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/admin/unanswered", this::unanswered);
        routes.post("/api/admin/knowledge/reload", this::reload);
    }

    private void unanswered(Context ctx) {
        Optional<String> workspace = Optional.ofNullable(ctx.queryParam("workspace")).map(String::strip).filter(w -> !w.isEmpty());
        int limit = limit(ctx.queryParam("limit"));
        List<UnansweredQuestion> questions = guidance.log().unanswered(workspace, limit);
        List<FeedbackVote> votes = guidance.log().votes(workspace, limit);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("unanswered", questions);
        out.put("votes", votes);
        out.put("helpful", votes.stream().filter(FeedbackVote::helpful).count());
        out.put("notHelpful", votes.stream().filter(v -> !v.helpful()).count());
        ctx.json(out);
    }

    private void reload(Context ctx) {
        KnowledgeBase knowledge = guidance.knowledge();
        try {
            KnowledgeBase.Stats stats = knowledge.reload();
            log.info("guidance reloaded: {} documents, {} sections ({} from the knowledge directory) in {} ms",
                    stats.documents(), stats.sections(), stats.operatorSections(), stats.buildMillis());
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("reloaded", true);
            out.put("documents", stats.documents());
            out.put("sections", stats.sections());
            out.put("operatorSections", stats.operatorSections());
            out.put("buildMillis", stats.buildMillis());
            ctx.json(out);
        } catch (CorpusException e) {
            log.warn("guidance reload refused, previous index kept: {}", e.getMessage());
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("error", "the guidance was not reloaded: " + e.getMessage() + ". The previous guidance is still in use.");
            out.put("problems", e.problems().stream()
                    .map(p -> Map.of("file", p.file(), "line", p.line(), "message", p.message()))
                    .toList());
            out.put("sections", knowledge.stats().sections());
            ctx.status(422).json(out);
        }
    }

    private static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int v = Integer.parseInt(raw.strip());
            if (v < 1 || v > MAX_LIMIT) {
                throw ApiException.badRequest("\"limit\" must be between 1 and " + MAX_LIMIT);
            }
            return v;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("\"limit\" must be a whole number");
        }
    }
}
