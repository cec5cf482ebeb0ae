package dev.sitrep.ui.comms;

import dev.sitrep.domain.Communication;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.DeferredWork;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Text;
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

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/// Other customers' work that slips because the incident came first: who has not been told yet comes
/// first, and says so. The operator records such work, and notifies the selected customer: a call or an
/// e-mail logged to them and the work marked told, both in one store transaction, journaled.
public final class DeferredWorkViewModel {

    /// One deferred job as the list shows it.
    ///
    /// @param originalDue "Tue 12:00": when it was due
    /// @param revisedDue  "Fri 12:00", or "no new time yet"
    /// @param told        "not told", or "told 14:02 by Sam Okafor"
    public record Row(UUID id, UUID customerId, String customer, String what, String originalDue,
                      String revisedDue, boolean isTold, String told, String searchText) {
    }

    private final Store store;
    private final Workspace workspace;
    private final TaskExecutor executor;
    private final Clock clock;

    // Inputs
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<UUID> selected = new SimpleObjectProperty<>(this, "selected");

    // Outputs
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> shownRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<DeferredWorkForm> form = new ReadOnlyObjectWrapper<>(this, "form");
    private final ReadOnlyObjectWrapper<NotifyCustomerForm> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyBooleanWrapper selectedUntold = new ReadOnlyBooleanWrapper(this, "selectedUntold");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    // Commands
    private final Command record;
    private final Command notify;

    private Loaded loaded;
    private List<Row> all = List.of();

    public DeferredWorkViewModel(Store store, Workspace workspace, TaskExecutor executor, Clock clock) {
        this.store = store;
        this.workspace = workspace;
        this.executor = executor;
        this.clock = clock;
        record = Command.when(workspace.currentIncidentProperty().isNotNull().and(busy.not()), () -> recordFor(null));
        notify = Command.when(selectedUntold.and(busy.not()), this::openNotice);
        text.addListener((_, _, _) -> applyFilter());
        selected.addListener((_, _, _) -> updateSelectedUntold());
        workspace.currentIncidentProperty().subscribe(_ -> reload());
        workspace.onChanges(this::onChanges);
    }

    // Loading

    /// The incident's deferred work and the customers it belongs to, read together off the FX thread.
    private record Loaded(Incident incident, List<DeferredWork> work, Map<UUID, Customer> customers) {

        String customerName(UUID customerId) {
            Customer customer = customers.get(customerId);
            return customer == null ? "the customer" : customer.name();
        }
    }

    public void reload() {
        Incident incident = workspace.currentIncident();
        if (incident == null || loaded != null && !loaded.incident().id().equals(incident.id())) {
            show(null);  // nothing of another incident stays on show, or open to change, while this one loads
        }
        if (incident == null) {
            return;
        }
        executor.execute(() -> load(incident), this::show, this::failed);
    }

    private Loaded load(Incident incident) {
        return new Loaded(incident, store.deferredWork().forIncident(incident.id()),
                store.inventory().customers().stream().collect(Collectors.toMap(Customer::id, Function.identity())));
    }

    private void onChanges(List<JournalEntry> entries) {
        Incident incident = workspace.currentIncident();
        if (incident != null && entries.stream().anyMatch(entry -> switch (entry.entity()) {
            case CUSTOMER, DATABASE -> true;
            case DEFERRED_WORK -> incident.id().equals(entry.incidentId());
            default -> false;
        })) {
            reload();
        }
    }

    private void show(Loaded data) {
        Incident current = workspace.currentIncident();
        if (data != null && (current == null || !current.id().equals(data.incident().id()))) {
            return;  // another incident was chosen meanwhile; its own load follows
        }
        loaded = data;
        problem.set("");
        tick();
    }

    /// Writes the times again for the time now ("20:00" today becomes "Tue 20:00" after midnight); reads
    /// nothing.
    public void tick() {
        Instant now = clock.instant();
        all = loaded == null ? List.of() : loaded.work().stream()
                .sorted(Comparator.comparing(DeferredWork::isTold).thenComparing(DeferredWork::originalDue))
                .map(work -> row(work, now))
                .toList();
        summary.set(loaded == null ? "No current incident" : summary(loaded.work()));
        applyFilter();
    }

    /// "2 not told · 5 deferred jobs".
    private static String summary(List<DeferredWork> work) {
        long untold = work.stream().filter(job -> !job.isTold()).count();
        return (untold == 0 ? "every customer told" : untold + " not told") + " · "
                + Text.count(work.size(), "deferred job");
    }

    private Row row(DeferredWork work, Instant now) {
        String customer = loaded.customerName(work.customerId());
        String told = work.isTold() ? "told " + DueText.time(work.toldAt(), now, clock.getZone())
                + (work.toldBy().isEmpty() ? "" : " by " + work.toldBy()) : "not told";
        return new Row(work.id(), work.customerId(), customer, work.what(),
                DueText.time(work.originalDue(), now, clock.getZone()),
                work.revisedDue() == null ? "no new time yet" : DueText.time(work.revisedDue(), now, clock.getZone()),
                work.isTold(), told, String.join(" ", customer, work.what()).toLowerCase(Locale.ROOT));
    }

