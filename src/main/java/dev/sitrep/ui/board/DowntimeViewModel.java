package dev.sitrep.ui.board;

import dev.sitrep.domain.DowntimeOverlaps;
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Scope;
import dev.sitrep.domain.Text;
import dev.sitrep.domain.TimeEntry;
import dev.sitrep.domain.TimeWindow;
import dev.sitrep.store.Store;
import dev.sitrep.ui.board.DowntimeRow.Timing;
import dev.sitrep.ui.common.TaskExecutor;
import dev.sitrep.ui.common.Workspace;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/// The planned downtime of the current incident's open tasks, earliest first, each window with the windows
/// that overlap it at the same site (or, for tasks without a site, the same customer): two outages at once
/// at one place are what the commander must see before the night they happen.
///
/// Follows the journal: task entries of the incident reload the list, and renamed staff or inventory
/// reload the names as well. Whether a window is running or has ended moves with the clock: the view calls
/// [#tick()] now and then, which looks at the clock again without reading the store.
public final class DowntimeViewModel {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm",
            Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY_AND_TIME = DateTimeFormatter.ofPattern("EEE HH:mm",
            Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    /// How much of another task's title a clash names.
    private static final int CLASH_TITLE = 40;

    private final Store store;
    private final Workspace workspace;
    private final TaskExecutor executor;
    private final Clock clock;
    /// Every window of the current incident, as last loaded.
    private List<DowntimeRow> all = List.of();
    private PlaceNames names;
    private int loadGeneration;

    // Inputs

    private final BooleanProperty onlyClashing = new SimpleBooleanProperty(this, "onlyClashing", false);
    private final BooleanProperty hideEnded = new SimpleBooleanProperty(this, "hideEnded", true);
    private final StringProperty text = new SimpleStringProperty(this, "text", "");

    // Outputs

    private final ObservableList<DowntimeRow> rows = FXCollections.observableArrayList();
    private final ObservableList<DowntimeRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private final ReadOnlyIntegerWrapper clashing = new ReadOnlyIntegerWrapper(this, "clashing");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public DowntimeViewModel(Store store, Workspace workspace, TaskExecutor executor, Clock clock) {
        this.store = store;
        this.workspace = workspace;
        this.executor = executor;
        this.clock = clock;
        for (var filter : List.of(onlyClashing, hideEnded, text)) {
            filter.addListener(_ -> applyFilters());
        }
        workspace.currentIncidentProperty().subscribe(_ -> reload());
        workspace.onChanges(this::onChanges);
    }

    // Loading

    /// Reads the current incident's tasks again, and the names too when they may have changed.
    public void reload() {
        Incident incident = workspace.currentIncident();
        int generation = ++loadGeneration;
        if (incident == null) {
            all = List.of();
            applyFilters();
            return;
        }
        PlaceNames known = names;
        executor.execute(() -> load(incident, known == null ? PlaceNames.read(store) : known), loaded -> {
            if (generation != loadGeneration) {
                return;  // another incident was chosen, or a newer load started, meanwhile
            }
            names = loaded.names();
            all = loaded.rows();
            problem.set("");
            applyFilters();
        }, this::failed);
    }

    private record Loaded(List<DowntimeRow> rows, PlaceNames names) {
    }

    private Loaded load(Incident incident, PlaceNames names) {
        Instant now = clock.instant();
        List<DowntimeRow> loaded = DowntimeOverlaps.of(store.tasks().forIncident(incident.id())).stream()
                .map(entry -> row(entry, names, now))
                .toList();
        return new Loaded(loaded, names);
    }

    private void onChanges(List<JournalEntry> entries) {
        Incident incident = workspace.currentIncident();
        if (incident == null) {
            return;
        }
        if (entries.stream().anyMatch(entry -> PlaceNames.changedBy(entry.entity()))) {
            names = null;
        }
        if (names == null || entries.stream().anyMatch(entry -> entry.entity() == EntityType.TASK
                && incident.id().equals(entry.incidentId()))) {
            reload();
        }
    }

    private void failed(Throwable failure) {
        problem.set("The planned downtime could not be loaded: " + Objects.requireNonNullElse(
                failure.getMessage(), failure.getClass().getSimpleName()));
    }

    // Rows

    private DowntimeRow row(DowntimeOverlaps.Entry entry, PlaceNames names, Instant now) {
        IncidentTask task = entry.task();
        TimeWindow window = task.downtime();
        String place = names.place(task.scope());
        String assignee = names.person(task.assigneeId());
        List<String> clashes = entry.clashes().stream().map(other -> clashLine(task, other, names)).toList();
        String clash = switch (entry.clashes().size()) {
            case 0 -> "";
            case 1 -> "overlaps " + shortTitle(entry.clashes().getFirst(), names) + " at "
                    + sharedPlace(task.scope(), entry.clashes().getFirst().scope(), names);
            default -> "overlaps " + entry.clashes().size() + " other windows";
        };
        String search = String.join(" ", task.title(), place, assignee, task.status().label(), clash,
                String.join(" ", clashes)).toLowerCase(Locale.ROOT);
        return new DowntimeRow(task.id(), window.start(), window.end(), DAY_AND_TIME.format(at(window.start())),
                end(window), window.length(), TimeEntry.formatLength(window.length()), task.title(), place, assignee,
                task.status(), clash, clashes, Timing.of(window.start(), window.end(), now), search);
    }

    /// "Patch EXCH-07 with the out-of-band security update · Sat 14 Mar 22:00 to Sun 01:00 · Leeds".
    private String clashLine(IncidentTask task, IncidentTask other, PlaceNames names) {
        TimeWindow window = other.downtime();
        return other.title() + " · " + DAY_AND_TIME.format(at(window.start())) + " to " + end(window) + " · "
                + sharedPlace(task.scope(), other.scope(), names);
    }

    /// A task's title up to the device it names ("Patch EXCH-07" of "Patch EXCH-07 with the out-of-band
    /// security update"), which is enough to tell it from the rest of the list; else its first words.
    private static String shortTitle(IncidentTask task, PlaceNames names) {
        String device = names.devices().get(task.scope().deviceId());
        int at = device == null ? -1 : task.title().indexOf(device);
        return at < 0 ? Text.firstWords(task.title(), CLASH_TITLE) : task.title().substring(0, at + device.length());
    }

    /// Where two clashing windows meet: their site, or their customer when one of them names no site.
    private static String sharedPlace(Scope scope, Scope other, PlaceNames names) {
        if (scope.siteId() != null && other.siteId() != null) {
            return names.sites().getOrDefault(scope.siteId(), "the same site");
        }
        return names.customers().getOrDefault(scope.customerId(), "the same customer");
    }

    /// The end as briefly as the start allows: "01:00" on the same day, "Sun 01:00" within the week, the
    /// full date beyond.
    private String end(TimeWindow window) {
        ZonedDateTime end = at(window.end());
        LocalDate startDay = at(window.start()).toLocalDate();
        if (end.toLocalDate().equals(startDay)) {
            return TIME.format(end);
        }
        return (end.toLocalDate().isBefore(startDay.plusWeeks(1)) ? WEEKDAY_AND_TIME : DAY_AND_TIME).format(end);
    }

    private ZonedDateTime at(Instant instant) {
        return instant.atZone(clock.getZone());
    }

    // Filters and the clock

    /// Looks at the clock again: marks the windows that are running now and hides those that have ended,
    /// when they are hidden. Reads nothing from the store.
    public void tick() {
        applyFilters();
    }

    private void applyFilters() {
        Instant now = clock.instant();
        all = all.stream().map(row -> row.at(now)).toList();
        List<DowntimeRow> considered = all.stream()
                .filter(row -> !hideEnded.get() || row.timing() != Timing.ENDED)
                .toList();
        List<DowntimeRow> shown = considered.stream().filter(wanted()).toList();
        // Rows are values: an unchanged list is left alone, and the table keeps its selection and scroll.
        if (!rows.equals(shown)) {
            rows.setAll(shown);
        }
        int clashCount = (int) considered.stream().filter(DowntimeRow::isClashing).count();
        clashing.set(clashCount);
        counts.set(counts(shown.size(), considered.size(), clashCount, all.size() - considered.size()));
        emptyText.set(emptyText(considered.isEmpty() && !all.isEmpty()));
    }

    private Predicate<DowntimeRow> wanted() {
        String words = text.get() == null ? "" : text.get().strip().toLowerCase(Locale.ROOT);
        return row -> (!onlyClashing.get() || row.isClashing())
                && (words.isEmpty() || row.searchText().contains(words));
    }

    /// "38 windows · 2 clash", "5 of 38 windows · none clash · 4 ended, hidden".
    private String counts(int shown, int considered, int clashCount, int endedHidden) {
        if (workspace.currentIncident() == null) {
            return "";
        }
        String windows = (shown == considered ? "" : Text.number(shown) + " of ") + Text.count(considered, "window");
        String clashes = switch (clashCount) {
            case 0 -> "none clash";
            case 1 -> "1 clashes";
            default -> Text.number(clashCount) + " clash";
        };
        return windows + " · " + clashes + (endedHidden == 0 ? "" : " · " + Text.number(endedHidden)
                + " ended, hidden");
    }

    private String emptyText(boolean allEnded) {
        Incident incident = workspace.currentIncident();
        if (incident == null) {
            return "Choose an incident to see its planned downtime.";
        }
        if (all.isEmpty()) {
            return "No open task of " + incident.code() + " has planned downtime.";
        }
        if (allEnded) {
            return "Every window has ended; show ended windows to see them.";
        }
        return onlyClashing.get() && clashing.get() == 0 ? "No window clashes." : "No window matches.";
    }

    // Property accessors

    /// Only the windows that overlap another at the same place.
    public BooleanProperty onlyClashingProperty() {
        return onlyClashing;
    }

    /// Leaves out the windows that have ended (on at first); a window still running stays.
    public BooleanProperty hideEndedProperty() {
        return hideEnded;
    }

    /// Words to find in a window's task, place, engineer, status or clash, ignoring case.
    public StringProperty textProperty() {
        return text;
    }

    /// The windows shown, earliest first.
    public ObservableList<DowntimeRow> rows() {
        return readOnlyRows;
    }

    /// "38 windows · 2 clash"; empty without a current incident.
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /// How many windows clash, of those considered (ended ones left out while they are hidden).
    public ReadOnlyIntegerProperty clashingProperty() {
        return clashing.getReadOnlyProperty();
    }

    /// What the empty list says: no incident, no downtime, every window ended, no clash, or nothing matches.
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    /// Why the list could not be loaded; empty when it could.
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
