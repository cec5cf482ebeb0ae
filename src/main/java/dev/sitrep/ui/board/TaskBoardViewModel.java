package dev.sitrep.ui.board;

import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.EtaRisk;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Priority;
import dev.sitrep.domain.TaskStatus;
import dev.sitrep.domain.TimeWindow;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.TaskExecutor;
import dev.sitrep.ui.common.Workspace;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/// The incident's tasks in four columns (to do, in progress, blocked, done in the last 24 hours), filtered
/// by engineer, customer, site, priority, text or "mine", with moves between columns and reassignments
/// written to the store, which journals them.
public final class TaskBoardViewModel {

    /// An ETA turns amber this long before it is due.
    static final Duration ETA_WARNING = Duration.ofHours(1);
    /// Done tasks stay on the board this long.
    static final Duration DONE_SHOWN = Duration.ofHours(24);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ROOT);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    /// How close a task's ETA is.
    public enum EtaUrgency { NONE, LATER, SOON, OVERDUE }

    /// One card: what the board shows of a task.
    ///
    /// @param breaksPromise its ETA is after a time promised to its customer
    public record Card(UUID id, String title, String scope, UUID assigneeId, String assignee, Priority priority,
                       TaskStatus status, String eta, EtaUrgency etaUrgency, String downtime, String blockedReason,
                       boolean breaksPromise, String searchText, Set<UUID> places) {
    }

    private final Store store;
    private final Workspace workspace;
    private final TaskExecutor executor;
    private final Clock clock;

    private final BoardPreferences preferences;
    private final ObjectProperty<UUID> engineer = new SimpleObjectProperty<>();
    private final ObjectProperty<UUID> customer = new SimpleObjectProperty<>();
    private final ObjectProperty<UUID> site = new SimpleObjectProperty<>();
    private final ObjectProperty<Priority> priority = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty mine = new SimpleBooleanProperty(false);
    private final Map<TaskStatus, ObservableList<Card>> columns = new EnumMap<>(TaskStatus.class);
    private final ObservableList<Choice> engineers = FXCollections.observableArrayList();
    private final ObservableList<Choice> customers = FXCollections.observableArrayList();
    private final ObservableList<Choice> sites = FXCollections.observableArrayList();
    private List<Choice> allSites = List.of();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private List<Card> all = List.of();
    private Map<UUID, IncidentTask> tasksById = Map.of();
    private PlaceNames names;

    /// @param preferences where the filters are remembered between sessions
    public TaskBoardViewModel(Store store, Workspace workspace, TaskExecutor executor, Clock clock,
                              BoardPreferences preferences) {
        this.store = store;
        this.workspace = workspace;
        this.executor = executor;
        this.clock = clock;
        this.preferences = preferences;
        for (TaskStatus status : TaskStatus.values()) {
            columns.put(status, FXCollections.observableArrayList());
        }
        restore(preferences.boardFilter());
        customer.addListener((_, _, chosen) -> narrowSites(chosen));
        for (var filter : List.of(engineer, customer, site, priority, text, mine)) {
            filter.addListener((_, _, _) -> filterChanged());
        }
        workspace.currentIncidentProperty().subscribe(_ -> reload());
        workspace.onChanges(this::onChanges);
    }

    // Loading

    public void reload() {
        Incident incident = workspace.currentIncident();
        if (incident == null) {
            all = List.of();
            applyFilters();
            return;
        }
        PlaceNames known = names;
        executor.execute(() -> load(incident, known == null ? PlaceNames.read(store) : known), this::show, this::failed);
    }

    /// A person or place the board can be filtered by.
    ///
    /// @param parentId a site's customer; `null` for people and customers
    public record Choice(UUID id, UUID parentId, String name) {
    }

    private record Loaded(List<Card> cards, Map<UUID, IncidentTask> tasks, PlaceNames names, List<Choice> engineers,
                          List<Choice> customers, List<Choice> sites) {
    }

    private Loaded load(Incident incident, PlaceNames names) {
        List<IncidentTask> tasks = store.tasks().forIncident(incident.id());
        Set<UUID> breaking = EtaRisk.tasksBreakingPromises(store.commitments().forIncident(incident.id()), tasks);
        Instant now = clock.instant();
        List<Card> cards = tasks.stream()
                .filter(task -> task.status() != TaskStatus.DONE || task.updatedAt().isAfter(now.minus(DONE_SHOWN)))
                .map(task -> card(task, names, breaking.contains(task.id()), now))
                .sorted(Comparator.comparing(Card::priority).thenComparing(Card::title))
                .toList();
        return new Loaded(cards, tasks.stream().collect(Collectors.toMap(IncidentTask::id, Function.identity())),
                names, choices(tasks, IncidentTask::assigneeId, _ -> null, names.staff()),
                choices(tasks, task -> task.scope().customerId(), _ -> null, names.customers()),
                choices(tasks, task -> task.scope().siteId(), task -> task.scope().customerId(), names.sites()));
    }

    /// The people or places the incident's tasks name, by name: what a filter offers.
    private static List<Choice> choices(List<IncidentTask> tasks, Function<IncidentTask, UUID> id,
                                        Function<IncidentTask, UUID> parent, Map<UUID, String> names) {
        Map<UUID, Choice> byId = new HashMap<>();
        for (IncidentTask task : tasks) {
            UUID key = id.apply(task);
            if (key != null) {
                byId.computeIfAbsent(key, _ -> new Choice(key, parent.apply(task), names.getOrDefault(key, "")));
            }
        }
        return byId.values().stream().sorted(Comparator.comparing(Choice::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private Card card(IncidentTask task, PlaceNames names, boolean breaksPromise, Instant now) {
        String scope = names.place(task.scope());
        String assignee = names.person(task.assigneeId());
        String eta = task.eta() == null ? "" : TIME.format(task.eta().atZone(clock.getZone()));
        String downtime = task.downtime() == null ? "" : window(task.downtime());
        Set<UUID> places = Stream.of(task.scope().customerId(), task.scope().siteId(),
                task.scope().deviceId()).filter(Objects::nonNull).collect(Collectors.toSet());
        String search = String.join(" ", task.title(), task.detail(), scope, assignee, task.blockedReason())
                .toLowerCase(Locale.ROOT);
        return new Card(task.id(), task.title(), scope, task.assigneeId(), assignee, task.priority(), task.status(),
                eta, urgency(task, now), downtime, task.blockedReason(), breaksPromise, search, places);
    }

    /// "Sun 21:00–23:30", or "Sun 21:00 – Mon 02:00" across midnight.
    private String window(TimeWindow window) {
        var start = window.start().atZone(clock.getZone());
        var end = window.end().atZone(clock.getZone());
        return TIME.format(start) + (start.toLocalDate().equals(end.toLocalDate())
                ? "–" + CLOCK.format(end) : " – " + TIME.format(end));
    }

    static EtaUrgency urgency(IncidentTask task, Instant now) {
        if (task.eta() == null || task.status() == TaskStatus.DONE) {
            return EtaUrgency.NONE;
        }
        if (task.eta().isBefore(now)) {
            return EtaUrgency.OVERDUE;
        }
        return task.eta().isBefore(now.plus(ETA_WARNING)) ? EtaUrgency.SOON : EtaUrgency.LATER;
    }

    private void show(Loaded loaded) {
        names = loaded.names();
        all = loaded.cards();
        tasksById = loaded.tasks();
        problem.set("");
        if (!engineers.equals(loaded.engineers())) {
            engineers.setAll(loaded.engineers());
        }
        if (!customers.equals(loaded.customers())) {
            customers.setAll(loaded.customers());
        }
        allSites = loaded.sites();
        narrowSites(customer.get());
        applyFilters();
    }

    private void onChanges(List<JournalEntry> entries) {
        Incident incident = workspace.currentIncident();
        if (incident == null) {
            return;
        }
        if (entries.stream().anyMatch(entry -> PlaceNames.changedBy(entry.entity()))) {
            names = null;
        }
        if (names == null || entries.stream().anyMatch(entry -> incident.id().equals(entry.incidentId())
                && (entry.entity() == EntityType.TASK || entry.entity() == EntityType.COMMITMENT))) {
            reload();
        }
    }

    private void failed(Throwable failure) {
        problem.set(Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getSimpleName()));
    }

    // Filters

    private void restore(BoardFilter remembered) {
        engineer.set(remembered.engineer());
        customer.set(remembered.customer());
        site.set(remembered.site());
        priority.set(remembered.priority());
        text.set(remembered.text());
        mine.set(remembered.mine());
    }

    private void filterChanged() {
        preferences.rememberBoardFilter(new BoardFilter(engineer.get(), customer.get(), site.get(), priority.get(),
                text.get(), mine.get()));
        applyFilters();
    }

    /// The sites a filter offers: those of the chosen customer, or all. A chosen site of another customer is
    /// let go.
    private void narrowSites(UUID chosenCustomer) {
        List<Choice> offered = allSites.stream()
                .filter(choice -> chosenCustomer == null || chosenCustomer.equals(choice.parentId())).toList();
        if (!sites.equals(offered)) {
            sites.setAll(offered);
        }
        if (site.get() != null && chosenCustomer != null && offered.stream().noneMatch(c -> c.id().equals(site.get()))
                && !allSites.isEmpty()) {
            site.set(null);
        }
    }

    /// Lets every filter go.
    public void clearFilters() {
        restore(BoardFilter.NONE);
    }

    private void applyFilters() {
        Operator me = workspace.operator();
        String wanted = text.get() == null ? "" : text.get().strip().toLowerCase(Locale.ROOT);
        Map<TaskStatus, List<Card>> byColumn = all.stream()
                .filter(card -> engineer.get() == null || engineer.get().equals(card.assigneeId()))
                .filter(card -> customer.get() == null || card.places().contains(customer.get()))
                .filter(card -> site.get() == null || card.places().contains(site.get()))
                .filter(card -> priority.get() == null || priority.get() == card.priority())
                .filter(card -> wanted.isEmpty() || card.searchText().contains(wanted))
                .filter(card -> !mine.get() || me != null && me.staffId().equals(card.assigneeId()))
                .collect(Collectors.groupingBy(Card::status));
        columns.forEach((status, column) -> column.setAll(byColumn.getOrDefault(status, List.of())));
    }

    // Moves

    /// Moves a task to another column; a blocked task needs the reason it waits for.
    public void move(UUID taskId, TaskStatus to, String blockedReason) {
        IncidentTask task = tasksById.get(taskId);
        if (task == null || task.status() == to) {
            return;
        }
        IncidentTask moved = new IncidentTask(task.id(), task.incidentId(), task.title(), task.detail(), task.scope(),
                task.assigneeId(), to, to == TaskStatus.BLOCKED ? blockedReason : "", task.priority(), task.eta(),
                task.downtime(), task.createdAt(), task.updatedAt());
        save(moved);
    }

    /// Gives a task to someone else (or nobody, with `null`): a card dropped on a person.
    public void assign(UUID taskId, UUID staffId) {
        IncidentTask task = tasksById.get(taskId);
        if (task == null || Objects.equals(task.assigneeId(), staffId)) {
            return;
        }
        save(new IncidentTask(task.id(), task.incidentId(), task.title(), task.detail(), task.scope(), staffId,
                task.status(), task.blockedReason(), task.priority(), task.eta(), task.downtime(), task.createdAt(),
                task.updatedAt()));
    }

    private void save(IncidentTask task) {
        Incident incident = workspace.currentIncident();
        Operator by = workspace.operator();
        PlaceNames known = names;
        executor.execute(() -> {
            store.tasks().save(task, by);
            return load(incident, known == null ? PlaceNames.read(store) : known);
        }, this::show, this::failed);
    }

    // Properties

    public ObservableList<Card> column(TaskStatus status) {
        return columns.get(status);
    }

    /// Only the tasks of this engineer; `null` for everyone's.
    public ObjectProperty<UUID> engineerProperty() {
        return engineer;
    }

    /// Only the tasks at this customer; `null` for all.
    public ObjectProperty<UUID> customerProperty() {
        return customer;
    }

    /// Only the tasks at this site; `null` for all.
    public ObjectProperty<UUID> siteProperty() {
        return site;
    }

    /// The engineers the incident's tasks are assigned to, by name.
    public ObservableList<Choice> engineers() {
        return engineers;
    }

    /// The customers the incident's tasks are for, by name.
    public ObservableList<Choice> customers() {
        return customers;
    }

    /// The sites the incident's tasks are at, of the chosen customer when there is one.
    public ObservableList<Choice> sites() {
        return sites;
    }

    public ObjectProperty<Priority> priorityProperty() {
        return priority;
    }

    public StringProperty textProperty() {
        return text;
    }

    /// Only the signed-in operator's tasks.
    public BooleanProperty mineProperty() {
        return mine;
    }

    /// Why the last change was refused, or the board could not be loaded.
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
