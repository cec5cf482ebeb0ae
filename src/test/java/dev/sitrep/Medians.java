package dev.sitrep;

import java.util.List;

/// The figure every benchmark prints: the median of its runs.
public final class Medians {

    private Medians() {
    }

    /// The middle value, or the mean of the two middle values of an even number of runs.
    public static long of(List<Long> runs) {
        List<Long> sorted = runs.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
