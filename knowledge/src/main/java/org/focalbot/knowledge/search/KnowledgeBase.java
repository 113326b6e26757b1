package org.focalbot.knowledge.search;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.focalbot.knowledge.corpus.Corpus;
import org.focalbot.knowledge.corpus.CorpusException;
import org.focalbot.knowledge.corpus.CorpusLoader;
import org.focalbot.knowledge.corpus.Section;

/**
 * The guidance the assistant answers from: the loaded corpus and its search index, answering
 * questions with cited sections or declining when confidence is below {@link #ANSWER_THRESHOLD}.
 * A reload builds a complete new index before swapping it in, so a broken file never takes the
 * index in use down and questions are never answered from a half-built one.
 */
public final class KnowledgeBase {

    /** Below this confidence the documents are taken not to cover the question (see {@link Confidence}). */
    public static final double ANSWER_THRESHOLD = Confidence.THRESHOLD;
    static final int CANDIDATES = 10;
    static final int SUGGESTIONS = 3;
    static final int MAX_QUESTION = 2_000;
    /** A second section is quoted only when it scores at least this share of the best one. */
    static final double COMPANION_SCORE = 0.85;

    /**
     * What is loaded.
     *
     * @param documents        number of documents
     * @param sections         number of sections
     * @param operatorSections sections that came from the operator's directory
     * @param terms            distinct index terms
     * @param buildMillis      time to read, parse and index everything
     * @param loadedAt         when this index went into use
     */
    public record Stats(int documents, int sections, int operatorSections, int terms, long buildMillis, Instant loadedAt) {
    }

    private record Snapshot(Corpus corpus, SectionIndex index, AnswerComposer composer, Stats stats) {
    }

    private final CorpusLoader loader;
    private final Clock clock;
    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final Expansions expansions;
    private volatile Snapshot current;

    /** Loads and indexes the corpus now; throws {@link CorpusException} when a file cannot be parsed. */
    public KnowledgeBase(CorpusLoader loader, Clock clock) {
        this.loader = loader;
        this.clock = clock;
        this.expansions = Expansions.builtIn(analyzer);
        this.current = build();
    }

    /**
     * Re-reads every file and swaps in the new index. On a {@link CorpusException} the index in use
     * stays as it was.
     */
    public synchronized Stats reload() {
        Snapshot next = build();
        current = next;
        return next.stats();
    }

    private Snapshot build() {
        long start = System.nanoTime();
        Corpus corpus = loader.load();
        SectionIndex index = SectionIndex.build(corpus, analyzer, expansions);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Stats stats = new Stats(corpus.sources().size(), corpus.size(), corpus.operatorSections(), index.vocabularySize(),
                millis, clock.instant());
        return new Snapshot(corpus, index, new AnswerComposer(index), stats);
    }

    public Stats stats() {
        return current.stats();
    }

    public Corpus corpus() {
        return current.corpus();
    }

    /** Answers a question from the best-matching section, or declines with up to three closest topics. */
    public Answer ask(String question) {
        Snapshot s = current;
        String q = question == null ? "" : question.strip();
        if (q.length() > MAX_QUESTION) {
            q = q.substring(0, MAX_QUESTION);
        }
        Query query = s.index.parse(q);
        List<Hit> hits = query.isEmpty() ? List.of() : s.index.search(query, CANDIDATES);
        if (hits.isEmpty()) {
            return decline(List.of(), 0);
        }
        Hit best = hits.get(0);
        double confidence = Confidence.of(best, query.concepts().size());
        if (confidence < ANSWER_THRESHOLD) {
            return decline(hits, confidence);
        }
        Section section = best.section();
        String body = s.composer.compose(query, section);
        List<Answer.Source> sources = new ArrayList<>();
        sources.add(new Answer.Source(section.id(), section.source().label(), section.pathLabel(), body));
        StringBuilder text = new StringBuilder(body);
        companion(hits).ifPresent(other -> {
            String extra = s.composer.supplement(query, other.section(), body);
            if (!extra.isEmpty()) {
                text.append('\n').append(extra);
                Section o = other.section();
                sources.add(new Answer.Source(o.id(), o.source().label(), o.pathLabel(), extra));
            }
        });
        text.append(sources.size() == 1 ? "\n\nSource: " : "\n\nSources: ");
        text.append(String.join("; ", sources.stream().map(Answer.Source::citation).toList()));
        return new Answer(true, text.toString(), confidence, sources, List.of());
    }

    /**
     * A second section worth quoting from: one of the same document that scores nearly as well and
     * covers the question as fully, as when a topic and the decision on it are separate sections.
     */
    private static Optional<Hit> companion(List<Hit> hits) {
        Hit best = hits.get(0);
        for (Hit h : hits.subList(1, hits.size())) {
            if (h.score() < COMPANION_SCORE * best.score()) {
                break;
            }
            if (h.section().source().id().equals(best.section().source().id())
                    && h.coverage() >= best.coverage() - 0.05) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    /** The opening of one section, cited: what a "did you mean" topic shows when picked. */
    public Optional<Answer> about(String sectionId) {
        Snapshot s = current;
        return s.corpus.section(sectionId).map(section -> {
            String body = s.composer.overview(section);
            Answer.Source source = new Answer.Source(section.id(), section.source().label(), section.pathLabel(), body);
            return new Answer(true, body + "\n\nSource: " + source.citation(), 1.0, List.of(source), List.of());
        });
    }

    private static Answer decline(List<Hit> hits, double confidence) {
        List<Answer.Topic> topics = new ArrayList<>();
        for (Hit h : hits) {
            if (topics.size() >= SUGGESTIONS) {
                break;
            }
            if (h.coverage() > 0) {
                Section sec = h.section();
                topics.add(new Answer.Topic(sec.id(), sec.pathLabel() + " (" + sec.source().label() + ")"));
            }
        }
        StringBuilder text = new StringBuilder(
                "Sorry, the guidance documents I have do not cover this, so I would rather not guess.");
        if (!topics.isEmpty()) {
            text.append(" Did you mean one of these topics?");
            topics.forEach(t -> text.append("\n- ").append(t.label()));
        } else {
            text.append(" Try asking about partnership phases, governance, resources, communication or the meetings and decisions in the documents.");
        }
        return new Answer(false, text.toString(), confidence, List.of(), topics);
    }
}
