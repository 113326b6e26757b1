package org.focalbot.bot.notes.chat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.focalbot.bot.Action;
import org.focalbot.bot.Assistant;
import org.focalbot.bot.AssistantSettings;
import org.focalbot.bot.BotResponse;
import org.focalbot.bot.MutableClock;
import org.focalbot.bot.Platform;
import org.focalbot.bot.Reply;
import org.focalbot.bot.Turn;
import org.focalbot.bot.nlu.Entities;
import org.focalbot.bot.nlu.IntentClassifier;
import org.focalbot.bot.nlu.IntentScore;
import org.focalbot.bot.nlu.Interpretation;
import org.focalbot.bot.notes.TestNotes;
import org.focalbot.bot.store.DocumentStore;
import org.focalbot.bot.store.InMemoryDocumentStore;
import org.focalbot.bot.store.Json;

/**
 * Drives the real assistant through {@code Bot.handle}, with a classifier double that returns the
 * intent (and entities) the test says the NLU would have found.
 */
final class ChatHarness {

    /** The NLU double: the next interpretation is whatever the test scripted. */
    static final class ScriptedClassifier implements IntentClassifier {
        String intent = "out_of_scope";
        Entities entities = Entities.NONE;

        @Override
        public Interpretation interpret(String text) {
            IntentScore top = new IntentScore(intent, 0.9);
            return new Interpretation(text, top, List.of(top), entities);
        }
    }

    final DocumentStore store = new InMemoryDocumentStore();
    final MutableClock clock = new MutableClock(Instant.parse("2025-04-16T10:00:00Z"));
    final ScriptedClassifier nlu = new ScriptedClassifier();
    final Assistant assistant = Assistant.create(AssistantSettings.inMemory(), store, Json.newMapper(), clock, nlu);

    /** One person in one conversation. */
    final class Person {
        final Platform platform;
        final String tenant;
        final String user;
        final String conversation;
        BotResponse last;

        Person(Platform platform, String tenant, String user, String conversation) {
            this.platform = platform;
            this.tenant = tenant;
            this.user = user;
            this.conversation = conversation;
        }

        String says(String intent, String text) {
            nlu.intent = intent;
            nlu.entities = Entities.NONE;
            last = assistant.bot().handle(Turn.text(platform, tenant, conversation, user, user, text));
            return text();
        }

        String saysWithEntities(String intent, String text, Entities entities) {
            nlu.intent = intent;
            nlu.entities = entities;
            last = assistant.bot().handle(Turn.text(platform, tenant, conversation, user, user, text));
            return text();
        }

        String clicks(String label) {
            Action action = buttons().stream().filter(a -> a.label().equals(label)).findFirst()
                    .orElseThrow(() -> new AssertionError("no button \"" + label + "\" in " + buttons()));
            return clicksId(action.id());
        }

        String clicksId(String actionId) {
            last = assistant.bot().handle(Turn.action(platform, tenant, conversation, user, user, actionId));
            return text();
        }

        String text() {
            return String.join("\n", last.replies().stream().map(Reply::text).toList());
        }

        List<Action> buttons() {
            return last.replies().stream().flatMap(r -> r.actions().stream()).toList();
        }

        Optional<Action> button(String label) {
            return buttons().stream().filter(a -> a.label().equals(label)).findFirst();
        }
    }

    Person web(String user) {
        return new Person(Platform.WEB, "local", user, "c-" + user);
    }

    Person slack(String team, String user) {
        return new Person(Platform.SLACK, team, user, "C-" + team + "-" + user);
    }
}
