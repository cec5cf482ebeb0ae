package dev.sitrep.store;

import java.util.Map;

/// What writing a snapshot did, section by section.
public record SnapshotLoadResult(Map<SnapshotSection<?>, Tally> tallies) {

    /// Rows of one section added, updated and found unchanged.
    public record Tally(long added, long updated, long unchanged) {

        public static final Tally NONE = new Tally(0, 0, 0);
        static final Tally ADDED = new Tally(1, 0, 0);
        static final Tally UPDATED = new Tally(0, 1, 0);
        static final Tally UNCHANGED = new Tally(0, 0, 1);

        Tally plus(Tally other) {
            return new Tally(added + other.added, updated + other.updated, unchanged + other.unchanged);
        }
    }

    public SnapshotLoadResult {
        tallies = Map.copyOf(tallies);
    }

    public Tally of(SnapshotSection<?> section) {
        return tallies.getOrDefault(section, Tally.NONE);
    }

    /// All sections together.
    public Tally total() {
        return tallies.values().stream().reduce(Tally.NONE, Tally::plus);
    }
}
