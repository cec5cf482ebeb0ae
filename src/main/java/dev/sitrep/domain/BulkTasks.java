package dev.sitrep.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/// Many tasks at once from one template: one per device or site picked (say every at-risk Exchange
/// server), with planned downtime windows spread from a start, so many at a time, and engineers taken in
/// turn.
///
/// @param title       the template's title; `{name}` becomes each item's name ("Apply patch to {name}")
/// @param parallelism how many windows run at the same time
public record BulkTasks(String title, Instant start, Duration window, int parallelism, List<UUID> engineers) {

    /// One thing a task is made for: its scope and the name the title uses.
    public record Item(Scope scope, String name) {
        public Item {
            Objects.requireNonNull(scope, "scope");
            name = Text.orEmpty(name);
        }
    }

    /// A task as planned, before it is stored.
    public record Planned(String title, Scope scope, UUID assigneeId, TimeWindow downtime) {
    }

    public BulkTasks {
        title = Text.orEmpty(title);
        if (title.isEmpty()) {
            throw new IllegalArgumentException("Title: give the tasks a title.");
        }
        Objects.requireNonNull(start, "start");
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("Downtime: give each window a length.");
        }
        if (parallelism < 1) {
            throw new IllegalArgumentException("At a time: at least one window at a time.");
        }
        engineers = List.copyOf(engineers);
    }

    /// The tasks for `items`, in their order: item i gets window i / parallelism (back to back from the
    /// start) and engineer i modulo their number, or nobody when no engineer was chosen.
    public List<Planned> plan(List<Item> items) {
        List<Planned> planned = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Instant from = start.plus(window.multipliedBy(i / parallelism));
            UUID engineer = engineers.isEmpty() ? null : engineers.get(i % engineers.size());
            planned.add(new Planned(title.replace("{name}", item.name()), item.scope(), engineer,
                    TimeWindow.of(from, window)));
        }
        return planned;
    }
}
