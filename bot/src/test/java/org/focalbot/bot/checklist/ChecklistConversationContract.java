package org.focalbot.bot.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.focalbot.bot.Assistant;
import org.focalbot.bot.AssistantSettings;
import org.focalbot.bot.BotResponse;
import org.focalbot.bot.MutableClock;
import org.focalbot.bot.Platform;
import org.focalbot.bot.Progress;
import org.focalbot.bot.Reply;
import org.focalbot.bot.nlu.Intents;
import org.focalbot.bot.nlu.IntentClassifier;
import org.focalbot.bot.store.DocumentStore;
import org.focalbot.bot.store.Json;
import org.focalbot.bot.tenancy.TenantRef;
import org.focalbot.bot.tenancy.WorkspaceLink;
import org.focalbot.knowledge.checklist.ChecklistCatalog;
import org.focalbot.knowledge.checklist.ChecklistItem;
import org.focalbot.knowledge.checklist.Phase;
import org.focalbot.knowledge.checklist.PhaseChecklist;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whole checklist conversations through {@code Bot.handle}, run against each store implementation.
 * Subclasses say how to open a store and how to reopen it as after a restart.
 */
abstract class ChecklistConversationContract {

    static final ChecklistCatalog CATALOG = ChecklistCatalog.loadBundled();
    static final Instant START = Instant.parse("2026-04-02T09:00:00Z");

    /** Questions and notes as the trained classifier would label them. */
    static final String QUESTION = "what does the guide say about memoranda of understanding?";
    static final String NOTE = "note for Water Alliance: the mayor agreed the MoU draft";

    final MutableClock clock = new MutableClock(START);
    DocumentStore store;
    Assistant assistant;

    abstract DocumentStore openStore();

    /** Closes {@code old} and opens the same data again, as a server restart would. */
    abstract DocumentStore reopen(DocumentStore old);

