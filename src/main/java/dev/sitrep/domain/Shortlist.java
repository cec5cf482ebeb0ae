package dev.sitrep.domain;

import java.util.List;

/// The first items of a longer list, and how many were left out: what a printed page has room for.
///
/// @param more how many items follow the shown ones
public record Shortlist<T>(List<T> shown, int more) {

    public Shortlist {
        shown = List.copyOf(shown);
        if (more < 0) {
            throw new IllegalArgumentException("more must not be negative: " + more);
        }
    }

    /// The first `limit` of `items` (already in order of importance).
    public static <T> Shortlist<T> of(List<T> items, int limit) {
        return items.size() <= limit ? new Shortlist<>(items, 0)
                : new Shortlist<>(items.subList(0, limit), items.size() - limit);
    }

    public int total() {
        return shown.size() + more;
    }

    public boolean isEmpty() {
        return shown.isEmpty();
    }
}
