package dev.sitrep.ui.board;

import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Priority;
import dev.sitrep.domain.Scope;
import dev.sitrep.domain.Staff;
import dev.sitrep.domain.TaskStatus;
import dev.sitrep.domain.TimeEntry;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.Command;
import dev.sitrep.ui.common.TaskExecutor;
import dev.sitrep.ui.common.Workspace;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;

import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/// Creates a task or edits one: the task editor's fields, one problem per field checked as the operator
/// types, and a save that goes through the store, which journals it.
///
/// Make one for the board and keep it: the customers, sites, devices and staff it offers are read once, away
/// from the FX thread, and again only after the journal reports a change to them. What the task is about is
/// chosen through [#scope()], which offers devices only of the chosen site.
public final class TaskEditorViewModel {

    /// A field that can be wrong, with the name its problem starts with.
    public enum Field {
        TITLE("Title"), DETAIL("Detail"), BLOCKED_REASON("Blocked reason"), ETA("ETA"),
        DOWNTIME_START("Downtime start"), DOWNTIME_LENGTH("Downtime length");

        private final String label;

        Field(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /// What the open form saves: a new task (no `original`) or the stored one it edits.
    private record Form(UUID taskId, UUID incidentId, IncidentTask original) {
    }

    /// The task as read, off the FX thread, with what the editor offers to choose from.
    private record Loaded(IncidentTask task, TaskChoices choices) {
    }

    private final Store store;
    private final Workspace workspace;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Subscription following;

    // Inputs

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty detail = new SimpleStringProperty(this, "detail", "");
    private final TaskScopeViewModel scope = new TaskScopeViewModel();
    private final ObjectProperty<Staff> assignee = new SimpleObjectProperty<>(this, "assignee");
    private final ObjectProperty<Priority> priority = new SimpleObjectProperty<>(this, "priority", Priority.P2);
    private final ObjectProperty<TaskStatus> status = new SimpleObjectProperty<>(this, "status", TaskStatus.TODO);
    private final StringProperty blockedReason = new SimpleStringProperty(this, "blockedReason", "");
    private final StringProperty eta = new SimpleStringProperty(this, "eta", "");
    private final StringProperty downtimeStart = new SimpleStringProperty(this, "downtimeStart", "");
    private final StringProperty downtimeLength = new SimpleStringProperty(this, "downtimeLength", "");

    // Outputs

    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "New task");
    private final ObservableList<Staff> assignees = FXCollections.observableArrayList();
    private final Map<Field, ReadOnlyStringWrapper> problems = new EnumMap<>(Field.class);
    private final ReadOnlyStringWrapper etaReading = new ReadOnlyStringWrapper(this, "etaReading", "");
    private final ReadOnlyStringWrapper downtimeReading = new ReadOnlyStringWrapper(this, "downtimeReading", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final ReadOnlyBooleanWrapper choicesReady = new ReadOnlyBooleanWrapper(this, "choicesReady");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyObjectWrapper<IncidentTask> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final Command save;

    // The open form

    private TaskChoices choices;
    private Form form;
    private final Set<Field> touched = EnumSet.noneOf(Field.class);
    private boolean saveTried;
    /// What went wrong with the store: a refused save, a task gone, a failed read; shown until the next try.
    private String trouble = "";
    /// True while the form is filled from a task or reset, so that filling counts as nobody's typing.
    private boolean filling;
    /// Counts the forms opened, so that a late answer for an earlier form is dropped.
    private int generation;

    public TaskEditorViewModel(Store store, Workspace workspace, TaskExecutor executor, Clock clock) {
        this.store = store;
        this.workspace = workspace;
        this.executor = executor;
        this.clock = clock;
        for (Field field : Field.values()) {
            problems.put(field, new ReadOnlyStringWrapper(this, "problem", ""));
        }
        save = Command.when(ready.and(choicesReady).and(saving.not()).and(saved.isNull()), this::save);
        watch(title, Field.TITLE);
        watch(detail, Field.DETAIL);
        watch(blockedReason, Field.BLOCKED_REASON);
        watch(eta, Field.ETA);
        watch(downtimeStart, Field.DOWNTIME_START, Field.DOWNTIME_LENGTH);
        watch(downtimeLength, Field.DOWNTIME_START, Field.DOWNTIME_LENGTH);
        status.addListener((_, _, now) -> statusChanged(now));
        following = workspace.onChanges(entries -> {
            if (entries.stream().anyMatch(entry -> changesChoices(entry.entity()))) {
                choices = null;
            }
        });
    }

    /// Stops following the journal; the board calls it when it goes.
    public void close() {
        following.unsubscribe();
    }

    // Opening a form

    /// An empty form for a new task in the current incident.
    public void startNew() {
        startNew(Scope.NONE);
    }

    /// A form for a new task in the current incident, about a customer, site or device (a card's).
    public void startNew(Scope about) {
        int run = begin("New task");
        Incident incident = workspace.currentIncident();
        if (incident == null) {
            report("No incident is open: choose or declare one before adding tasks.");
            return;
        }
        form = new Form(UUID.randomUUID(), incident.id(), null);
        ready.set(true);
        TaskChoices known = choices;
        if (known != null && known.knows(about, null)) {
            offer(known);
            scope.choose(about);
            return;
        }
        // The title and the rest may be typed meanwhile: only the choices and the scope wait for the read.
        executor.execute(() -> TaskChoices.read(store), read -> {
            choices = read;
            if (run == generation) {
                offer(read);
                scope.choose(about);
            }
        }, failure -> failed(run, failure));
    }

    /// A form filled in from the stored task `taskId`, once it is read.
    public void edit(UUID taskId) {
        int run = begin("Edit task");
        TaskChoices known = choices;
        executor.execute(() -> {
            IncidentTask task = store.tasks().find(taskId).orElse(null);
            boolean current = known != null && (task == null || known.knows(task.scope(), task.assigneeId()));
            return new Loaded(task, current ? known : TaskChoices.read(store));
        }, loaded -> {
            choices = loaded.choices();
            if (run != generation) {
                return;
            }
            offer(loaded.choices());
            IncidentTask task = loaded.task();
            if (task == null) {
                report("This task is no longer in the database, so there is nothing to edit.");
                return;
            }
            form = new Form(task.id(), task.incidentId(), task);
            fill(() -> fillFrom(task));
            ready.set(true);
        }, failure -> failed(run, failure));
    }

    private int begin(String title) {
        generation++;
        heading.set(title);
        form = null;
        trouble = "";
        saveTried = false;
        ready.set(false);
        saving.set(false);
        saved.set(null);
        fill(this::clearFields);
        return generation;
    }

    private void offer(TaskChoices offered) {
        scope.offer(offered);
        assignees.setAll(offered.assignees());
        choicesReady.set(true);
    }

    /// Changes fields without counting it as typing: no problem shows until the operator edits a field or
    /// tries to save.
    private void fill(Runnable change) {
        filling = true;
        try {
            change.run();
        } finally {
            filling = false;
        }
        touched.clear();
        check();
    }

    private void clearFields() {
        title.set("");
        detail.set("");
        scope.choose(Scope.NONE);
        assignee.set(null);
        priority.set(Priority.P2);
        status.set(TaskStatus.TODO);
        blockedReason.set("");
        eta.set("");
        downtimeStart.set("");
        downtimeLength.set("");
    }

    private void fillFrom(IncidentTask task) {
        title.set(task.title());
        detail.set(task.detail());
        scope.choose(task.scope());
        assignee.set(offered().staff(task.assigneeId()));
        priority.set(task.priority());
        status.set(task.status());
        blockedReason.set(task.blockedReason());
        eta.set(task.eta() == null ? "" : TimeEntry.format(task.eta(), clock.getZone()));
        downtimeStart.set(task.downtime() == null ? "" : TimeEntry.format(task.downtime().start(), clock.getZone()));
        downtimeLength.set(task.downtime() == null ? "" : TimeEntry.formatLength(task.downtime().length()));
    }

    private TaskChoices offered() {
        return choices == null ? TaskChoices.NONE : choices;
    }

    private void failed(int run, Throwable failure) {
        if (run == generation) {
            report(reason(failure));
        }
    }

    private void report(String sentence) {
        trouble = sentence;
        check();
    }

    private static String reason(Throwable failure) {
        return Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getSimpleName());
    }

