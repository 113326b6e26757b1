package org.focalbot.knowledge.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one guidance file in the corpus Markdown format: optional front matter ({@code ---} lines
 * with {@code title:}, {@code publisher:}, {@code year:}, {@code id:}, {@code aliases:}), then
 * {@code #} headings (optionally ending in {@code {#section-id}}), an optional {@code Keywords:}
 * line under a heading, and paragraphs or {@code -} bullets. Every problem is reported with its line.
 *
 * <p>The built-in corpus is read in {@link Mode#STRICT} mode (complete front matter, an explicit
 * id on every heading); operator files in {@link Mode#LENIENT} mode, where a plain text file with
 * no headings at all is one section named after the file.
 */
public final class GuidanceFileParser {

    /** How much structure a file must declare. */
    public enum Mode { STRICT, LENIENT }

    /** The document and sections read from one file. */
    public record ParsedFile(Source source, List<Section> sections) {
    }

    static final String DEFAULT_PUBLISHER = "Local guidance";
    private static final Set<String> FRONT_MATTER_KEYS = Set.of("id", "title", "publisher", "year", "aliases");
    private static final List<String> REQUIRED_KEYS = List.of("id", "title", "publisher", "year");
    private static final Pattern FRONT_MATTER_LINE = Pattern.compile("([A-Za-z]+)\\s*:\\s*(.*)");
    private static final Pattern HEADING = Pattern.compile("(#{1,6})\\s+(.*)");
    private static final Pattern HEADING_ID = Pattern.compile("(.*?)\\s*\\{#([^}]*)}\\s*");
    private static final Pattern VALID_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final Pattern BULLET = Pattern.compile("\\s*(?:[-*+]|\\d{1,2}[.)])\\s+(.*)");
    private static final Pattern KEYWORDS = Pattern.compile("(?i)keywords\\s*:\\s*(.*)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");

    private final Mode mode;

    public GuidanceFileParser(Mode mode) {
        this.mode = mode;
    }

    /** Parses {@code text}, the content of {@code fileName}; throws {@link CorpusException} listing every problem. */
    public ParsedFile parse(String fileName, String text) {
        return new Run(fileName, text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)).parse();
    }

    private static final class Heading {
        final int level;
        final String title;
        final String id;
        final int line;
        final List<String> bodyLines = new ArrayList<>();
        int firstBodyLine;
        boolean hasChildren;

        Heading(int level, String title, String id, int line) {
            this.level = level;
            this.title = title;
            this.id = id;
            this.line = line;
        }
    }

    private final class Run {
        private final String file;
        private final String[] lines;
        private final List<CorpusProblem> problems = new ArrayList<>();

        Run(String file, String[] lines) {
            this.file = file;
            this.lines = lines;
        }

        ParsedFile parse() {
            if (String.join("", lines).isBlank()) {
                throw new CorpusException(new CorpusProblem(file, 0, "the file is empty"));
            }
            Map<String, String> meta = new LinkedHashMap<>();
            int next = readFrontMatter(meta);
            Source source = source(meta);
            List<Heading> headings = new ArrayList<>();
            Heading preamble = new Heading(0, source.title(), null, next + 1);
            preamble.firstBodyLine = next + 1;
            readHeadings(next, preamble, headings);
            List<Section> sections = sections(source, preamble, headings);
            if (!problems.isEmpty()) {
                throw new CorpusException(problems);
            }
            if (sections.isEmpty()) {
                throw new CorpusException(new CorpusProblem(file, 0, "the file has no guidance text, only headings"));
            }
            return new ParsedFile(source, sections);
        }

        /** Returns the index of the first line after the front matter. */
        private int readFrontMatter(Map<String, String> meta) {
            int blankLines = 0;
            while (blankLines < lines.length && lines[blankLines].isBlank()) {
                blankLines++;
            }
            final int first = blankLines;
            if (first >= lines.length || !lines[first].strip().equals("---")) {
                if (mode == Mode.STRICT) {
                    problems.add(new CorpusProblem(file, 1, "front matter (---, title:, publisher:, year:, id:, ---) is required"));
                }
                return 0;
            }
            int close = first + 1;
            while (close < lines.length && !lines[close].strip().equals("---")) {
                close++;
            }
            if (close >= lines.length) {
                problems.add(new CorpusProblem(file, first + 1, "the front matter opened here is never closed with ---"));
                return lines.length;
            }
            for (int i = first + 1; i <= close; i++) {
                String line = lines[i].strip();
                if (i == close) {
                    if (mode == Mode.STRICT) {
                        REQUIRED_KEYS.stream().filter(k -> !meta.containsKey(k)).forEach(k ->
                                problems.add(new CorpusProblem(file, first + 1, "front matter lacks \"" + k + ":\"")));
                    }
                    return i + 1;
                }
                if (line.isEmpty()) {
                    continue;
                }
                Matcher m = FRONT_MATTER_LINE.matcher(line);
                if (!m.matches()) {
                    problems.add(new CorpusProblem(file, i + 1, "front matter lines look like \"title: ...\", got \"" + abbreviate(line) + "\""));
                    continue;
                }
                String key = m.group(1).toLowerCase(Locale.ROOT);
                String value = m.group(2).strip();
                if (!FRONT_MATTER_KEYS.contains(key)) {
                    problems.add(new CorpusProblem(file, i + 1, "unknown front matter key \"" + key + "\" (known: aliases, id, publisher, title, year)"));
                } else if (meta.containsKey(key)) {
                    problems.add(new CorpusProblem(file, i + 1, "\"" + key + "\" is given twice"));
                } else if (value.isEmpty()) {
                    problems.add(new CorpusProblem(file, i + 1, "\"" + key + "\" has no value"));
                } else if (key.equals("id") && !VALID_ID.matcher(value).matches()) {
                    problems.add(new CorpusProblem(file, i + 1, "document id \"" + value + "\" must use a-z, 0-9 and -"));
                } else {
                    meta.put(key, value);
                }
            }
            return close + 1;
        }

        private Source source(Map<String, String> meta) {
            String base = file.replaceFirst("\\.[^.]*$", "");
            String id = meta.getOrDefault("id", "local-" + slug(base));
            String title = meta.getOrDefault("title", titleFromFileName(base));
            List<String> aliases = meta.containsKey("aliases")
                    ? List.of(meta.get("aliases").split("\\s*,\\s*")) : List.of();
            return new Source(id, title, meta.getOrDefault("publisher", DEFAULT_PUBLISHER), meta.getOrDefault("year", ""), aliases);
        }

        private void readHeadings(int start, Heading preamble, List<Heading> headings) {
            Heading current = preamble;
            int previousLevel = -1;
            boolean inFence = false;
            for (int i = start; i < lines.length; i++) {
                String line = lines[i];
                if (line.strip().startsWith("```")) {
                    inFence = !inFence;
                    continue;
                }
                Matcher h = inFence ? null : HEADING.matcher(line);
                if (h == null || !h.matches()) {
                    if (current.bodyLines.isEmpty()) {
                        current.firstBodyLine = i + 1;
                    }
                    current.bodyLines.add(line);
                    continue;
                }
                int level = h.group(1).length();
                if (previousLevel >= 0 && level > previousLevel + 1) {
                    problems.add(new CorpusProblem(file, i + 1, "heading level jumps from " + "#".repeat(previousLevel)
                            + " to " + "#".repeat(level) + "; add the missing level or use " + "#".repeat(previousLevel + 1)));
                }
                previousLevel = level;
                String title = h.group(2).strip();
                String id = null;
                Matcher withId = HEADING_ID.matcher(title);
                if (withId.matches()) {
                    title = withId.group(1).strip();
                    id = withId.group(2).strip();
                    if (!VALID_ID.matcher(id).matches()) {
                        problems.add(new CorpusProblem(file, i + 1, "section id \"" + id + "\" must use a-z, 0-9 and - (e.g. {#launch-event})"));
                    }
                } else if (title.contains("{#")) {
                    problems.add(new CorpusProblem(file, i + 1, "a section id is written {#some-id} at the end of the heading"));
                } else if (mode == Mode.STRICT) {
                    problems.add(new CorpusProblem(file, i + 1, "heading \"" + abbreviate(title) + "\" needs a stable id: end it with {#some-id}"));
                }
                title = inline(title);
                if (title.isEmpty()) {
                    problems.add(new CorpusProblem(file, i + 1, "the heading has no title"));
                }
                current = new Heading(level, title, id, i + 1);
                headings.add(current);
            }
            if (inFence) {
                problems.add(new CorpusProblem(file, lines.length, "a ``` code block is never closed"));
            }
        }

        private List<Section> sections(Source source, Heading preamble, List<Heading> headings) {
            List<Section> out = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            if (!blank(preamble.bodyLines)) {
                if (mode == Mode.STRICT) {
                    problems.add(new CorpusProblem(file, preamble.firstBodyLine, "text before the first heading; put it under a heading"));
                } else {
                    addSection(out, ids, source, source.id(), List.of(source.title()), preamble);
                }
            }
            List<Heading> stack = new ArrayList<>();
            for (int i = 0; i < headings.size(); i++) {
                Heading h = headings.get(i);
                while (!stack.isEmpty() && stack.get(stack.size() - 1).level >= h.level) {
                    stack.remove(stack.size() - 1);
                }
                stack.add(h);
                h.hasChildren = i + 1 < headings.size() && headings.get(i + 1).level > h.level;
                List<String> path = stack.stream().map(s -> s.title).toList();
                String id = h.id != null ? h.id : source.id() + "-" + slug(String.join(" ", path));
                if (blank(h.bodyLines)) {
                    if (!h.hasChildren) {
                        problems.add(new CorpusProblem(file, h.line, "heading \"" + abbreviate(h.title) + "\" has no text under it"));
                    }
                    continue;
                }
                addSection(out, ids, source, id, path, h);
            }
            return out;
        }

        private void addSection(List<Section> out, Set<String> ids, Source source, String id, List<String> path, Heading h) {
            if (!ids.add(id)) {
                problems.add(new CorpusProblem(file, h.line, "section id \"" + id + "\" is used twice in this file"));
                return;
            }
            List<String> keywords = new ArrayList<>();
            List<String> body = new ArrayList<>();
            for (String raw : h.bodyLines) {
                Matcher k = KEYWORDS.matcher(raw.strip());
                if (body.isEmpty() && keywords.isEmpty() && k.matches()) {
                    for (String word : k.group(1).split(",")) {
                        if (!word.isBlank()) {
                            keywords.add(word.strip());
                        }
                    }
                } else {
                    body.add(raw);
                }
            }
            String text = normaliseBody(body);
            if (text.isEmpty()) {
                problems.add(new CorpusProblem(file, h.line, "heading \"" + abbreviate(h.title) + "\" has keywords but no text"));
                return;
            }
            out.add(new Section(id, source, path, keywords, text, file + ":" + h.line));
        }
    }

    /**
     * Joins soft-wrapped lines into paragraphs and keeps bullets one per line ("- text"), so the
     * answer composer can treat each line as a paragraph or a bullet.
     */
    static String normaliseBody(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder block = null;
        boolean bullet = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                flush(out, block, bullet);
                block = null;
                continue;
            }
            Matcher b = BULLET.matcher(raw);
            boolean indentedContinuation = bullet && block != null && raw.startsWith("  ") && !b.matches();
            if (b.matches()) {
                flush(out, block, bullet);
                block = new StringBuilder(inline(b.group(1)));
                bullet = true;
            } else if (indentedContinuation) {
                block.append(' ').append(inline(line));
            } else if (block != null && !bullet && !endsSentence(block)) {
                block.append(' ').append(inline(line));
            } else {
                flush(out, block, bullet);
                block = new StringBuilder(inline(line));
                bullet = false;
            }
        }
        flush(out, block, bullet);
        return String.join("\n", out);
    }

    private static boolean endsSentence(StringBuilder block) {
        char last = block.charAt(block.length() - 1);
        return last == '.' || last == ':' || last == '?' || last == '!' || last == ';';
    }

    private static void flush(List<String> out, StringBuilder block, boolean bullet) {
        if (block != null && !block.isEmpty()) {
            out.add(bullet ? "- " + block : block.toString());
        }
    }

    /** Drops inline Markdown that would show as noise in a chat answer. */
    static String inline(String text) {
        String t = LINK.matcher(text).replaceAll("$1");
        return t.replace("**", "").replace("__", "").replace("`", "").replace("\t", " ").strip();
    }

    private static boolean blank(List<String> lines) {
        return lines.stream().allMatch(String::isBlank);
    }

    static String slug(String text) {
        String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (s.length() > 60) {
            s = s.substring(0, 60).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "section" : s;
    }

    private static String titleFromFileName(String base) {
        String t = base.replace('-', ' ').replace('_', ' ').strip();
        return t.isEmpty() ? "Local guidance" : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