    private void failed(Throwable failure) {
        problem.set(reason(failure));
    }

    private static String reason(Throwable failure) {
        return Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getSimpleName());
    }

    // Filter and selection

    private void applyFilter() {
        String wanted = Text.orEmpty(text.get()).toLowerCase(Locale.ROOT);
        List<Row> shown = all.stream().filter(row -> wanted.isEmpty() || row.searchText().contains(wanted)).toList();
        if (!rows.equals(shown)) {
            rows.setAll(shown);
        }
        updateSelectedUntold();
    }

    private void updateSelectedUntold() {
        selectedUntold.set(selectedWork().map(work -> !work.isTold()).orElse(false));
    }

    private Optional<DeferredWork> selectedWork() {
        UUID id = selected.get();
        if (id == null || loaded == null || rows.stream().noneMatch(row -> row.id().equals(id))) {
            return Optional.empty();
        }
        return loaded.work().stream().filter(work -> work.id().equals(id)).findFirst();
    }

    // Recording

    /// Opens the form for new deferred work, with `customerId` chosen, or none.
    public void recordFor(UUID customerId) {
        if (workspace.currentIncident() == null || busy.get()) {
            return;
        }
        executor.execute(() -> new DeferredWorkForm(store.inventory().customers().stream()
                        .sorted(Comparator.comparing(Customer::name, String.CASE_INSENSITIVE_ORDER)).toList(),
                        clock, customerId),
                form::set, this::failed);
    }

    /// Records the form's work if it is valid; the form closes once it is stored.
    public void submit(DeferredWorkForm submitted) {
        Incident incident = workspace.currentIncident();
        if (submitted != form.get() || !submitted.isValid() || busy.get() || incident == null) {
            return;
        }
        DeferredWork work = submitted.deferredWork(incident.id());
        write(() -> store.deferredWork().save(work, workspace.operator()), () -> {
            form.set(null);
            selected.set(work.id());
            message.set("Recorded that “" + work.what() + "” for " + loaded.customerName(work.customerId())
                    + " slips. They have not been told yet.");
        }, submitted::refused);
    }

    public void cancel(DeferredWorkForm cancelled) {
        if (cancelled == form.get()) {
            form.set(null);
        }
    }

    // Notifying

    private void openNotice() {
        selectedWork().ifPresent(work -> {
            Customer customer = loaded.customers().get(work.customerId());
            if (customer != null) {
                notice.set(new NotifyCustomerForm(work, customer, clock));
            }
        });
    }

    /// Logs the call or e-mail and marks the work told, in one transaction; the prompt closes once both are
    /// stored, and nothing is written when either is refused.
    public void submit(NotifyCustomerForm submitted) {
        if (submitted != notice.get() || !submitted.isValid() || busy.get()) {
            return;
        }
        Communication told = submitted.communication(workspace.operator());
        DeferredWork work = submitted.work();
        write(() -> store.deferredWork().tell(work.id(), told, workspace.operator()), () -> {
            notice.set(null);
            message.set("Logged the " + told.kind().label() + " to " + loaded.customerName(work.customerId())
                    + " and marked “" + work.what() + "” told.");
        }, submitted::refused);
    }

    public void cancel(NotifyCustomerForm cancelled) {
        if (cancelled == notice.get()) {
            notice.set(null);
        }
    }

    /// Runs a store write, then reads the list again; one at a time, so a double Enter cannot write twice.
    private void write(Runnable change, Runnable done, Consumer<String> refused) {
        Incident incident = workspace.currentIncident();
        busy.set(true);
        executor.execute(() -> {
            change.run();
            return load(incident);
        }, data -> {
            busy.set(false);
            show(data);
            done.run();
        }, failure -> {
            busy.set(false);
            refused.accept(reason(failure));
        });
    }

    // Properties

    /// The deferred work shown: who has not been told first, then by when it was due.
    public ObservableList<Row> rows() {
        return shownRows;
    }

    /// Only the work whose customer or description contains this text.
    public StringProperty textProperty() {
        return text;
    }

    /// The work "notify" applies to; the view keeps it in step with the list's selection.
    public ObjectProperty<UUID> selectedProperty() {
        return selected;
    }

    /// The selected work's customer has not been told yet.
    public ReadOnlyBooleanProperty selectedUntoldProperty() {
        return selectedUntold.getReadOnlyProperty();
    }

    /// The form of new deferred work while one is open.
    public ReadOnlyObjectProperty<DeferredWorkForm> formProperty() {
        return form.getReadOnlyProperty();
    }

    /// The prompt that tells the selected work's customer, while one is open.
    public ReadOnlyObjectProperty<NotifyCustomerForm> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /// A change is being stored.
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /// "2 not told · 5 deferred jobs".
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /// What the last change did.
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /// Why the list could not be read or a change was refused; empty otherwise.
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public Command recordCommand() {
        return record;
    }

    public Command notifyCommand() {
        return notify;
    }
}
