package org.focalbot.knowledge.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLoaderTest {

    @TempDir
    Path dir;

    @Test
    void markdownAndTextFilesInTheOperatorDirectoryAreAddedToTheBuiltInCorpus() throws IOException {
        Files.writeString(dir.resolve("a.md"), "# Visa letters {#visa-letters}\nAsk the travel unit.\n");
        Files.writeString(dir.resolve("b.txt"), "Per diem follows the ICSC rates.\n");
        Files.writeString(dir.resolve("ignored.pdf"), "not guidance");
        Files.writeString(dir.resolve(".hidden.md"), "# Hidden\nnot loaded\n");
        Corpus corpus = new CorpusLoader(Optional.of(dir)).load();
        assertEquals(CorpusLoader.loadBuiltIn().size() + 2, corpus.size());
        assertEquals(2, corpus.operatorSections());
        assertTrue(corpus.section("visa-letters").isPresent());
        assertTrue(corpus.section("local-b").isPresent());
    }

    @Test
    void anIdAlreadyUsedByAnotherFileIsReportedWithFileAndLine() throws IOException {
        Files.writeString(dir.resolve("clash.md"), "intro\n\n# Resources {#ilo-adaptive-planning-resources}\ntext\n");
        CorpusException e = assertThrows(CorpusException.class, () -> new CorpusLoader(Optional.of(dir)).load());
        CorpusProblem p = e.problems().get(0);
        assertEquals("clash.md", p.file());
        assertEquals(3, p.line());
    }

    @Test
    void everyBrokenFileIsReportedNotJustTheFirst() throws IOException {
        Files.writeString(dir.resolve("one.md"), "---\ntitle: x\n");
        Files.writeString(dir.resolve("two.md"), "# A\n### B\ntext\n");
        CorpusException e = assertThrows(CorpusException.class, () -> new CorpusLoader(Optional.of(dir)).load());
        assertEquals(2, e.problems().stream().map(CorpusProblem::file).distinct().count(), e.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8IsReportedAtTheLineOfTheBadByte() throws IOException {
        Files.write(dir.resolve("latin1.md"), new byte[] {'#', ' ', 'A', '\n', 'o', 'k', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'});
        CorpusException e = assertThrows(CorpusException.class, () -> new CorpusLoader(Optional.of(dir)).load());
        assertEquals(new CorpusProblem("latin1.md", 3, "is not valid UTF-8 text; save it as UTF-8"), e.problems().get(0));
    }

    @Test
    void aMissingOperatorDirectoryIsReported() {
        CorpusException e = assertThrows(CorpusException.class,
                () -> new CorpusLoader(Optional.of(dir.resolve("nope"))).load());
        assertTrue(e.getMessage().contains("is not a readable directory"));
    }
}
