package org.focalbot.adapters.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.focalbot.adapters.host.JsonBody;
import org.focalbot.adapters.host.Routes;
import org.focalbot.bot.nlu.IntentClassifier;
import org.focalbot.bot.nlu.IntentScore;
import org.focalbot.bot.nlu.Interpretation;

/**
 * {@code POST /model/parse}: the intent classifier on its own, answering in the shape of Rasa's
 * endpoint of the same name ({@code text}, {@code intent}, {@code intent_ranking}).
 */
public final class ModelRoutes implements Routes {

    static final int MAX_TEXT = ChatRoutes.MAX_TEXT;

    private final IntentClassifier classifier;
    private final ObjectMapper mapper;

    public ModelRoutes(IntentClassifier classifier, ObjectMapper mapper) {
        this.classifier = classifier;
        this.mapper = mapper;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/model/parse", ctx -> {
            String text = JsonBody.of(ctx, mapper).requiredString("text", MAX_TEXT);
            ctx.json(answer(classifier.interpret(text)));
        });
    }

    static Map<String, Object> answer(Interpretation interpretation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", interpretation.text());
        body.put("intent", score(interpretation.intent()));
        List<Map<String, Object>> ranking = interpretation.ranking().stream().map(ModelRoutes::score).toList();
        body.put("intent_ranking", ranking);
        return body;
    }

    private static Map<String, Object> score(IntentScore s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.intent());
        m.put("confidence", s.confidence());
        return m;
    }
}
