package org.focalbot.bot.guidance;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.focalbot.bot.Action;
import org.focalbot.bot.Citation;
import org.focalbot.bot.Reply;
import org.focalbot.bot.conversation.StateSlot;
import org.focalbot.bot.dialogue.Dialogue;
import org.focalbot.bot.dialogue.TurnContext;
import org.focalbot.bot.nlu.Intents;
import org.focalbot.knowledge.search.Answer;
import org.focalbot.knowledge.search.KnowledgeBase;

/**
 * Guideline questions: answers {@code ask_guideline} turns from the knowledge base with citations
 * and helpful / not helpful buttons, records unanswered questions and votes for curators, and
 * answers the "did you mean" topic buttons. {@code POST /api/ask} uses {@link #ask} too, so chat and
 * API answer the same way.
 */
public final class Guidance {

    /** Button ids: "guidance:helpful:ID", "guidance:unhelpful:ID", "guidance:topic:SECTION". */
    public static final String ACTIONS = "guidance";
    static final StateSlot<RecentAnswers> RECENT = new StateSlot<>("guidance", RecentAnswers.class);
    /** Slack and Teams cut button labels around this length. */
    static final int MAX_LABEL = 70;

    private final KnowledgeBase knowledge;
    private final GuidanceLog log;

    public Guidance(KnowledgeBase knowledge, GuidanceLog log) {
        this.knowledge = knowledge;
        this.log = log;
    }

    /** Registers the question handler and the button handler on a dialogue. */
    public Dialogue.Builder register(Dialogue.Builder dialogue) {
        return dialogue.on(Intents.ASK_GUIDELINE, this::onQuestion).onAction(ACTIONS, Intents.ASK_GUIDELINE, this::onAction);
    }

    public KnowledgeBase knowledge() {
        return knowledge;
    }

    public GuidanceLog log() {
        return log;
    }

    /** Answers for a workspace; a question the documents do not cover is recorded for curators. */
    public Answer ask(String workspace, String question, String channel) {
        Answer answer = knowledge.ask(question);
        if (!answer.answered()) {
            log.recordUnanswered(workspace, question.strip(), answer.confidence(),
                    answer.suggestions().stream().map(Answer.Topic::label).toList(), channel);
        }
        return answer;
    }

    /** The {@code ask_guideline} intent handler. */
    public void onQuestion(TurnContext ctx) {
        String question = ctx.turn().text();
        Answer answer = ask(ctx.workspace(), question, "chat");
        if (answer.answered()) {
            answered(ctx, question, answer);
        } else {
            List<Action> topics = answer.suggestions().stream()
                    .map(t -> new Action(ACTIONS + ":topic:" + t.sectionId(), label(t.label())))
                    .toList();
            ctx.reply(Reply.withActions(answer.text(), topics));
        }
    }

    /** Handles the helpful / not helpful and topic buttons. */
    public void onAction(TurnContext ctx, String argument) {
        int colon = argument.indexOf(':');
        String kind = colon < 0 ? argument : argument.substring(0, colon);
        String value = colon < 0 ? "" : argument.substring(colon + 1);
        switch (kind) {
            case "helpful", "unhelpful" -> vote(ctx, value, kind.equals("helpful"));
            case "topic" -> knowledge.about(value).ifPresentOrElse(
                    a -> answered(ctx, a.sources().get(0).section(), a),
                    () -> ctx.say("That topic is no longer in the loaded guidance. Ask your question again and I'll look it up."));
            default -> ctx.say("That button is no longer active. Ask your question again and I'll look it up.");
        }
    }

    private void answered(TurnContext ctx, String question, Answer answer) {
        String id = UUID.randomUUID().toString().substring(0, 12);
        List<String> sections = answer.sources().stream().map(Answer.Source::sectionId).toList();
        RecentAnswers recent = ctx.state().get(RECENT).orElse(RecentAnswers.none());
        ctx.state().set(RECENT, recent.plus(new RecentAnswers.Given(id, question, sections)));
        List<Citation> citations = new ArrayList<>();
        for (Answer.Source s : answer.sources()) {
            citations.add(new Citation(s.document(), s.section(), s.excerpt()));
        }
        List<Action> actions = List.of(
                new Action(ACTIONS + ":helpful:" + id, "Helpful"),
                new Action(ACTIONS + ":unhelpful:" + id, "Not helpful"));
        ctx.reply(Reply.withActions(answer.text(), actions).withCitations(citations));
    }

    private void vote(TurnContext ctx, String answerId, boolean helpful) {
        var given = ctx.state().get(RECENT).flatMap(r -> r.find(answerId));
        if (given.isEmpty()) {
            ctx.say("I can no longer find that answer to record your feedback. Ask again and rate the new answer.");
            return;
        }
        log.recordVote(ctx.workspace(), answerId, given.get().question(), given.get().sections(), helpful,
                ctx.turn().author());
        ctx.say(helpful
                ? "Thanks, glad it helped."
                : "Thanks for telling me. I've noted it for the people who curate the guidance; rephrasing the question may find a better section.");
    }

    private static String label(String text) {
        return text.length() <= MAX_LABEL ? text : text.substring(0, MAX_LABEL - 1).strip() + "…";
    }
}
