package org.focalbot.knowledge.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BuiltInCorpusTest {

    private final Corpus corpus = CorpusLoader.loadBuiltIn();

    @Test
    void everySectionCitesItsDocumentPublisherYearAndHeadingPath() {
        for (Section s : corpus.sections()) {
            assertFalse(s.source().title().isBlank(), s.id());
            assertFalse(s.source().publisher().isBlank(), s.id());
            assertFalse(s.source().year().isBlank(), s.id());
            assertFalse(s.path().isEmpty(), s.id());
            assertTrue(s.path().stream().noneMatch(String::isBlank), s.id());
            assertTrue(s.citation().startsWith(s.source().publisher() + ", " + s.source().title() + " — "), s.citation());
            assertFalse(s.body().isBlank(), s.id());
        }
    }

    @Test
    void sectionIdsAreUniqueAndStable() {
        Set<String> ids = new HashSet<>();
        for (Section s : corpus.sections()) {
            assertTrue(ids.add(s.id()), "duplicate id " + s.id());
            assertTrue(s.id().matches("[a-z0-9][a-z0-9-]*"), s.id());
        }
        assertTrue(corpus.section("ilo-adaptive-planning-resources").isPresent());
        assertEquals("ILO, A Guide to Multi-Stakeholder Partnerships — Adaptive planning › Resources",
                corpus.section("ilo-adaptive-planning-resources").orElseThrow().citation());
    }

    @Test
    void thereIsOneFilePerSourceDocumentAndEveryFileIsLoaded() throws IOException {
        assertEquals(5, corpus.sources().size());
        Path dir = Path.of("src/main/resources/" + CorpusLoader.RESOURCE_DIR);
        List<String> listed = Files.readAllLines(dir.resolve("files.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(Set.copyOf(listed), files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md")).collect(java.util.stream.Collectors.toSet()));
        }
    }

    @Test
    void theIloGuideHasEveryPhaseByDimensionSection() {
        List<String> phases = List.of("Initiating", "Adaptive planning", "Collaborative action", "Reflective monitoring");
        List<String> dimensions = List.of("Issues, situations, challenges", "Governance", "Resources", "Communication",
                "ILO as a partner");
        for (String phase : phases) {
            for (String dimension : dimensions) {
                assertTrue(hasPath(phase, dimension), phase + " › " + dimension);
            }
            assertTrue(hasPath(phase, "Working with partners") || hasPath(phase, "Working with your partners"),
                    phase + " › working with partners");
        }
    }

    @Test
    void theIloGuideCoversPrinciplesBenefitsDefinitionsAndRoles() {
        for (String id : List.of("ilo-principles-ecosoc", "ilo-principles-unsdg", "ilo-benefits", "ilo-definition",
                "ilo-roles", "ilo-drivers", "ilo-phases", "ilo-dimensions")) {
            assertTrue(corpus.section(id).isPresent(), id);
        }
    }

    private boolean hasPath(String... path) {
        return corpus.sections().stream().anyMatch(s -> s.source().id().equals("ilo-msp-guide")
                && s.path().size() >= path.length && s.path().subList(0, path.length).equals(List.of(path)));
    }
}
