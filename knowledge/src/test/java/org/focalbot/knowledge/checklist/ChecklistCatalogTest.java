package org.focalbot.knowledge.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChecklistCatalogTest {

    private static final ChecklistCatalog BUNDLED = ChecklistCatalog.loadBundled();

    @Test
    void theBundledChecklistsCoverEveryPhaseWithAllSixDimensions() {
        for (Phase phase : Phase.values()) {
            PhaseChecklist checklist = BUNDLED.of(phase);
            assertEquals(List.of(Dimension.values()), checklist.dimensions(), phase.id());
            for (ChecklistItem item : checklist.items()) {
                assertTrue(item.section().startsWith("II.2."), item.id() + " cites " + item.section());
                assertEquals("ILO, A Guide to Multi-Stakeholder Partnerships", item.document());
                assertEquals(phase, item.phase());
            }
        }
    }

    @Test
    void everyMarkedActionOfTheGuideBecameAnItem() {
        assertEquals(28, BUNDLED.of(Phase.INITIATING).size());
        assertEquals(20, BUNDLED.of(Phase.ADAPTIVE_PLANNING).size());
        assertEquals(21, BUNDLED.of(Phase.COLLABORATIVE_ACTION).size());
        assertEquals(12, BUNDLED.of(Phase.REFLECTIVE_MONITORING).size());
    }

    @Test
    void itemsAreFoundByIdAndKnowTheirPosition() {
        PhaseChecklist initiating = BUNDLED.of(Phase.INITIATING);
        ChecklistItem first = initiating.items().get(0);
        assertEquals(first, BUNDLED.item(first.id()).orElseThrow());
        assertEquals(0, initiating.indexOf(first.id()));
        assertEquals(-1, initiating.indexOf("adaptive-planning.issues.smart-objectives"));
        assertFalse(BUNDLED.item("no.such.item").isPresent());
    }

    @Test
    void aDuplicateIdIsRefusedNamingTheFileAndTheItem() {
        Map<String, String> files = bundledFiles();
        String governance = "\"id\": \"initiating.governance.partner-governance\"";
        files.computeIfPresent("initiating.json", (k, v) -> v.replace(governance,
                "\"id\": \"initiating.governance.partnership-agreement\""));
        ChecklistDataException e = assertThrows(ChecklistDataException.class, () -> load(files));
        assertTrue(e.getMessage().contains("knowledge/checklists/initiating.json"), e.getMessage());
        assertTrue(e.getMessage().contains("initiating.governance.partnership-agreement"), e.getMessage());
    }

    @Test
    void anItemWithoutASourceSectionIsRefusedNamingTheFileAndTheItem() {
        Map<String, String> files = bundledFiles();
        files.computeIfPresent("collaborative-action.json", (k, v) -> v.replace(
                "\"source\": \"II.2.C Collaborative action › Governance\"", "\"source\": \" \""));
        ChecklistDataException e = assertThrows(ChecklistDataException.class, () -> load(files));
        assertEquals("knowledge/checklists/collaborative-action.json: item "
                + "\"collaborative-action.governance.management-structures\" cites no source section (\"source\")",
                e.getMessage());
    }

    @Test
    void anItemWithoutAPromptIsRefusedNamingTheFileAndTheItem() {
        Map<String, String> files = bundledFiles();
        files.computeIfPresent("reflective-monitoring.json", (k, v) -> v.replace(
                "\"prompt\": \"Assess staffing needs and gaps for your organisation's part in the partnership.\",", ""));
        ChecklistDataException e = assertThrows(ChecklistDataException.class, () -> load(files));
        assertEquals("knowledge/checklists/reflective-monitoring.json: item "
                + "\"reflective-monitoring.organisation.staffing-gaps\" has no \"prompt\"", e.getMessage());
    }

    @Test
    void anEmptyDimensionIsRefusedNamingTheFileAndTheDimension() {
        Map<String, String> files = bundledFiles();
        String json = files.get("reflective-monitoring.json");
        int start = json.indexOf("\"dimension\": \"communication\"");
        int itemsStart = json.indexOf('[', start);
        int itemsEnd = json.indexOf(']', itemsStart);
        files.put("reflective-monitoring.json", json.substring(0, itemsStart + 1) + json.substring(itemsEnd));
        ChecklistDataException e = assertThrows(ChecklistDataException.class, () -> load(files));
        assertEquals("knowledge/checklists/reflective-monitoring.json: dimension \"communication\" has no items",
                e.getMessage());
    }

    @Test
    void aFileDeclaringAnotherPhaseIsRefused() {
        Map<String, String> files = bundledFiles();
        String json = files.get("adaptive-planning.json");
        files.put("adaptive-planning.json", json.replace("\"phase\": \"adaptive-planning\"", "\"phase\": \"initiating\""));
        ChecklistDataException e = assertThrows(ChecklistDataException.class, () -> load(files));
        assertTrue(e.getMessage().startsWith("knowledge/checklists/adaptive-planning.json: \"phase\" must be"),
                e.getMessage());
    }

    @Test
    void anItemIdOutsideItsPhaseAndDimensionIsRefused() {
        Map<String, String> files = bundledFiles();
        files.computeIfPresent("initiating.json", (k, v) -> v.replace("\"initiating.resources.financial-partners\"",
                "\"initiating.governance.financial-partners\""));
        ChecklistDataException e = assertThrows(ChecklistDataException.class, () -> load(files));
        assertTrue(e.getMessage().contains("item \"initiating.governance.financial-partners\" must have an id starting "
                + "with \"initiating.resources.\""), e.getMessage());
    }

    @Test
    void brokenJsonAndMissingFilesAreRefusedNamingTheFile() {
        Map<String, String> broken = bundledFiles();
        broken.put("initiating.json", "{\"phase\": \"initiating\",");
        ChecklistDataException e = assertThrows(ChecklistDataException.class, () -> load(broken));
        assertTrue(e.getMessage().startsWith("knowledge/checklists/initiating.json: not valid JSON"), e.getMessage());

        Map<String, String> missing = bundledFiles();
        missing.remove("collaborative-action.json");
        e = assertThrows(ChecklistDataException.class, () -> load(missing));
        assertEquals("knowledge/checklists/collaborative-action.json: checklist file is missing", e.getMessage());
    }

    private static ChecklistCatalog load(Map<String, String> files) {
        return ChecklistCatalog.load(name -> {
            String json = files.get(name);
            return json == null ? null : new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
        });
    }

    private static Map<String, String> bundledFiles() {
        Map<String, String> files = new HashMap<>();
        for (Phase phase : Phase.values()) {
            String name = phase.id() + ".json";
            try (InputStream in = ChecklistCatalog.class.getClassLoader()
                    .getResourceAsStream(ChecklistCatalog.RESOURCE_DIR + name)) {
                files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return files;
    }
}
