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
/// Without a start and a window ([#withoutDowntime]) the tasks plan no downtime: restoring encrypted
/// devices needs no window agreed with anyone.
///
/// @param title       the template's title; `{name}` becomes each item's name ("Apply patch to {name}")
/// @param start       when the first windows begin, or `null` when the tasks plan no downtime
/// @param window      how long each window is, or `null` when the tasks plan no downtime
/// @param parallelism how many windows run at the same time
public record BulkTasks(String title, Instant start, Duration window, int parallelism, List<UUID> engineers) {

    /// What `{name}` in a title stands for.
    public static final String NAME = "{name}";

    /// One thing a task is made for: its scope and the name the title uses.
    public record Item(Scope scope, String name) {
        public Item {
            Objects.requireNonNull(scope, "scope");
            name = Text.orEmpty(name);
        }
    }

    /// A task as planned, before it is stored.
    ///
    /// @param downtime its window, or `null` when the tasks plan no downtime
    public record Planned(String title, Scope scope, UUID assigneeId, TimeWindow downtime) {

        /// When the task is expected done: the end of its window, so a patch that runs late shows as
        /// overdue on the board; `null` without a window, for the engineer who takes it to say.
        public Instant eta() {
            return downtime == null ? null : downtime.end();
        }

        /// The task to store, to do and with `priority`.
        public IncidentTask task(UUID id, UUID incidentId, Priority priority, Instant createdAt) {
            return new IncidentTask(id, incidentId, title, "", scope, assigneeId, TaskStatus.TODO, "", priority,
                    eta(), downtime, createdAt, createdAt);
        }
    }

    public BulkTasks {
        title = Text.orEmpty(title);
        if (title.isEmpty()) {
            throw new IllegalArgumentException("Title: give the tasks a title.");
        }
        if (start != null || window != null) {
            Objects.requireNonNull(start, "start");
            if (window == null || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("Downtime: give each window a length.");
            }
        }
        if (parallelism < 1) {
            throw new IllegalArgumentException("At a time: at least one window at a time.");
        }
        engineers = List.copyOf(engineers);
    }

    /// Tasks that plan no downtime, engineers still taken in turn.
    public static BulkTasks withoutDowntime(String title, List<UUID> engineers) {
        return new BulkTasks(title, null, null, 1, engineers);
    }

    public boolean plansDowntime() {
        return start != null;
    }

    /// The tasks for `items`, in their order: item i gets window i / parallelism (back to back from the
    /// start) when downtime is planned, and engineer i modulo their number, or nobody when no engineer was
    /// chosen.
    public List<Planned> plan(List<Item> items) {
        List<Planned> planned = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            UUID engineer = engineers.isEmpty() ? null : engineers.get(i % engineers.size());
            TimeWindow downtime = plansDowntime()
                    ? TimeWindow.of(start.plus(window.multipliedBy(i / parallelism)), window)
                    : null;
            planned.add(new Planned(title.replace(NAME, item.name()), item.scope(), engineer, downtime));
        }
        return planned;
    }
}
