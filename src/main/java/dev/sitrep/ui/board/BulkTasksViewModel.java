package dev.sitrep.ui.board;

import dev.sitrep.domain.BulkTasks;
import dev.sitrep.domain.DowntimeOverlaps;
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentKind;
import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Priority;
import dev.sitrep.domain.Staff;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.Command;
import dev.sitrep.ui.common.TaskExecutor;
import dev.sitrep.ui.common.Workspace;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/// Many tasks at once: one per affected device or site the commander checks, from a template ("Apply patch
/// to {name}"), with downtime windows spread from a start so many at a time, and engineers in turn.
///
/// The candidates are read off the UI thread once; the filters show and hide them without reading again,
/// and every item starts checked, so what is planned is what is shown and checked. The preview follows
/// every change. Create writes all the tasks in one transaction, each journaled; [#createdProperty()] then
/// says how many, and a failure keeps everything as it was typed and says why.
///
/// Each task's ETA is the end of its window: a patch still running after its window is late. Tasks without
/// downtime get no ETA, since one time typed here would be a guess repeated on every task; the engineer who
/// takes a task sets it on the board.
public final class BulkTasksViewModel {

    /// The titles offered; the title stays free to edit.
    public static final List<String> TEMPLATES = List.of("Apply patch to {name}", "Verify {name}",
            "Restore {name} from backup");

    private final Store store;
    private final Workspace workspace;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Subscription following;

    // Inputs

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<Priority> priority = new SimpleObjectProperty<>(this, "priority", Priority.P2);
    private final BooleanProperty downtime = new SimpleBooleanProperty(this, "downtime", true);
    private final StringProperty start = new SimpleStringProperty(this, "start", "22:00");
    private final StringProperty length = new SimpleStringProperty(this, "length", "1h");
    private final StringProperty atATime = new SimpleStringProperty(this, "atATime", "4");

    // Lists

    private final BulkCandidates candidates = new BulkCandidates(this::refresh);
    private final ObservableList<Checkable<Staff>> people = FXCollections.observableArrayList();
    private final ObservableList<PlannedTaskRow> preview = FXCollections.observableArrayList();
    private final ObservableList<PlannedTaskRow> previewShown = FXCollections.unmodifiableObservableList(preview);

