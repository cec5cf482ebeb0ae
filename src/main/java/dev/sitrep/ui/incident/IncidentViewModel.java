package dev.sitrep.ui.incident;

import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Phase;
import dev.sitrep.domain.PhaseRules;
import dev.sitrep.domain.Staff;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.Command;
import dev.sitrep.ui.common.DialogService;
import dev.sitrep.ui.common.TaskExecutor;
import dev.sitrep.ui.common.Workspace;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/// The incident screen: the current incident at a glance, declaring and editing it, and moving it through its
/// phases.
///
/// The current incident is the workspace's; every change made here is written through the store and the
/// stored result becomes the workspace's current incident, so every screen sees the same record.
public final class IncidentViewModel {

    /// A phase change the commander may make now, worded for a button.
    ///
    /// @param confirms true when the move asks before it happens (resolving)
    public record PhaseMove(Phase to, String label, boolean confirms) {
    }

    private final Store store;
    private final Workspace workspace;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Clock clock;
    private Map<UUID, Staff> staffById = Map.of();

    // Properties

    private final ReadOnlyObjectWrapper<Incident> incident = new ReadOnlyObjectWrapper<>(this, "incident");
    private final ReadOnlyStringWrapper commander = new ReadOnlyStringWrapper(this, "commander", "");
    private final ReadOnlyStringWrapper cadence = new ReadOnlyStringWrapper(this, "cadence", "");
    private final ReadOnlyStringWrapper declaredAt = new ReadOnlyStringWrapper(this, "declaredAt", "");
    private final ReadOnlyStringWrapper resolvedAt = new ReadOnlyStringWrapper(this, "resolvedAt", "");
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper(this, "elapsed", "");
    private final ObservableList<PhaseMove> moves = FXCollections.observableArrayList();
    private final ObservableList<PhaseMove> readOnlyMoves = FXCollections.unmodifiableObservableList(moves);
    private final ReadOnlyObjectWrapper<IncidentForm> form = new ReadOnlyObjectWrapper<>(this, "form");
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    // Commands

    private final Command declareCommand;
    private final Command editCommand;

    public IncidentViewModel(Store store, Workspace workspace, TaskExecutor executor, DialogService dialogs,
                             Clock clock) {
        this.store = store;
        this.workspace = workspace;
        this.executor = executor;
        this.dialogs = dialogs;
        this.clock = clock;
        busy.bind(running.greaterThan(0));
        declareCommand = Command.of(this::openDeclareForm);
        editCommand = Command.when(incident.isNotNull().and(busy.not()), this::openEditForm);
        workspace.currentIncidentProperty().subscribe(this::show);
        workspace.onChanges(this::onChanges);
        reloadStaff();
    }

    // Declare and edit

    private void openDeclareForm() {
        Operator operator = workspace.operator();
        UUID proposed = operator == null ? null : operator.staffId();
        run(() -> store.staff().all(), staff -> form.set(IncidentForm.declare(staff, proposed)),
                "Could not open the declare dialog");
    }

    private void openEditForm() {
        Incident current = incident.get();
        run(() -> store.staff().all(), staff -> form.set(IncidentForm.edit(current, staff)),
                "Could not open " + current.code());
    }

    /// Saves the open form if it is valid; on success the form closes and the incident becomes current.
    /// An invalid form, or one that is no longer open, is left alone.
    public void submit(IncidentForm submitted) {
        Operator operator = workspace.operator();
        if (submitted != form.get() || !submitted.isValid()) {
            return;
        }
        if (operator == null) {
            dialogs.showError("Nobody is signed in", "Sign in before declaring or editing an incident: the journal "
                    + "records who made each change.");
            return;
        }
        String failure = submitted.declares() ? "Could not declare the incident" : "Could not save " + code();
        run(() -> submitted.declares()
                        ? store.incidents().declare(submitted.draft(), operator)
                        : store.incidents().edit(submitted.incidentId(), submitted.draft(), operator),
                saved -> {
                    form.set(null);
                    workspace.currentIncidentProperty().set(saved);
                }, failure);
    }

    /// Closes the open form without saving.
    public void cancel(IncidentForm cancelled) {
        if (cancelled == form.get()) {
            form.set(null);
        }
    }

    // Phases

    /// Moves the current incident to `to`; resolving asks first, since it records the resolution time.
    public void moveTo(Phase to) {
        Incident current = incident.get();
        Operator operator = workspace.operator();
        if (current == null || operator == null || busy.get()) {
            return;
        }
        if (to.isResolved() && !dialogs.confirm("Resolve " + current.code() + "?", "Resolving records "
                + IncidentText.moment(clock.instant(), clock.getZone()) + " as the time it ended. Reopening it "
                + "later needs a reason.")) {
            return;
        }
        run(() -> store.incidents().changePhase(current.id(), to, operator), this::makeCurrent,
                "Could not move " + current.code() + " to " + to.label());
    }

    /// The phases a resolved incident can be reopened into.
    public List<Phase> reopenTargets() {
        return PhaseRules.reopenTargets();
    }