    private static boolean changesChoices(EntityType entity) {
        return switch (entity) {
            case CUSTOMER, SITE, DEVICE, STAFF, DATABASE -> true;
            default -> false;
        };
    }

    /// How the assignee's pick list shows a member of staff.
    public String describe(Staff offered) {
        return offered.name() + " · " + offered.role().label();
    }

    // Checking

    private void watch(StringProperty input, Field... reveals) {
        input.addListener(_ -> {
            if (!filling) {
                touched.addAll(List.of(reveals));
            }
            check();
        });
    }

    private void statusChanged(TaskStatus now) {
        if (now != TaskStatus.BLOCKED) {
            blockedReason.set("");
        } else if (!filling) {
            touched.add(Field.BLOCKED_REASON);
        }
        check();
    }

    /// Shows each field's problem once the operator has edited it or tried to save, and why a save was
    /// refused.
    private void check() {
        TaskFields.Reading reading = reading();
        for (Field field : Field.values()) {
            boolean shown = saveTried || touched.contains(field);
            problems.get(field).set(shown ? reading.problems().getOrDefault(field, "") : "");
        }
        valid.set(reading.problems().isEmpty());
        etaReading.set(reading.eta() == null ? "" : TaskFields.when(reading.eta(), clock));
        downtimeReading.set(reading.downtime() == null ? "" : TaskFields.when(reading.downtime(), clock));
        message.set(!trouble.isEmpty() ? trouble : saveTried ? notSaved(reading.problems().keySet()) : "");
    }

