package org.focalbot.knowledge.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.focalbot.knowledge.corpus.CorpusLoader;
import org.junit.jupiter.api.Test;

/**
 * Ranking and refusal on a question set written for this purpose (knowledge/retrieval-questions.tsv):
 * questions in users' words with the sections that answer them, and questions the documents do not cover.
 */
class RetrievalQualityTest {

    @Test
    void mostQuestionsGetTheirSectionFirstAndEveryOffTopicQuestionIsDeclined() throws IOException {
        KnowledgeBase kb = new KnowledgeBase(new CorpusLoader(Optional.empty()), Clock.systemUTC());
        int answerable = 0;
        int rightSection = 0;
        List<String> misses = new ArrayList<>();
        List<String> wronglyAnswered = new ArrayList<>();
        for (String line : questions()) {
            String[] cols = line.split("\t");
            Answer a = kb.ask(cols[0]);
            if (cols[1].equals("-")) {
                if (a.answered()) {
                    wronglyAnswered.add(cols[0]);
                }
                continue;
            }
            answerable++;
            String got = a.answered() ? a.sources().get(0).sectionId() : "(declined)";
            if (List.of(cols[1].split("\\|")).contains(got)) {
                rightSection++;
            } else {
                misses.add(cols[0] + " -> " + got);
            }
        }
        assertTrue(wronglyAnswered.isEmpty(), "answered off-topic questions: " + wronglyAnswered);
        assertTrue(rightSection >= 0.9 * answerable, rightSection + "/" + answerable + "; misses: " + misses);
    }

    private static List<String> questions() throws IOException {
        try (InputStream in = RetrievalQualityTest.class.getResourceAsStream("/knowledge/retrieval-questions.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }
}