    // Outputs

    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper clashSummary = new ReadOnlyStringWrapper(this, "clashSummary", "");
    private final ReadOnlyStringWrapper itemsProblem = new ReadOnlyStringWrapper(this, "itemsProblem", "");
    private final ReadOnlyStringWrapper titleProblem = new ReadOnlyStringWrapper(this, "titleProblem", "");
    private final ReadOnlyStringWrapper titleNote = new ReadOnlyStringWrapper(this, "titleNote", "");
    private final ReadOnlyStringWrapper startProblem = new ReadOnlyStringWrapper(this, "startProblem", "");
    private final ReadOnlyStringWrapper lengthProblem = new ReadOnlyStringWrapper(this, "lengthProblem", "");
    private final ReadOnlyStringWrapper atATimeProblem = new ReadOnlyStringWrapper(this, "atATimeProblem", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(this, "creating", false);
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale", false);
    private final ReadOnlyObjectWrapper<Integer> created = new ReadOnlyObjectWrapper<>(this, "created");

    private final Command create;
    private final Command reload;
    private final Command checkAllShown;
    private final Command uncheckAllShown;

    // State

    private BulkTasksData data;
    private final Set<UUID> chosenEngineers = new HashSet<>();
    /// What Create writes: the plan shown, while [#valid] holds.
    private List<BulkTasks.Planned> plan = List.of();

    public BulkTasksViewModel(Store store, Workspace workspace, TaskExecutor executor, Clock clock) {
        this.store = store;
        this.workspace = workspace;
        this.executor = executor;
        this.clock = clock;
        Incident incident = workspace.currentIncident();
        boolean restoring = incident != null && incident.kind() == IncidentKind.RANSOMWARE;
        title.set(TEMPLATES.get(restoring ? 2 : 0));
        downtime.set(!restoring);
        var idle = loading.not().and(creating.not());
        create = Command.when(valid.and(idle), this::createTasks);
        reload = Command.when(idle, this::load);
        checkAllShown = Command.when(idle, () -> candidates.checkShown(true));
        uncheckAllShown = Command.when(idle, () -> candidates.checkShown(false));
        for (Observable input : List.of(title, downtime, start, length, atATime)) {
            input.addListener(_ -> refresh());
        }
        following = workspace.onChanges(this::onChanges);
        load();
    }

    /// Stops following the journal; the dialog calls it when it closes.
    public void close() {
        following.unsubscribe();
    }

    // Loading

    private void load() {
        Incident incident = workspace.currentIncident();
        if (incident == null) {
            problem.set("No incident is open: choose one before creating its tasks.");
            return;
        }
        loading.set(true);
        executor.execute(() -> BulkTasksData.load(store, incident.id()), this::show, this::failed);
    }

    private void show(BulkTasksData loaded) {
        data = loaded;
        people.setAll(loaded.people().stream().map(staff -> {
            Checkable<Staff> person = new Checkable<>(staff, chosenEngineers.contains(staff.id()));
            person.checkedProperty().addListener((_, _, checked) -> choose(staff.id(), checked));
            return person;
        }).toList());
        loading.set(false);
        stale.set(false);
        problem.set("");
        candidates.show(loaded);
    }

    private void onChanges(List<JournalEntry> entries) {
        Incident incident = workspace.currentIncident();
        if (incident == null || data == null) {
            return;
        }
        if (entries.stream().anyMatch(entry -> entry.entity() == EntityType.TASK
                && incident.id().equals(entry.incidentId()))) {
            executor.execute(() -> BulkTasksData.planned(store, incident.id()), this::replanAgainst, this::failed);
        }
        if (entries.stream().anyMatch(entry -> changesCandidates(entry, incident))) {
            stale.set(true);
        }
    }

    /// Other consoles planned downtime meanwhile: the clashes are checked against theirs too.
    private void replanAgainst(DowntimeOverlaps.Existing planned) {
        data = new BulkTasksData(data.devices(), data.sites(), data.customers(), data.people(), planned);
        refresh();
    }

    /// Devices, their statuses and staff are not read again by themselves: the list would change under the
    /// commander's hands. [#staleProperty()] says so, and [#reloadCommand()] reads them again.
    private static boolean changesCandidates(JournalEntry entry, Incident incident) {
        return switch (entry.entity()) {
            case IMPACT -> incident.id().equals(entry.incidentId());
            case CUSTOMER, SITE, DEVICE, STAFF, DATABASE -> true;
            default -> false;
        };
    }

    private void failed(Throwable failure) {
        loading.set(false);
        creating.set(false);
        problem.set(Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getSimpleName()));
    }

    private void choose(UUID engineer, boolean chosen) {
        if (chosen) {
            chosenEngineers.add(engineer);
        } else {
            chosenEngineers.remove(engineer);
        }
        refresh();
    }

    // Plan

    /// Checks the fields and plans the tasks again: after every change of filter, check or field.
    private void refresh() {
        List<BulkCandidate> items = candidates.checked();
        String longestName = items.stream().map(BulkCandidate::name).max(Comparator.comparingInt(String::length))
                .orElse("");
        BulkTemplate.Checked fields = template().check(ZonedDateTime.now(clock), longestName);
        List<BulkTasks.Planned> planned = fields.preview().plan(items.stream().map(BulkCandidate::item).toList());
        BulkPreview shown = BulkPreview.of(items, planned, downtime.get(), staffNames(),
                data == null ? DowntimeOverlaps.existing(List.of()) : data.planned(), clock.getZone());
        preview.setAll(shown.rows());
        summary.set(shown.summary());
        clashSummary.set(shown.clashes());
        titleProblem.set(fields.titleProblem());
        titleNote.set(sameTitleNote(items.size(), fields));
        startProblem.set(fields.startProblem());
        lengthProblem.set(fields.lengthProblem());
        atATimeProblem.set(fields.atATimeProblem());
        itemsProblem.set(candidates.problem(items.size()));
        boolean ready = fields.isValid() && !items.isEmpty() && workspace.currentIncident() != null
                && workspace.operator() != null;
        plan = ready ? planned : List.of();
        valid.set(ready);
    }

    private BulkTemplate template() {
        List<UUID> engineers = people.stream().filter(Checkable::isChecked).map(person -> person.value().id())
                .toList();
        return new BulkTemplate(title.get(), downtime.get(), start.get(), length.get(), atATime.get(), engineers);
    }