    private TaskFields.Reading reading() {
        IncidentTask original = form == null ? null : form.original();
        return new TaskFields(clock, original).read(title.get(), detail.get(), status.get(), blockedReason.get(),
                eta.get(), downtimeStart.get(), downtimeLength.get());
    }

    private static String notSaved(Set<Field> wrong) {
        if (wrong.isEmpty()) {
            return "";
        }
        String names = wrong.stream().map(Field::label).collect(Collectors.joining(", "));
        return "Not saved: " + names + (wrong.size() == 1 ? " needs" : " need") + " fixing first.";
    }

    // Saving

    /// Writes the task off the FX thread once every field is right; until then says which are not.
    private void save() {
        saveTried = true;
        report("");
        Operator by = workspace.operator();
        if (!valid.get()) {
            return;
        }
        if (by == null) {
            report("Not saved: sign in first, so the journal can say who made the change.");
            return;
        }
        IncidentTask task = task(reading());
        int run = generation;
        saving.set(true);
        executor.execute(() -> {
            store.tasks().save(task, by);
            return store.tasks().find(task.id()).orElse(task);
        }, stored -> {
            if (run == generation) {
                saving.set(false);
                saved.set(stored);
            }
        }, failure -> {
            if (run == generation) {
                saving.set(false);
                report("Not saved: " + reason(failure));
            }
        });
    }

    private IncidentTask task(TaskFields.Reading reading) {
        IncidentTask original = form.original();
        Staff chosen = assignee.get();
        return new IncidentTask(form.taskId(), form.incidentId(), title.get(), detail.get(), scope.scope(),
                chosen == null ? null : chosen.id(), status.get(), blockedReason.get(), priority.get(), reading.eta(),
                reading.downtime(), original == null ? clock.instant() : original.createdAt(),
                original == null ? null : original.updatedAt());
    }

    // Properties

    public StringProperty titleProperty() {
        return title;
    }

    /// Steps, links, what to check: free text, several lines.
    public StringProperty detailProperty() {
        return detail;
    }

    /// The customer, site and device the task is about.
    public TaskScopeViewModel scope() {
        return scope;
    }

    /// Who does the task; `null` for nobody yet.
    public ObjectProperty<Staff> assigneeProperty() {
        return assignee;
    }

    public ObjectProperty<Priority> priorityProperty() {
        return priority;
    }

    /// The task's column; leaving blocked clears the blocked reason.
    public ObjectProperty<TaskStatus> statusProperty() {
        return status;
    }

    /// What a blocked task waits for; required while the status is blocked.
    public StringProperty blockedReasonProperty() {
        return blockedReason;
    }

    /// When the task should be done, as typed ([TimeEntry#TIME_FORMS]); empty for no ETA.
    public StringProperty etaProperty() {
        return eta;
    }

    /// When the planned downtime starts, as typed; given with its length, or neither.
    public StringProperty downtimeStartProperty() {
        return downtimeStart;
    }

    /// How long the planned downtime lasts, as typed ([TimeEntry#LENGTH_FORMS]).
    public StringProperty downtimeLengthProperty() {
        return downtimeLength;
    }

    /// "New task" or "Edit task".
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /// Who can take the task: engineers first, then everyone else, each by name.
    public ObservableList<Staff> assignees() {
        return FXCollections.unmodifiableObservableList(assignees);
    }

    /// What is wrong with `field`, as a sentence starting with its name; empty when nothing is, or
    /// before the operator has edited the field or tried to save.
    public ReadOnlyStringProperty problemProperty(Field field) {
        return problems.get(field).getReadOnlyProperty();
    }

    /// When the typed ETA falls ("Tue 24 Nov 14:30, in 2h"); empty when there is none or it cannot be read.
    public ReadOnlyStringProperty etaReadingProperty() {
        return etaReading.getReadOnlyProperty();
    }

    /// When the typed downtime runs ("Tue 24 Nov 02:00 to 04:00").
    public ReadOnlyStringProperty downtimeReadingProperty() {
        return downtimeReading.getReadOnlyProperty();
    }

    /// Why the form cannot be saved or opened: fields to fix, or what the store refused.
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /// True when every field is as the store needs it.
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /// True once the form is filled and may be edited: at once for a new task, after reading for an edit.
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /// True once the customers, sites, devices and staff to choose from are read.
    public ReadOnlyBooleanProperty choicesReadyProperty() {
        return choicesReady.getReadOnlyProperty();
    }

    /// True while the store writes the task.
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /// The task as stored once the save succeeded; `null` until then. The dialog closes when it is set.
    public ReadOnlyObjectProperty<IncidentTask> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /// Saves the form, or says which fields stop it. Runs while the form is ready and not saving.
    public Command saveCommand() {
        return save;
    }
}
