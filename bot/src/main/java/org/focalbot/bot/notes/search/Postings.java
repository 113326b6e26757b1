package org.focalbot.bot.notes.search;

import java.util.Arrays;

/**
 * The notes (by slot) that contain one term, in ascending slot order, with the term's frequency
 * in each. Append-only: slots only grow, deleted notes are skipped by the caller.
 */
final class Postings {

    private int[] slots = new int[4];
    private int[] freqs = new int[4];
    private int size;

    void add(int slot, int freq) {
        if (size == slots.length) {
            slots = Arrays.copyOf(slots, size * 2);
            freqs = Arrays.copyOf(freqs, size * 2);
        }
        slots[size] = slot;
        freqs[size] = freq;
        size++;
    }

    int size() {
        return size;
    }

    int slot(int i) {
        return slots[i];
    }

    int freq(int i) {
        return freqs[i];
    }

    /** The index of the first entry at or after {@code from} whose slot is ≥ {@code slot}. */
    int seek(int from, int slot) {
        if (from >= size || slots[from] >= slot) {
            return from;
        }
        // Gallop then binary search: intersections walk many short lists in step.
        int step = 1;
        int lo = from;
        int hi = from + 1;
        while (hi < size && slots[hi] < slot) {
            lo = hi;
            step <<= 1;
            hi = from + step;
        }
        hi = Math.min(hi, size);
        int i = Arrays.binarySearch(slots, lo, hi, slot);
        return i >= 0 ? i : -i - 1;
    }
}
