package org.focalbot.knowledge.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.focalbot.knowledge.corpus.Section;

/**
 * Picks what to say from a section: the whole of a short section, otherwise its opening sentence
 * plus the sentences and bullets that speak most to the question, at most five, in the section's order.
 */
final class AnswerComposer {

    static final int MAX_UNITS = 5;
    static final int MAX_CHARS = 750;
    /** Sections this short are given whole: cutting them loses more than it saves. */
    static final int WHOLE_SECTION_CHARS = 650;
    static final int SUPPLEMENT_UNITS = 2;

    // A sentence ends at . ! or ? followed by a capital or an opening quote, but not after a title or "p." style abbreviation.
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<=[.!?])(?<!\\b(?:Mr|Ms|Mrs|Dr|St|No|p|pp|e\\.g|i\\.e|vs|al|Ref)\\.)\\s+(?=[A-Z\"“(])");
    private static final Pattern LABEL = Pattern.compile("(?i)(key\\s+)?(actions?|priorities|activities|emphasise|potential actions)\\s*(include)?\\s*:");

    private record Unit(int order, String text, boolean bullet, double relevance) {
    }

    private final SectionIndex index;

    AnswerComposer(SectionIndex index) {
        this.index = index;
    }

    /** The answer text for {@code query} from {@code section}, without the citation line. */
    String compose(Query query, Section section) {
        List<Unit> units = units(query, section);
        int chars = units.stream().mapToInt(u -> u.text.length()).sum();
        List<Unit> chosen;
        if (units.size() <= MAX_UNITS || chars <= WHOLE_SECTION_CHARS) {
            chosen = units;
        } else {
            chosen = choose(units);
        }
        return render(chosen);
    }

    /**
     * Up to {@link #SUPPLEMENT_UNITS} sentences or bullets of a second section that speak to the
     * question and are not already in {@code already}; empty when none does.
     */
    String supplement(Query query, Section section, String already) {
        int room = Math.min(SUPPLEMENT_UNITS, MAX_UNITS - (int) already.lines().count());
        if (room <= 0 || already.length() >= MAX_CHARS) {
            return "";
        }
        List<Unit> ranked = new ArrayList<>(units(query, section));
        ranked.removeIf(u -> u.relevance <= 0 || already.contains(u.text) || u.text.endsWith(":"));
        ranked.sort(Comparator.comparingDouble((Unit u) -> -u.relevance).thenComparingInt(u -> u.order));
        List<Unit> chosen = new ArrayList<>(ranked.subList(0, Math.min(room, ranked.size())));
        chosen.sort(Comparator.comparingInt(u -> u.order));
        return render(chosen);
    }

    /** The opening of a section, for a "did you mean" follow-up where there is no question to match. */
    String overview(Section section) {
        List<Unit> units = units(null, section);
        List<Unit> chosen = new ArrayList<>();
        int chars = 0;
        for (Unit u : units) {
            if (chosen.size() >= MAX_UNITS || (chars + u.text.length() > MAX_CHARS && !chosen.isEmpty())) {
                break;
            }
            chosen.add(u);
            chars += u.text.length();
        }
        return render(chosen);
    }

    private List<Unit> units(Query query, Section section) {
        List<Unit> out = new ArrayList<>();
        for (String line : section.body().split("\n")) {
            boolean bullet = line.startsWith("- ");
            String text = bullet ? line.substring(2).strip() : line.strip();
            if (text.isEmpty() || LABEL.matcher(text).matches()) {
                continue;
            }
            List<String> pieces = bullet ? List.of(text) : List.of(SENTENCE_END.split(text));
            for (String piece : pieces) {
                double r = query == null ? 0 : index.relevance(query, piece);
                out.add(new Unit(out.size(), piece.strip(), bullet, r));
            }
        }
        return out;
    }

    private static List<Unit> choose(List<Unit> units) {
        List<Unit> chosen = new ArrayList<>();
        Unit lead = units.get(0);
        chosen.add(lead);
        int chars = lead.text.length();
        List<Unit> ranked = new ArrayList<>(units.subList(1, units.size()));
        ranked.sort(Comparator.comparingDouble((Unit u) -> -u.relevance).thenComparingInt(u -> u.order));
        for (Unit u : ranked) {
            if (chosen.size() >= MAX_UNITS) {
                break;
            }
            if (u.relevance <= 0 && chosen.size() >= 3) {
                break;
            }
            if (chars + u.text.length() > MAX_CHARS && chosen.size() >= 2) {
                continue;
            }
            chosen.add(u);
            chars += u.text.length();
        }
        chosen.sort(Comparator.comparingInt(u -> u.order));
        return chosen;
    }

    private static String render(List<Unit> units) {
        StringBuilder sb = new StringBuilder();
        boolean previousBullet = false;
        for (Unit u : units) {
            if (sb.isEmpty()) {
                sb.append(u.bullet ? "- " : "").append(u.text);
            } else if (u.bullet) {
                sb.append('\n').append("- ").append(u.text);
            } else {
                sb.append(previousBullet ? "\n" : " ").append(u.text);
            }
            previousBullet = u.bullet;
        }
        return sb.toString();
    }
}