    @BeforeEach
    void startAssistant() {
        store = openStore();
        assistant = newAssistant();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    Assistant newAssistant() {
        IntentClassifier classifier = new ScriptedClassifier(Map.of(QUESTION, Intents.ASK_GUIDELINE,
                NOTE, Intents.ADD_NOTE));
        Assistant created = Assistant.create(AssistantSettings.inMemory(), store, Json.newMapper(), clock, classifier);
        // The web chat, a Slack workspace and a Teams tenant of one organisation share its checklists.
        created.workspaces().declare(List.of(new WorkspaceLink("acme", List.of(new TenantRef(Platform.WEB, "local"),
                new TenantRef(Platform.SLACK, "T-acme"), new TenantRef(Platform.TEAMS, "tenant-acme")),
                WorkspaceLink.FROM_FILE, START)));
        return created;
    }

    ChatUser webUser(String conversation) {
        return new ChatUser(assistant.bot(), Platform.WEB, "local", conversation, "u-ana", "Ana Lopez");
    }

    /** Starts a checklist, creating the partnership on the way. */
    static void startCreating(ChatUser user, String request) {
        user.say(request);
        user.click(user.last().replies().get(0).actions().get(0).label());
        assertNotNull(user.reply().progress(), "the first item is asked after creating the partnership");
    }

    static ChecklistItem currentItem(ChatUser user, Phase phase) {
        Progress p = user.reply().progress();
        assertNotNull(p, "expected an item, got: " + user.reply().text());
        return CATALOG.of(phase).items().get(p.done() - 1);
    }

    ChecklistProgress stored(Phase phase) {
        return new ChecklistProgressStore(store, Json.newMapper()).all("org:acme").stream()
                .filter(p -> p.phase().equals(phase.id())).findFirst().orElseThrow();
    }

    @Test
    void aWholePhaseIsCompletedWithButtonsOnly() {
        ChatUser ana = webUser("c-buttons");
        startCreating(ana, "let's do the reflective monitoring checklist for the Water Alliance");
        PhaseChecklist checklist = CATALOG.of(Phase.REFLECTIVE_MONITORING);
        String[] clicks = {"Done", "Not yet", "Skip"};
        for (int i = 0; i < checklist.size(); i++) {
            Reply item = ana.reply();
            assertEquals(new Progress(checklist.items().get(i).dimension().title(), i + 1, checklist.size()),
                    item.progress());
            assertTrue(item.text().endsWith(checklist.items().get(i).prompt()), item.text());
            assertEquals(List.of("Done", "Not yet", "Skip", "Why?", "Pause"),
                    item.actions().stream().map(a -> a.label()).toList());
            if (i == 2) {
                ana.click("Why?");
                assertEquals(checklist.items().get(i).section(), ana.reply().citations().get(0).section());
                assertTrue(ana.reply().text().startsWith("Why it matters: " + checklist.items().get(i).why()));
            }
            BotResponse r = ana.click(clicks[i % 3]);
            assertEquals(Intents.START_CHECKLIST, r.intent());
        }
        Reply summary = ana.reply();
        assertTrue(summary.text().contains("4 done, 4 not yet, 4 skipped"), summary.text());
        assertNull(summary.progress());

        ChecklistProgress progress = stored(Phase.REFLECTIVE_MONITORING);
        assertEquals(ItemStatus.DONE, progress.answer(checklist.items().get(0).id()).orElseThrow().status());
        assertEquals("Ana Lopez", progress.answer(checklist.items().get(0).id()).orElseThrow().byName());
        assertEquals(ItemStatus.NOT_YET, progress.answer(checklist.items().get(1).id()).orElseThrow().status());
        assertEquals(ItemStatus.SKIPPED, progress.answer(checklist.items().get(2).id()).orElseThrow().status());

        ana.click("Export as Markdown");
        String markdown = ana.reply().text();
        assertTrue(markdown.contains("# Water Alliance — Reflective monitoring checklist"), markdown);
        assertTrue(markdown.contains("- [x] " + MarkdownExport.escape(checklist.items().get(0).prompt())), markdown);
        assertTrue(markdown.contains("**not yet**"), markdown);
        assertEquals(markdown.substring(markdown.indexOf("# ")), assistant.checklists()
                .exportMarkdown("org:acme", progress.partnershipId(), Phase.REFLECTIVE_MONITORING).orElseThrow());

        // The summary's "Go through open items" walks only the "not yet" items again.
        ana.clickId("checklist:review:reflective-monitoring:" + progress.partnershipId());
        for (int i = 1; i < checklist.size(); i += 3) {
            assertEquals(checklist.items().get(i), currentItem(ana, Phase.REFLECTIVE_MONITORING));
            ana.click("Done");
        }
        assertTrue(ana.reply().text().contains("8 done, 0 not yet, 4 skipped"), ana.reply().text());
    }

    @Test
    void aWholePhaseIsCompletedWithFreeTextOnly() {
        ChatUser ana = webUser("c-text");
        ana.say("walk me through adaptive planning for the skills alliance");
        assertTrue(ana.reply().text().contains("Shall I create it?"), ana.reply().text());
        ana.say("yes");
        PhaseChecklist checklist = CATALOG.of(Phase.ADAPTIVE_PLANNING);
        assertEquals(1, ana.reply().progress().done());
        assertTrue(ana.last().replies().stream().anyMatch(r -> r.text().contains("Created the partnership Skills Alliance")));

        ana.say("done");
        ana.say("we did that in March");
        ana.say("not yet — Ana, by 15 May");
        ana.say("why does this matter?");
        ChecklistItem fourth = checklist.items().get(3);
        assertTrue(ana.reply().text().startsWith("Why it matters: " + fourth.why()), ana.reply().text());
        assertEquals(4, ana.reply().progress().done(), "why? does not move on");
        ana.say("skip");
        ana.say("not yet, waiting for legal");
        // Items 6-9 are the rest of "working with partners"; 10 is governance, 11-13 resources.
        ana.say("skip the rest of this part");
        assertEquals("Skipped 4 items of Working with partners.\nPart: Governance\n\n" + checklist.items().get(9).prompt(),
                ana.reply().text());
        ana.say("done — MoU signed on 3 March");
        ana.say("skip the resources part");
        assertEquals("Communication", ana.reply().progress().label());
        ana.say("yes");
        ana.say("pending");
        ana.say("completed");
        ana.say("nope");
        ana.say("done");
        ana.say("n/a");
        ana.say("all done");
        Reply summary = ana.reply();
        assertTrue(summary.text().startsWith("Marked done.\nThat was the last item.\nSummary of the Adaptive planning "
                + "checklist for Skills Alliance: 7 done, 4 not yet, 9 skipped."), summary.text());
        assertTrue(summary.text().contains(ChecklistTexts.shorten(checklist.items().get(2).prompt())
                + " — Ana, due 15 May 2026"), summary.text());

        ChecklistProgress progress = stored(Phase.ADAPTIVE_PLANNING);
        ItemAnswer open = progress.answer(checklist.items().get(2).id()).orElseThrow();
        assertEquals(new ItemAnswer(ItemStatus.NOT_YET, 1, "web:u-ana", "Ana Lopez", START, "not yet — Ana, by 15 May",
                "Ana", LocalDate.of(2026, 5, 15)), open);
        List<String> remarks = assistant.notes().notesOf("org:acme", "web:u-ana", progress.partnershipId()).stream()
                .map(n -> n.text()).sorted().toList();
        assertEquals(List.of("done — MoU signed on 3 March", "not yet — Ana, by 15 May", "not yet, waiting for legal",
                "we did that in March"), remarks, "every remark was kept as a note, bare answers were not");
    }

    @Test
    void aPausedChecklistResumesAtTheSameItemAfterARestartADayLater() {
        ChatUser ana = webUser("c-restart");
        startCreating(ana, "start the initiating checklist for the Water Alliance");
        ana.say("done");
        ana.click("Done");
        ChecklistItem third = currentItem(ana, Phase.INITIATING);
        ana.say("stop");
        assertTrue(ana.reply().text().startsWith("Paused the Initiating checklist for Water Alliance at item 3 of 28"),
                ana.reply().text());

        store = reopen(store);
        assistant = newAssistant();
        clock.advance(Duration.ofDays(1));
        ana.on(assistant.bot()).say("hello");
        assertTrue(ana.last().replies().get(0).text().startsWith("Hello Ana"), "the greeting is answered first");
        assertTrue(ana.reply().text().contains("is paused. Say \"continue\""), ana.reply().text());
        ana.say("continue");
        assertEquals(third, currentItem(ana, Phase.INITIATING));
        assertTrue(ana.reply().text().startsWith("Picking up where we left off."), ana.reply().text());

        // Without a pause, the next message after a restart answers the item that was open.
        store = reopen(store);
        assistant = newAssistant();
        ana.on(assistant.bot()).say("done");
        assertEquals(ItemStatus.DONE, stored(Phase.INITIATING).answer(third.id()).orElseThrow().status());
        assertEquals(CATALOG.of(Phase.INITIATING).items().get(3), currentItem(ana, Phase.INITIATING));
    }

    @Test
    void aQuestionOrANoteIsHandledFirstThenTheItemIsAskedAgainOnce() {
        ChatUser ana = webUser("c-interrupt");
        startCreating(ana, "let's do the initiating checklist for the Water Alliance");
        ana.say("done");
        ChecklistItem second = currentItem(ana, Phase.INITIATING);

        for (String interruption : List.of(QUESTION, NOTE)) {
            BotResponse r = ana.say(interruption);
            assertEquals(interruption.equals(QUESTION) ? Intents.ASK_GUIDELINE : Intents.ADD_NOTE, r.intent());
            List<Reply> replies = r.replies();
            assertTrue(replies.size() >= 2, replies.toString());
            assertNull(replies.get(0).progress(), "the interruption is answered before the item is asked again");
            long itemReplies = replies.stream().filter(x -> x.progress() != null).count();
            assertEquals(1, itemReplies, "the item is asked again exactly once");
            Reply reasked = replies.get(replies.size() - 1);
            assertEquals("Back to the checklist:\n\n" + second.prompt(), reasked.text());
            assertEquals(2, reasked.progress().done());
            assertTrue(stored(Phase.INITIATING).answer(second.id()).isEmpty(), "an interruption is not an answer");
        }
        ana.say("done");
        assertEquals(ItemStatus.DONE, stored(Phase.INITIATING).answer(second.id()).orElseThrow().status());
    }

    @Test
    void smallTalkNeverCountsAsAnAnswer() {
        ChatUser ana = webUser("c-smalltalk");
        startCreating(ana, "let's do the collaborative action checklist for the Water Alliance");
        ChecklistItem first = currentItem(ana, Phase.COLLABORATIVE_ACTION);
        for (String smallTalk : List.of("hi", "ok", "hello there", "what can you do?", "lovely weather today")) {
            ana.say(smallTalk);
            assertEquals(first, currentItem(ana, Phase.COLLABORATIVE_ACTION), smallTalk);
        }
        ana.say("thanks, bye");
        assertTrue(ana.reply().text().startsWith("Paused the Collaborative action checklist"), ana.reply().text());
        ana.say("continue");
        assertEquals(first, currentItem(ana, Phase.COLLABORATIVE_ACTION));
        assertTrue(new ChecklistProgressStore(store, Json.newMapper()).all("org:acme").isEmpty(),
                "nothing was recorded");
    }

    @Test
    void twoPeopleOnSlackAndTeamsAnsweringTheSameItemAtOnceNeverLoseAnUpdate() throws Exception {
        ChatUser ben = new ChatUser(assistant.bot(), Platform.SLACK, "T-acme", "C-partnerships", "U1", "Ben Okafor");
        ChatUser chloe = new ChatUser(assistant.bot(), Platform.TEAMS, "tenant-acme", "19:thread", "aad-7", "Chloe Li");
        startCreating(ben, "let's do the initiating checklist for the Water Alliance");
        chloe.say("walk me through initiating for the water alliance");
        assertEquals(1, chloe.reply().progress().done(), "the Teams user joins the same checklist: "
                + chloe.reply().text());

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                ChecklistItem item = currentItem(ben, Phase.INITIATING);
                assertEquals(item, currentItem(chloe, Phase.INITIATING), "round " + round);
                CyclicBarrier together = new CyclicBarrier(2);
                Future<BotResponse> fromSlack = pool.submit(at(together, () -> ben.say("done")));
                Future<BotResponse> fromTeams = pool.submit(at(together, () -> chloe.say("not yet — Dana, by 30 June")));
                String slackSaid = fromSlack.get(10, TimeUnit.SECONDS).replies().get(0).text();
                String teamsSaid = fromTeams.get(10, TimeUnit.SECONDS).replies().get(0).text();

                ItemAnswer kept = stored(Phase.INITIATING).answer(item.id()).orElseThrow();
                assertEquals(1, kept.revision(), "exactly one answer was stored");
                boolean slackWon = kept.status() == ItemStatus.DONE;
                String winner = slackWon ? slackSaid : teamsSaid;
                String loser = slackWon ? teamsSaid : slackSaid;
                assertTrue(winner.startsWith(slackWon ? "Marked done" : "Marked not yet — Dana, due 30 June 2026"), winner);
                assertTrue(loser.startsWith((slackWon ? "Ben Okafor" : "Chloe Li") + " already answered this one just now: "
                        + kept.status().label()), loser);
                assertEquals(slackWon ? "slack:U1" : "teams:aad-7", kept.by());
            }
            // Different items at the same moment: both are kept.
            ChecklistItem current = currentItem(ben, Phase.INITIATING);
            CyclicBarrier together = new CyclicBarrier(2);
            Future<BotResponse> a = pool.submit(at(together, () -> ben.say("done")));
            Future<BotResponse> b = pool.submit(at(together, () -> chloe.say("skip the communication part")));
            a.get(10, TimeUnit.SECONDS);
            b.get(10, TimeUnit.SECONDS);
            ChecklistProgress progress = stored(Phase.INITIATING);
            assertEquals(ItemStatus.DONE, progress.answer(current.id()).orElseThrow().status());
            for (ChecklistItem comms : CATALOG.of(Phase.INITIATING).itemsIn(
                    org.focalbot.knowledge.checklist.Dimension.COMMUNICATION)) {
                assertEquals(ItemStatus.SKIPPED, progress.answer(comms.id()).orElseThrow().status());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSecondClickOnAnAnsweredItemIsRefusedNamingWhoAnswered() {
        ChatUser ana = webUser("c-double");
        startCreating(ana, "let's do the initiating checklist for the Water Alliance");
        String done = ana.button("Done").id();
        ana.clickId(done);
        ChecklistItem second = currentItem(ana, Phase.INITIATING);
        ChatUser colleague = new ChatUser(assistant.bot(), Platform.WEB, "local", "c-double", "u-kofi", "Kofi Mensah");
        colleague.clickId(done.replace(":done:", ":skip:"));
        assertEquals("Ana Lopez already answered this one just now: done. I kept that answer.\n\n" + second.prompt(),
                colleague.reply().text());
        assertEquals(ItemStatus.DONE, stored(Phase.INITIATING).answer(CATALOG.of(Phase.INITIATING).items().get(0).id())
                .orElseThrow().status());
    }

    @Test
    void notYetOwnersAndDatesShowInStatusAndTheDigest() {
        ChatUser ana = webUser("c-open");
        startCreating(ana, "let's do the initiating checklist for the Water Alliance");
        ChecklistItem first = currentItem(ana, Phase.INITIATING);
        ana.say("done");
        ChecklistItem second = currentItem(ana, Phase.INITIATING);
        ana.say("not yet — Kofi, by 10 April");
        ChecklistItem third = currentItem(ana, Phase.INITIATING);
        ana.click("Not yet");
        assertTrue(ana.reply().text().startsWith("Marked not yet. If you like, type who will do it"), ana.reply().text());
        ana.say("Ana, by Friday");
        assertTrue(ana.reply().text().startsWith("Noted for the open item — Ana, due 3 April 2026."), ana.reply().text());

        ana.say("where are we with the water alliance?");
        assertEquals(Intents.CHECKLIST_STATUS, ana.last().intent());
        String status = ana.last().replies().get(0).text();
        assertTrue(status.startsWith("Water Alliance — Initiating: 3 of 28 answered (1 done, 2 not yet, 0 skipped)"), status);
        assertTrue(status.contains("- Issues and context: 3 of 8 answered, 1 done"), status);
        assertTrue(status.contains("Open actions:\n- " + ChecklistTexts.shorten(second.prompt())
                + " — Kofi, due 10 April 2026 (not yet — Kofi, by 10 April)"), status);
        assertTrue(status.contains("- " + ChecklistTexts.shorten(third.prompt()) + " — Ana, due 3 April 2026"), status);

        ChecklistActivity week = assistant.checklists().activity("org:acme", START.minus(Duration.ofDays(7)),
                START.plus(Duration.ofDays(5)));
        assertEquals(List.of(first.id()), week.completed().stream().map(ChecklistActivity.Completed::itemId).toList());
        assertEquals(List.of(third.id(), second.id()), week.open().stream()
                .map(ChecklistActivity.OpenAction::itemId).toList(), "overdue first");
        assertTrue(week.open().get(0).overdue());
        assertFalse(week.open().get(1).overdue());
        assertEquals("Kofi", week.open().get(1).owner());
        assertTrue(assistant.checklists().activity("org:acme", START.plusSeconds(60), START.plus(Duration.ofDays(1)))
                .completed().isEmpty(), "completed items outside the window are left out");
        assertTrue(assistant.checklists().activity("slack:other", START, START.plus(Duration.ofDays(1))).open().isEmpty(),
                "another workspace sees nothing");
    }

    @Test
    void aMissingPhaseIsAskedWithButtonsAndAKnownPartnershipIsFound() {
        ChatUser ana = webUser("c-phase");
        startCreating(ana, "let's do the initiating checklist for the Water Alliance");
        ana.say("pause");
        ChatUser other = webUser("c-phase-2");
        other.say("start a checklist for the water alliance");
        assertEquals("Which phase checklist for Water Alliance?", other.reply().text());
        assertEquals(List.of("Initiating", "Adaptive planning", "Collaborative action", "Reflective monitoring"),
                other.reply().actions().stream().map(a -> a.label()).toList());
        other.click("Adaptive planning");
        assertEquals(new Progress("Issues and context", 1, 20), other.reply().progress());

        ChatUser third = webUser("c-phase-3");
        third.say("start the monitoring checklist");
        assertTrue(third.reply().text().startsWith("Which partnership is this checklist for?"), third.reply().text());
        third.say("the Water Alliance");
        assertEquals(new Progress("Issues and context", 1, 12), third.reply().progress());
    }

    @Test
    void aStatusRequestMidWalkIsAnsweredAndTheWalkCarriesOnAtTheSameItem() {
        ChatUser ana = webUser("c-status");
        startCreating(ana, "let's do the initiating checklist for the Water Alliance");
        ana.say("done");
        ChecklistItem second = currentItem(ana, Phase.INITIATING);
        BotResponse r = ana.say("status");
        assertEquals(Intents.CHECKLIST_STATUS, r.intent());
        assertTrue(r.replies().get(0).text().startsWith("Water Alliance — Initiating: 1 of 28 answered"),
                r.replies().get(0).text());
        assertEquals("Back to the checklist:\n\n" + second.prompt(), ana.reply().text());
        assertEquals(second, currentItem(ana, Phase.INITIATING));
    }

    @Test
    void aStartRequestWrappedInSmallTalkStillStartsAndAGreetingIsNotTakenForAName() {
        ChatUser ana = webUser("c-polite");
        ana.say("hi, can you walk me through the initiating checklist for the Water Alliance?");
        assertEquals(Intents.START_CHECKLIST, ana.last().intent());
        assertTrue(ana.reply().text().startsWith("I don't know a partnership called \"Water Alliance\""),
                ana.reply().text());

        ChatUser kofi = webUser("c-polite-2");
        kofi.say("start the monitoring checklist");
        assertTrue(kofi.reply().text().startsWith("Which partnership is this checklist for?"), kofi.reply().text());
        kofi.say("hello");
        assertEquals(Intents.GREET, kofi.last().intent());
        kofi.say("water alliance");
        assertNotEquals(Intents.START_CHECKLIST, kofi.last().intent(), "the question was dropped once the person moved on");
        kofi.last().replies().forEach(r -> assertNull(r.progress(), "no checklist started: " + r.text()));
    }

    private static Callable<BotResponse> at(CyclicBarrier barrier, Callable<BotResponse> work) {
        return () -> {
            barrier.await(10, TimeUnit.SECONDS);
            return work.call();
        };
    }
}