    private Map<UUID, String> staffNames() {
        return people.stream().map(Checkable::value).collect(Collectors.toMap(Staff::id, Staff::name));
    }

    /// Forty tasks all called "Apply patch" tell the board nothing; one may be what is meant, so it is said,
    /// not refused.
    private String sameTitleNote(int tasks, BulkTemplate.Checked fields) {
        if (tasks < 2 || !fields.titleProblem().isEmpty() || title.get().contains(BulkTasks.NAME)) {
            return "";
        }
        return "Every task gets this same title: add {name} for each " + candidates.perProperty().get().noun()
                + "'s name.";
    }

    // Creating

    private void createTasks() {
        refresh();
        Incident incident = workspace.currentIncident();
        Operator by = workspace.operator();
        if (!valid.get() || incident == null) {
            return;
        }
        var now = clock.instant();
        Priority chosen = Objects.requireNonNullElse(priority.get(), Priority.P2);
        List<IncidentTask> tasks = plan.stream()
                .map(task -> task.task(UUID.randomUUID(), incident.id(), chosen, now)).toList();
        creating.set(true);
        problem.set("");
        executor.execute(() -> {
            store.tasks().createAll(tasks, by);
            return tasks.size();
        }, count -> {
            creating.set(false);
            created.set(count);
        }, this::failed);
    }

    // Inputs

    /// The tasks' title; `{name}` becomes each device's hostname or each site's name.
    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<Priority> priorityProperty() {
        return priority;
    }

    /// Whether the tasks plan downtime windows.
    public BooleanProperty downtimeProperty() {
        return downtime;
    }

    /// When the first windows start, as typed: "22:00", "+2h", "tomorrow 06:00".
    public StringProperty startProperty() {
        return start;
    }

    /// How long each window is, as typed: "1h", "90", "1h30m".
    public StringProperty lengthProperty() {
        return length;
    }

    /// How many windows run at the same time, as typed.
    public StringProperty atATimeProperty() {
        return atATime;
    }

    // Lists

    /// The devices or sites to make tasks for, their filters and check boxes.
    public BulkCandidates candidates() {
        return candidates;
    }

    /// The staff, engineers first; the checked ones take the tasks in turn, in this order.
    public ObservableList<Checkable<Staff>> people() {
        return people;
    }

    /// The tasks Create would make, in the order of their windows.
    public ObservableList<PlannedTaskRow> preview() {
        return previewShown;
    }

    // Outputs

    /// "40 tasks, windows from Mon 22:00 to Tue 08:00, 4 engineers in turn".
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /// How many planned windows overlap downtime already planned at their place; empty when none.
    public ReadOnlyStringProperty clashSummaryProperty() {
        return clashSummary.getReadOnlyProperty();
    }

    /// Why no device or site is planned ("Devices: check at least one device…"); empty when some are.
    public ReadOnlyStringProperty itemsProblemProperty() {
        return itemsProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProblemProperty() {
        return titleProblem.getReadOnlyProperty();
    }

    /// A remark on the title that does not stop Create: every task would have the same title.
    public ReadOnlyStringProperty titleNoteProperty() {
        return titleNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty startProblemProperty() {
        return startProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lengthProblemProperty() {
        return lengthProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty atATimeProblemProperty() {
        return atATimeProblem.getReadOnlyProperty();
    }

    /// Why reading or creating failed; empty otherwise.
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /// True when every field is right and something is checked.
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }

    /// True when devices, statuses or staff changed since they were read; [#reloadCommand()] reads them again.
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /// How many tasks Create made; `null` until it has.
    public ReadOnlyObjectProperty<Integer> createdProperty() {
        return created.getReadOnlyProperty();
    }

    // Commands

    /// Creates the planned tasks; runs only while everything is valid and nothing is being read or written.
    public Command createCommand() {
        return create;
    }

    /// Reads the candidates and staff again, keeping what was unchecked and which engineers were chosen.
    public Command reloadCommand() {
        return reload;
    }

    public Command checkAllShownCommand() {
        return checkAllShown;
    }

    public Command uncheckAllShownCommand() {
        return uncheckAllShown;
    }
}
