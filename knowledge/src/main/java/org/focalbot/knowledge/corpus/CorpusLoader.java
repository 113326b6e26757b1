package org.focalbot.knowledge.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads the built-in corpus (the five source documents shipped as resources) and, when an
 * operator directory is configured, every {@code .md} and {@code .txt} file in it. Either all
 * files load or a {@link CorpusException} lists each problem with its file and line.
 */
public final class CorpusLoader {

    /** Resource folder of the built-in corpus; {@code files.txt} in it lists the files in load order. */
    public static final String RESOURCE_DIR = "knowledge/corpus/";
    static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

    private final Optional<Path> operatorDir;

    public CorpusLoader(Optional<Path> operatorDir) {
        this.operatorDir = operatorDir;
    }

    public Optional<Path> operatorDir() {
        return operatorDir;
    }

    /** The built-in corpus plus the operator's files. */
    public Corpus load() {
        List<Section> sections = new ArrayList<>(builtIn());
        List<Section> operator = operatorDir.map(CorpusLoader::operatorFiles).orElse(List.of());
        sections.addAll(operator);
        return assemble(sections, operator.size());
    }

    /** The built-in corpus only. */
    public static Corpus loadBuiltIn() {
        return assemble(builtIn(), 0);
    }

    private static List<Section> builtIn() {
        GuidanceFileParser parser = new GuidanceFileParser(GuidanceFileParser.Mode.STRICT);
        List<Section> out = new ArrayList<>();
        for (String name : resource("files.txt").lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            out.addAll(parser.parse(name, resource(name)).sections());
        }
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = CorpusLoader.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("built-in corpus file " + RESOURCE_DIR + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Section> operatorFiles(Path dir) {
        if (!Files.isDirectory(dir) || !Files.isReadable(dir)) {
            throw new CorpusException(new CorpusProblem(dir.toString(), 0, "is not a readable directory"));
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(CorpusLoader::isGuidanceFile).sorted().toList();
        } catch (IOException e) {
            throw new CorpusException(new CorpusProblem(dir.toString(), 0, "cannot be listed: " + e.getMessage()));
        }
        GuidanceFileParser parser = new GuidanceFileParser(GuidanceFileParser.Mode.LENIENT);
        List<Section> out = new ArrayList<>();
        List<CorpusProblem> problems = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                out.addAll(parser.parse(name, read(file)).sections());
            } catch (CorpusException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new CorpusException(problems);
        }
        return out;
    }

    static boolean isGuidanceFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".md") || name.endsWith(".txt")) && Files.isRegularFile(p);
    }

    /** Reads a file as strict UTF-8; a bad byte is reported with its line number. */
    static String read(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new CorpusException(new CorpusProblem(name, 0, "is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB"));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CorpusException(new CorpusProblem(name, 0, "cannot be read: " + e.getMessage()));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new CorpusException(new CorpusProblem(name, line, "is not valid UTF-8 text; save it as UTF-8"));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Corpus assemble(List<Section> sections, int operatorSections) {
        Map<String, Section> seen = new HashMap<>();
        List<CorpusProblem> problems = new ArrayList<>();
        for (Section s : sections) {
            Section first = seen.putIfAbsent(s.id(), s);
            if (first != null) {
                problems.add(problemAt(s.origin(), "section id \"" + s.id() + "\" is already used at " + first.origin()
                        + "; give this heading its own {#id}"));
            }
        }
        if (!problems.isEmpty()) {
            throw new CorpusException(problems);
        }
        return new Corpus(sections, operatorSections);
    }

    private static CorpusProblem problemAt(String origin, String message) {
        int colon = origin.lastIndexOf(':');
        try {
            return new CorpusProblem(origin.substring(0, colon), Integer.parseInt(origin.substring(colon + 1)), message);
        } catch (RuntimeException e) {
            return new CorpusProblem(origin, 0, message);
        }
    }
}
