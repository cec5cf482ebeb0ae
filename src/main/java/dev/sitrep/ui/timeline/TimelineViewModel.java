package dev.sitrep.ui.timeline;

import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.JournalSentence;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.TaskExecutor;
import dev.sitrep.ui.common.Workspace;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;

/// The timeline screen: the current incident's journal, newest first, as sentences, filtered by text,
/// operator and kind of thing changed.
///
/// New entries from the change feed are added at the top of [#rows()] as one insertion, so a list showing it
/// can keep its place.
public final class TimelineViewModel {

    /// How many entries are loaded at most: more than the largest incident Sitrep is built for.
    public static final int LOAD_LIMIT = 200_000;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private final Store store;
    private final TaskExecutor executor;
    private final ZoneId zone;
    private UUID incidentId;
    /// Every loaded entry of the current incident, newest first.
    private List<TimelineRow> all = new ArrayList<>();
    private int loadGeneration;

    // Inputs

    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<String> actor = new SimpleObjectProperty<>(this, "actor");
    private final ObjectProperty<EntityType> entity = new SimpleObjectProperty<>(this, "entity");

    // Outputs

    private final ObservableList<TimelineRow> rows = FXCollections.observableArrayList();
    private final ObservableList<TimelineRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<String> actors = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyActors = FXCollections.unmodifiableObservableList(actors);
    private final ObservableList<EntityType> entities = FXCollections.observableArrayList();
    private final ObservableList<EntityType> readOnlyEntities = FXCollections.unmodifiableObservableList(entities);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");

    /// A timeline in the operator's time zone (the system's).
    public TimelineViewModel(Store store, Workspace workspace, TaskExecutor executor) {
        this(store, workspace, executor, ZoneId.systemDefault());
    }

    /// A timeline that writes times in `zone`.
    public TimelineViewModel(Store store, Workspace workspace, TaskExecutor executor, ZoneId zone) {
        this.store = store;
        this.executor = executor;
        this.zone = zone;
        filterText.addListener(_ -> applyFilter());
        actor.addListener(_ -> applyFilter());
        entity.addListener(_ -> applyFilter());
        workspace.currentIncidentProperty().subscribe(this::onIncident);
        workspace.onChanges(this::onChanges);
    }

    // Loading

    private void onIncident(Incident incident) {
        UUID id = incident == null ? null : incident.id();
        heading.set(incident == null ? "No current incident" : "Timeline of " + incident.code());
        if (Objects.equals(id, incidentId) && incident != null) {
            return;  // the same incident, edited: its journal entries arrive through the change feed
        }
        incidentId = id;
        all = new ArrayList<>();
        showAll();
        if (id != null) {
            load(id);
        }
    }

    /// Loads the current incident's journal again.
    public void reload() {
        if (incidentId != null) {
            load(incidentId);
        }
    }

    private void load(UUID id) {
        int generation = ++loadGeneration;
        loading.set(true);
        executor.execute(() -> store.journal().forIncident(id, LOAD_LIMIT).stream().map(this::row).toList(),
                loaded -> {
                    if (generation != loadGeneration) {
                        return;  // another incident was chosen meanwhile
                    }
                    loading.set(false);
                    problem.set("");
                    long newestLoaded = loaded.isEmpty() ? 0 : loaded.getFirst().seq();
                    // Entries that came through the change feed while loading and are newer than the load.
                    List<TimelineRow> merged = new ArrayList<>(all.stream()
                            .filter(row -> row.seq() > newestLoaded).toList());
                    merged.addAll(loaded);
                    all = merged;
                    showAll();
                }, failure -> {
                    loading.set(false);
                    problem.set("The timeline could not be loaded: " + Objects.requireNonNullElse(
                            failure.getMessage(), failure.getClass().getSimpleName()));
                });
    }

    private void onChanges(List<JournalEntry> entries) {
        if (entries.stream().anyMatch(entry -> entry.entity() == EntityType.DATABASE)) {
            all = new ArrayList<>();
            reload();
            return;
        }
        long newest = all.isEmpty() ? 0 : all.getFirst().seq();
        List<TimelineRow> added = entries.stream()
                .filter(entry -> incidentId != null && incidentId.equals(entry.incidentId()) && entry.seq() > newest)
                .sorted(Comparator.comparingLong(JournalEntry::seq).reversed())
                .map(this::row)
                .toList();
        if (added.isEmpty()) {
            return;
        }
        all.addAll(0, added);
        rows.addAll(0, added.stream().filter(filter()).toList());
        updateChoices();
        updateCounts();
    }

    private TimelineRow row(JournalEntry entry) {
        ZonedDateTime at = entry.at().atZone(zone);
        String time = TIME.format(at);
        String actorName = entry.actor().isEmpty() ? "Someone" : entry.actor();
        String sentence = JournalSentence.describe(entry);
        return new TimelineRow(entry.seq(), at.toLocalDate(), time, actorName, sentence, entry.entity(),
                (time + " " + actorName + " " + sentence).toLowerCase(Locale.ROOT));
    }

    // Filtering

    private void showAll() {
        updateChoices();
        applyFilter();
    }

    private void applyFilter() {
        rows.setAll(all.stream().filter(filter()).toList());
        updateCounts();
    }

    private Predicate<TimelineRow> filter() {
        String wanted = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        String wantedActor = actor.get();
        EntityType wantedEntity = entity.get();
        return row -> (wanted.isEmpty() || row.searchText().contains(wanted))
                && (wantedActor == null || wantedActor.equals(row.actor()))
                && (wantedEntity == null || wantedEntity == row.entity());
    }

    private void updateChoices() {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        for (TimelineRow row : all) {
            names.add(row.actor());
            types.add(row.entity());
        }
        if (!actors.equals(List.copyOf(names))) {
            actors.setAll(names);
        }
        if (!entities.equals(List.copyOf(types))) {
            entities.setAll(types);
        }
    }

    private void updateCounts() {
        counts.set(rows.size() == all.size()
                ? String.format(Locale.ENGLISH, "%,d entries", all.size())
                : String.format(Locale.ENGLISH, "%,d of %,d entries", rows.size(), all.size()));
    }

    /// The day heading to show above the row at `index`: its date when it is the first (newest) row of its
    /// day in the list as filtered, empty otherwise.
    public Optional<String> dayHeadingAt(int index) {
        if (index < 0 || index >= rows.size()) {
            return Optional.empty();
        }
        TimelineRow row = rows.get(index);
        if (index > 0 && rows.get(index - 1).day().equals(row.day())) {
            return Optional.empty();
        }
        return Optional.of(DAY.format(row.day()));
    }

    // Property accessors

    /// Words to find in the line (time, operator and sentence), ignoring case.
    public StringProperty filterTextProperty() {
        return filterText;
    }

    /// The operator whose entries are shown; `null` for everyone.
    public ObjectProperty<String> actorProperty() {
        return actor;
    }

    /// The kind of thing changed whose entries are shown; `null` for every kind.
    public ObjectProperty<EntityType> entityProperty() {
        return entity;
    }

    /// The entries shown, newest first.
    public ObservableList<TimelineRow> rows() {
        return readOnlyRows;
    }

    /// The operators who wrote the loaded entries, by name.
    public ObservableList<String> actors() {
        return readOnlyActors;
    }

    /// The kinds of thing the loaded entries are about.
    public ObservableList<EntityType> entities() {
        return readOnlyEntities;
    }

    /// "Timeline of INC-2026-0001".
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /// "1,204 of 20,000 entries".
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /// Why the journal could not be loaded; empty when it could.
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
