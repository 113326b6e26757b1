package org.focalbot.knowledge.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Acronyms (MSP, SMART, MEL, MoU, HLCM, PN, CEB, UNDIS, CBO, DCO, ...) and everyday synonyms, read
 * from {@code knowledge/search/expansions.tsv} and kept as stems. An acronym and its long form are
 * the same thing in both directions; a synonym only widens a question.
 */
public final class Expansions {

    public static final String RESOURCE = "knowledge/search/expansions.tsv";

    private final Map<String, List<List<String>>> longForms = new HashMap<>();
    /** Long forms by their first stem, so finding them in a text is one lookup per word. */
    private final Map<String, List<Map.Entry<List<String>, String>>> acronymsByPhrase = new HashMap<>();
    private final Map<String, Set<String>> synonyms = new HashMap<>();

    private Expansions() {
    }

    /** Reads the built-in expansion table. */
    public static Expansions builtIn(TextAnalyzer analyzer) {
        try (InputStream in = Expansions.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), analyzer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Expansions parse(String table, TextAnalyzer analyzer) {
        Expansions x = new Expansions();
        int lineNo = 0;
        for (String line : table.split("\n")) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 3) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": expected kind<TAB>term<TAB>expansions");
            }
            List<String> key = analyzer.terms(cols[1]);
            if (key.size() != 1) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": \"" + cols[1] + "\" must be one word");
            }
            String term = key.get(0);
            for (String alternative : cols[2].split("\\|")) {
                List<String> stems = analyzer.terms(alternative);
                if (stems.isEmpty()) {
                    continue;
                }
                switch (cols[0]) {
                    case "acronym" -> {
                        x.longForms.computeIfAbsent(term, t -> new ArrayList<>()).add(stems);
                        x.acronymsByPhrase.computeIfAbsent(stems.get(0), f -> new ArrayList<>()).add(Map.entry(stems, term));
                    }
                    case "synonym" -> x.synonyms.computeIfAbsent(term, t -> new LinkedHashSet<>()).addAll(phraseTerms(stems));
                    default -> throw new IllegalStateException(RESOURCE + " line " + lineNo + ": unknown kind " + cols[0]);
                }
            }
        }
        return x;
    }

    /**
     * The terms that mean the same as parts of {@code stems}: long forms of the acronyms in it and
     * acronyms whose long form appears in it as consecutive terms. Used on sections and questions alike.
     */
    public List<String> equivalents(List<String> stems) {
        List<String> out = new ArrayList<>();
        for (String s : stems) {
            List<List<String>> forms = longForms.get(s);
            if (forms != null) {
                forms.forEach(out::addAll);
            }
        }
        out.addAll(acronymsIn(stems));
        return out;
    }

    /** The acronyms whose long form appears in {@code stems}. */
    public List<String> acronymsIn(List<String> stems) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < stems.size(); i++) {
            for (Map.Entry<List<String>, String> e : acronymsByPhrase.getOrDefault(stems.get(i), List.of())) {
                if (startsRun(stems, i, e.getKey()) && !out.contains(e.getValue())) {
                    out.add(e.getValue());
                }
            }
        }
        return out;
    }

    /** Words a question may mean when it uses {@code stem}. */
    public Set<String> synonyms(String stem) {
        return synonyms.getOrDefault(stem, Set.of());
    }

    /** A one-word alternative as its stem; a longer one as its word pairs, so "human resources" does not match every "resources". */
    private static List<String> phraseTerms(List<String> stems) {
        if (stems.size() == 1) {
            return stems;
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < stems.size(); i++) {
            pairs.add(SectionIndex.bigram(stems.get(i), stems.get(i + 1)));
        }
        return pairs;
    }

    private static boolean startsRun(List<String> stems, int at, List<String> run) {
        if (at + run.size() > stems.size()) {
            return false;
        }
        for (int j = 0; j < run.size(); j++) {
            if (!stems.get(at + j).equals(run.get(j))) {
                return false;
            }
        }
        return true;
    }
}
