package dev.sitrep.ui.board;

import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Shift;
import dev.sitrep.domain.ShiftHours;
import dev.sitrep.domain.Staff;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.domain.TaskStatus;
import dev.sitrep.domain.Text;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.TaskExecutor;
import dev.sitrep.ui.common.Workspace;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/// The people of the war room beside the board: who is on shift, how many open tasks each carries, and
/// how long each has been on shift in the last 24 hours (long from 10 hours, too long from 12), so the
/// commander can spread the work and send people to rest. Starting and ending a shift is journaled.
public final class RosterViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ROOT);

    /// One person in the roster.
    ///
    /// @param lastDay time on shift in the 24 hours up to now
    public record Person(UUID staffId, String name, StaffRole role, boolean onShift, boolean lead, int openTasks,
                         int blockedTasks, Duration lastDay, ShiftHours.Level level) {

        /// "10 h 20 min on shift in 24 h", or nothing for someone who has not been on.
        public String hours() {
            if (lastDay.isZero()) {
                return "";
            }
            return lastDay.toHours() + " h " + String.format(Locale.ROOT, "%02d", lastDay.toMinutesPart())
                    + " in 24 h";
        }

        /// "5 open · 1 blocked", or "no open task".
        public String load() {
            if (openTasks == 0) {
                return "no open task";
            }
            return openTasks + " open" + (blockedTasks == 0 ? "" : " · " + blockedTasks + " blocked");
        }
    }

    private final Store store;
    private final Workspace workspace;
    private final TaskExecutor executor;
    private final Clock clock;

    private final BooleanProperty onShiftOnly = new SimpleBooleanProperty(false);
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unassigned = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private Loaded loaded = Loaded.EMPTY;

    public RosterViewModel(Store store, Workspace workspace, TaskExecutor executor, Clock clock) {
        this.store = store;
        this.workspace = workspace;
        this.executor = executor;
        this.clock = clock;
        onShiftOnly.addListener((_, _, _) -> show(loaded));
        workspace.currentIncidentProperty().subscribe(_ -> reload());
        workspace.onChanges(this::onChanges);
    }

    /// What the roster is made from: read together, off the FX thread.
    private record Loaded(List<Staff> staff, List<Shift> shifts, List<IncidentTask> tasks) {
        static final Loaded EMPTY = new Loaded(List.of(), List.of(), List.of());
    }

    // Loading

    public void reload() {
        Incident incident = workspace.currentIncident();
        if (incident == null) {
            show(Loaded.EMPTY);
            return;
        }
        executor.execute(() -> load(incident), this::show, this::failed);
    }

    private Loaded load(Incident incident) {
        return new Loaded(store.staff().all(), store.shifts().forIncident(incident.id()),
                store.tasks().forIncident(incident.id()));
    }

    private void onChanges(List<JournalEntry> entries) {
        Incident incident = workspace.currentIncident();
        if (incident != null && entries.stream().anyMatch(entry -> touchesRoster(entry, incident))) {
            reload();
        }
    }

    private static boolean touchesRoster(JournalEntry entry, Incident incident) {
        return switch (entry.entity()) {
            case STAFF, DATABASE -> true;
            case SHIFT, TASK -> incident.id().equals(entry.incidentId());
            default -> false;
        };
    }

    /// Works the hours out again for the time now: called every minute while the roster shows.
    public void tick() {
        show(loaded);
    }

    private void show(Loaded data) {
        loaded = data;
        problem.set("");
        Instant now = clock.instant();
        Map<UUID, Duration> hours = ShiftHours.lastDay(data.shifts(), now);
        Optional<Shift> running = running(data.shifts());
        Map<UUID, List<IncidentTask>> open = data.tasks().stream().filter(IncidentTask::isOpen)
                .filter(task -> task.assigneeId() != null)
                .collect(Collectors.groupingBy(IncidentTask::assigneeId));
        Predicate<Person> shown = onShiftOnly.get() ? Person::onShift : _ -> true;
        people.setAll(data.staff().stream()
                .map(staff -> person(staff, running, open.getOrDefault(staff.id(), List.of()),
                        hours.getOrDefault(staff.id(), Duration.ZERO)))
                .filter(shown)
                .sorted(Comparator.comparing((Person person) -> !person.onShift())
                        .thenComparing(person -> person.role() != StaffRole.ENGINEER)
                        .thenComparing(Person::name, String.CASE_INSENSITIVE_ORDER))
                .toList());
        summary.set(summary(running, data.staff()));
        long waiting = data.tasks().stream().filter(task -> task.isOpen() && task.assigneeId() == null).count();
        unassigned.set(waiting == 0 ? "Every open task has someone on it"
                : Text.count(waiting, "open task") + " with nobody on it");
    }

    private static Person person(Staff staff, Optional<Shift> running, List<IncidentTask> open, Duration lastDay) {
        boolean onShift = running.map(shift -> shift.isOn(staff.id())).orElse(false);
        boolean lead = running.map(shift -> staff.id().equals(shift.leadId())).orElse(false);
        int blocked = (int) open.stream().filter(task -> task.status() == TaskStatus.BLOCKED).count();
        return new Person(staff.id(), staff.name(), staff.role(), onShift, lead, open.size(), blocked, lastDay,
                ShiftHours.level(lastDay));
    }

    private String summary(Optional<Shift> running, List<Staff> staff) {
        if (running.isEmpty()) {
            return "No shift running: start one from a person";
        }
        Shift shift = running.get();
        long on = staff.stream().filter(person -> shift.isOn(person.id())).count();
        String lead = staff.stream().filter(person -> person.id().equals(shift.leadId())).map(Staff::name)
                .findFirst().map(name -> ", led by " + name).orElse("");
        return on + " on shift since " + TIME.format(shift.start().atZone(clock.getZone())) + lead;
    }

    private static Optional<Shift> running(List<Shift> shifts) {
        return shifts.stream().filter(Shift::isRunning).max(Comparator.comparing(Shift::start));
    }

    private void failed(Throwable failure) {
        problem.set(Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getSimpleName()));
    }

    // Actions

    /// Puts the person on the running shift, or starts a shift they lead when none runs.
    public void startShift(UUID staffId) {
        change(incident -> store.shifts().join(incident.id(), staffId, workspace.operator()));
    }

    /// Takes the person off the running shift; the shift ends when they were the last on it.
    public void endShift(UUID staffId) {
        change(incident -> store.shifts().leave(incident.id(), staffId, workspace.operator()));
    }

    private void change(Consumer<Incident> write) {
        Incident incident = workspace.currentIncident();
        if (incident == null) {
            return;
        }
        executor.execute(() -> {
            write.accept(incident);
            return load(incident);
        }, this::show, this::failed);
    }

    // Properties

    /// Everyone on the staff, those on shift first, engineers before others, then by name.
    public ObservableList<Person> people() {
        return people;
    }

    /// Only the people on shift now.
    public BooleanProperty onShiftOnlyProperty() {
        return onShiftOnly;
    }

    /// "6 on shift since Mon 08:00, led by Priya Shah".
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /// "12 open tasks with nobody on it": work waiting for a person.
    public ReadOnlyStringProperty unassignedProperty() {
        return unassigned.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
