package org.focalbot.bot.guidance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The last answers given in a conversation, so a helpful / not helpful click can be tied to the
 * question and sections it rates. Kept in conversation state, bounded.
 *
 * @param answers oldest first
 */
public record RecentAnswers(List<Given> answers) {

    static final int KEEP = 10;

    /** One answer given: its id, the question, and the cited sections. */
    public record Given(String id, String question, List<String> sections) {
        public Given {
            sections = sections == null ? List.of() : List.copyOf(sections);
        }
    }

    public RecentAnswers {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    public static RecentAnswers none() {
        return new RecentAnswers(List.of());
    }

    public RecentAnswers plus(Given given) {
        List<Given> next = new ArrayList<>(answers);
        next.add(given);
        while (next.size() > KEEP) {
            next.remove(0);
        }
        return new RecentAnswers(next);
    }

    public Optional<Given> find(String id) {
        return answers.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