    /// Reopens the resolved current incident into `to`, after asking the operator why.
    public void reopen(Phase to) {
        Incident current = incident.get();
        Operator operator = workspace.operator();
        if (current == null || operator == null || current.isOpen() || busy.get()) {
            return;
        }
        String title = "Reopen " + current.code() + " as " + to.label();
        String reason = dialogs.askText(title, "Why is it being reopened? The journal keeps the reason.", "")
                .map(String::strip).orElse(null);
        if (reason == null) {
            return;
        }
        if (reason.isEmpty()) {
            dialogs.showError(title, current.code() + " was not reopened: give a reason, such as what came back.");
            return;
        }
        run(() -> store.incidents().reopen(current.id(), to, reason, operator), this::makeCurrent,
                "Could not reopen " + current.code());
    }

    // Refreshing

    /// Recomputes the elapsed time; the view calls this on a timer.
    public void tick() {
        Incident current = incident.get();
        elapsed.set(current == null ? "" : IncidentText.elapsed(current.elapsed(clock.instant())));
    }

    private void onChanges(List<JournalEntry> entries) {
        Incident current = incident.get();
        boolean wholeDatabase = entries.stream().anyMatch(entry -> entry.entity() == EntityType.DATABASE);
        if (wholeDatabase || entries.stream().anyMatch(entry -> entry.entity() == EntityType.STAFF)) {
            reloadStaff();
        }
        if (current != null && (wholeDatabase || entries.stream().anyMatch(entry -> entry.entity() == EntityType.INCIDENT
                && entry.entityId().equals(current.id().toString())))) {
            run(() -> store.incidents().find(current.id()).orElse(null), this::makeCurrentIfStillCurrent,
                    "Could not refresh " + current.code());
        }
    }

    private void reloadStaff() {
        run(() -> store.staff().all(), staff -> {
            staffById = staff.stream().collect(Collectors.toUnmodifiableMap(Staff::id, Function.identity()));
            showCommander();
        }, "Could not load the staff list");
    }

    private void makeCurrent(Incident changed) {
        workspace.currentIncidentProperty().set(changed);
    }

    private void makeCurrentIfStillCurrent(Incident fresh) {
        Incident current = workspace.currentIncident();
        if (fresh != null && current != null && current.id().equals(fresh.id())) {
            makeCurrent(fresh);
        }
    }

    private void show(Incident shown) {
        incident.set(shown);
        declaredAt.set(shown == null ? "" : IncidentText.moment(shown.declaredAt(), clock.getZone()));
        resolvedAt.set(shown == null ? "" : IncidentText.moment(shown.resolvedAt(), clock.getZone()));
        cadence.set(shown == null ? "" : IncidentText.cadence(shown.updateCadence()));
        moves.setAll(shown == null ? List.of() : PhaseRules.allowedMoves(shown.phase()).stream()
                .map(to -> move(shown.phase(), to)).toList());
        showCommander();
        tick();
    }

    private void showCommander() {
        Incident current = incident.get();
        if (current == null) {
            commander.set("");
        } else if (current.commanderId() == null) {
            commander.set("nobody yet");
        } else {
            Staff staff = staffById.get(current.commanderId());
            commander.set(staff == null ? "" : staff.name());
        }
    }

    private static PhaseMove move(Phase from, Phase to) {
        if (to.isResolved()) {
            return new PhaseMove(to, "Resolve…", true);
        }
        if (to.ordinal() < from.ordinal()) {
            return new PhaseMove(to, "Back to " + to.label(), false);
        }
        String verb = to.ordinal() == from.ordinal() + 1 ? "Move to " : "Skip to ";
        return new PhaseMove(to, verb + to.label(), false);
    }

    private String code() {
        Incident current = incident.get();
        return current == null ? "the incident" : current.code();
    }

    /// Runs store work in the background, counting it as busy, and reports a failure under `failureTitle`.
    private <T> void run(Callable<T> work, Consumer<? super T> onSuccess, String failureTitle) {
        running.set(running.get() + 1);
        executor.execute(work, result -> {
            running.set(running.get() - 1);
            onSuccess.accept(result);
        }, failure -> {
            running.set(running.get() - 1);
            dialogs.showError(failureTitle, messageOf(failure));
        });
    }

    private static String messageOf(Throwable failure) {
        String message = failure.getMessage();
        return Objects.requireNonNullElse(message, failure.getClass().getSimpleName());
    }

    // Property accessors

    public Command declareCommand() {
        return declareCommand;
    }

    public Command editCommand() {
        return editCommand;
    }

    /// The incident shown, `null` when none is current.
    public ReadOnlyObjectProperty<Incident> incidentProperty() {
        return incident.getReadOnlyProperty();
    }

    public Incident incident() {
        return incident.get();
    }

    public ReadOnlyStringProperty commanderProperty() {
        return commander.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cadenceProperty() {
        return cadence.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty declaredAtProperty() {
        return declaredAt.getReadOnlyProperty();
    }

    /// When it was resolved; empty while open.
    public ReadOnlyStringProperty resolvedAtProperty() {
        return resolvedAt.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }

    /// The ordinary phase moves allowed now, in phase order; empty for a resolved incident.
    public ObservableList<PhaseMove> moves() {
        return readOnlyMoves;
    }

    /// The declare or edit form to show, `null` when none is open. The view opens a dialog for it and calls
    /// [#submit] or [#cancel]; the form closes (turns `null`) once saved.
    public ReadOnlyObjectProperty<IncidentForm> formProperty() {
        return form.getReadOnlyProperty();
    }

    /// True while store work started here is running.
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /// True when the incident shown is resolved, so it can only be reopened.
    public boolean isResolved() {
        Incident current = incident.get();
        return current != null && !current.isOpen();
    }
}
