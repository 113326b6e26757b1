package org.focalbot.bot.notes.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.focalbot.bot.notes.Note;

/** Keeps the best {@code k} hits seen so far (a bounded heap), so ranking never sorts every match. */
final class TopHits {

    static final Comparator<NotePage.Hit> NEWEST = Comparator
            .comparing((NotePage.Hit h) -> h.note().createdAt())
            .thenComparing(h -> h.note().id());
    static final Comparator<NotePage.Hit> BEST = Comparator
            .comparingDouble(NotePage.Hit::score)
            .thenComparing(NEWEST);

    private final int k;
    private final Comparator<NotePage.Hit> order;
    private final PriorityQueue<NotePage.Hit> heap;
    private int total;

    TopHits(int k, Comparator<NotePage.Hit> order) {
        this.k = k;
        this.order = order;
        this.heap = new PriorityQueue<>(Math.min(k, 1024) + 1, order);
    }

    void offer(Note note, double score) {
        total++;
        NotePage.Hit hit = new NotePage.Hit(note, score);
        if (heap.size() < k) {
            heap.add(hit);
        } else if (order.compare(hit, heap.peek()) > 0) {
            heap.poll();
            heap.add(hit);
        }
    }

    int total() {
        return total;
    }

    NotePage page(int offset, boolean relaxed) {
        List<NotePage.Hit> best = new ArrayList<>(heap);
        best.sort(order.reversed());
        List<NotePage.Hit> page = offset >= best.size() ? List.of() : best.subList(offset, best.size());
        return new NotePage(page, total, offset, relaxed);
    }
}
