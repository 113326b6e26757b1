package org.focalbot.bot.notes.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Made-up but realistic-looking partnership notes for the benchmark: a vocabulary of partnership
 * words plus a long tail of rarer ones, drawn with a Zipf distribution as real text is, so that
 * common words have long posting lists and rare ones short.
 */
public final class SyntheticNotes {

    private static final List<String> DOMAIN = List.of(
            "mayor", "agreed", "mou", "draft", "water", "utility", "budget", "pending", "council", "ministry",
            "training", "apprenticeship", "launch", "event", "governance", "steering", "committee", "monitoring",
            "funding", "proposal", "signed", "meeting", "partners", "partnership", "agenda", "minutes", "workshop",
            "baseline", "survey", "indicators", "report", "donor", "grant", "disbursement", "procurement", "legal",
            "review", "contract", "timeline", "delay", "risk", "mitigation", "stakeholders", "community", "youth",
            "women", "employment", "skills", "curriculum", "employers", "unions", "workers", "chamber", "commerce",
            "municipality", "county", "sanitation", "infrastructure", "pipeline", "pilot", "scale", "evaluation",
            "lessons", "learned", "communication", "media", "visibility", "branding", "website", "newsletter",
            "fiduciary", "agent", "secretariat", "chair", "co-chair", "terms", "reference", "objectives", "smart",
            "targets", "outcomes", "outputs", "activities", "workplan", "resources", "in-kind", "cash", "matching",
            "contribution", "approval", "board", "decision", "follow-up", "action", "owner", "deadline", "visit",
            "field", "site", "nairobi", "mombasa", "kisumu", "accra", "dakar", "geneva", "unicef", "undp", "ilo",
            "habitat", "acme", "foundation", "ngo", "private", "sector", "government", "civil", "society", "private",
            "exit", "strategy", "sustainability", "handover", "renewal", "extension", "phase", "initiating",
            "planning", "collaborative", "reflective", "adaptive", "trust", "conflict", "mediation", "consensus",
            "data", "sharing", "privacy", "agreement", "annex", "letter", "intent", "memorandum", "understanding");
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "te", "su", "no", "vi", "de", "po", "an",
            "el", "is", "or", "um", "ba", "ge", "fi", "zu", "ya"};
    private static final String[] TAGS = {"mou", "budget", "legal", "launch", "risk", "monitoring", "funding",
            "visit", "board", "youth", "water", "skills", "report", "procurement", "media"};

    private final String[] vocabulary;
    private final double[] cumulative;

    public SyntheticNotes(long seed) {
        Random random = new Random(seed);
        List<String> words = new ArrayList<>(DOMAIN);
        while (words.size() < 6_000) {
            int syllables = 2 + random.nextInt(3);
            StringBuilder w = new StringBuilder();
            for (int i = 0; i < syllables; i++) {
                w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            words.add(w.toString());
        }
        vocabulary = words.toArray(String[]::new);
        cumulative = new double[vocabulary.length];
        double sum = 0;
        for (int i = 0; i < vocabulary.length; i++) {
            sum += 1.0 / Math.pow(i + 1, 1.05);
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    /** One word, frequent ones more often. */
    public String word(Random random) {
        int i = Arrays.binarySearch(cumulative, random.nextDouble());
        return vocabulary[Math.min(vocabulary.length - 1, i < 0 ? -i - 1 : i)];
    }

    /** A word from the middle of the distribution: what people search for (not "the", not a one-off). */
    public String searchWord(Random random) {
        return vocabulary[5 + (int) Math.min(vocabulary.length - 6, Math.abs(random.nextGaussian()) * 400)];
    }

    /** A note of 10 to 60 words, occasionally with a stop word between them. */
    public String note(Random random) {
        int n = 10 + random.nextInt(51);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(random.nextInt(8) == 0 ? " the " : random.nextInt(12) == 0 ? ", " : " ");
            }
            sb.append(word(random));
        }
        return sb.append('.').toString();
    }

    public List<String> tags(Random random) {
        return random.nextInt(4) == 0 ? List.of(TAGS[random.nextInt(TAGS.length)]) : List.of();
    }

    public String tag(Random random) {
        return TAGS[random.nextInt(TAGS.length)];
    }

    /** A partnership name such as "Water Alliance Nairobi 17". */
    public String partnershipName(int i) {
        String[] first = {"Water", "Skills", "Health", "Youth", "Energy", "Housing", "Jobs", "Climate", "Food", "Data"};
        String[] second = {"Alliance", "Compact", "Coalition", "Platform", "Initiative", "Network", "Fund", "Forum"};
        String[] place = {"Nairobi", "Mombasa", "Accra", "Dakar", "Kisumu", "Lagos", "Kampala", "Addis"};
        return first[i % first.length] + " " + second[(i / first.length) % second.length] + " " + place[i % place.length]
                + " " + (i + 1);
    }
}
