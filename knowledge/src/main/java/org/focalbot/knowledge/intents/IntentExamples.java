package org.focalbot.knowledge.intents;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads intent examples written as {@code label<TAB>text} lines: the project's own training data
 * (one file per label under {@code knowledge/intents/}) or any TSV a caller names.
 */
public final class IntentExamples {

    /** The files of the bundled training set, in a fixed order so its hash is stable. */
    static final List<String> BUNDLED = List.of("greet", "help", "ask_guideline", "start_checklist",
            "checklist_status", "add_note", "find_notes", "digest", "goodbye", "out_of_scope");
    private static final String RESOURCE_DIR = "/knowledge/intents/";
    private static final Pattern LABEL = Pattern.compile("[a-z][a-z0-9_]*");

    private IntentExamples() {
    }

    /** The training data shipped with the assistant; each file holds the examples of the label it is named after. */
    public static List<IntentExample> bundled() {
        List<IntentExample> all = new ArrayList<>();
        for (String name : BUNDLED) {
            String resource = RESOURCE_DIR + name + ".tsv";
            try (InputStream in = IntentExamples.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing bundled intent data " + resource);
                }
                for (IntentExample e : parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource)) {
                    if (!e.label().equals(name)) {
                        throw new IntentDataException(resource + " holds an example labelled \"" + e.label() + "\"");
                    }
                    all.add(e);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return List.copyOf(all);
    }

    /** Reads a TSV file; a malformed line is reported with its file and line number. */
    public static List<IntentExample> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.toString());
        }
    }

    /**
     * Parses {@code label<TAB>text} lines; blank lines and lines starting with {@code #} are skipped.
     *
     * @throws IntentDataException naming the source and line of the first malformed line
     */
    public static List<IntentExample> parse(Reader reader, String source) throws IOException {
        List<IntentExample> out = new ArrayList<>();
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IntentDataException(source + " line " + number + ": expected label<TAB>text");
            }
            String label = line.substring(0, tab).strip();
            String text = line.substring(tab + 1).strip();
            if (!LABEL.matcher(label).matches()) {
                throw new IntentDataException(source + " line " + number + ": bad label \"" + label
                        + "\" (lower-case letters, digits and _)");
            }
            if (text.isEmpty()) {
                throw new IntentDataException(source + " line " + number + ": the text is empty");
            }
            out.add(new IntentExample(label, text));
        }
        return out;
    }
}
