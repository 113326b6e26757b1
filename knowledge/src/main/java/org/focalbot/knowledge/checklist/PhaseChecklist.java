package org.focalbot.knowledge.checklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The items of one phase in the order they are walked through, grouped by dimension. */
public final class PhaseChecklist {

    private final Phase phase;
    private final List<ChecklistItem> items;
    private final Map<String, Integer> positions = new LinkedHashMap<>();

    public PhaseChecklist(Phase phase, List<ChecklistItem> items) {
        this.phase = phase;
        this.items = List.copyOf(items);
        for (int i = 0; i < this.items.size(); i++) {
            positions.put(this.items.get(i).id(), i);
        }
    }

    public Phase phase() {
        return phase;
    }

    /** All items, dimension by dimension. */
    public List<ChecklistItem> items() {
        return items;
    }

    public int size() {
        return items.size();
    }

    public Optional<ChecklistItem> item(String id) {
        Integer at = positions.get(id);
        return at == null ? Optional.empty() : Optional.of(items.get(at));
    }

    /** Zero-based position of an item in the walk, or -1 when the item is not in this phase. */
    public int indexOf(String id) {
        return positions.getOrDefault(id, -1);
    }

    /** The dimensions this phase covers, in walk order. */
    public List<Dimension> dimensions() {
        List<Dimension> out = new ArrayList<>();
        for (ChecklistItem item : items) {
            if (!out.contains(item.dimension())) {
                out.add(item.dimension());
            }
        }
        return out;
    }

    public List<ChecklistItem> itemsIn(Dimension dimension) {
        return items.stream().filter(i -> i.dimension() == dimension).toList();
    }
}
