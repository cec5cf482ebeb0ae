package dev.sitrep.ui.comms;

import dev.sitrep.domain.Communication;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Reminder;
import dev.sitrep.domain.Text;
import dev.sitrep.domain.UpdateSchedule;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.TaskExecutor;
import dev.sitrep.ui.common.Workspace;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/// Keeps the war room from forgetting a customer: counts what needs attention now (overdue status updates,
/// call backs due) for the badge on the Comms entry, and announces each such event once as a notice.
/// Several events at once make one notice that counts them, never a storm of pop-ups.
public final class RemindersViewModel {

    /// More new events than this at once are announced together.
    static final int ONE_BY_ONE = 2;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    /// A desktop notification to show.
    ///
    /// @param urgent an update is overdue (a warning rather than information)
    public record Notice(String title, String text, boolean urgent) {
    }

    private record Loaded(UpdateSchedule schedule, List<Communication> communications,
                          Map<UUID, String> customerNames) {
    }

    private final Store store;
    private final Workspace workspace;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ReadOnlyIntegerWrapper attention = new ReadOnlyIntegerWrapper(0);
    private final Set<String> announced = new HashSet<>();
    private Consumer<Notice> onNotice = _ -> { };
    private Loaded loaded;

    public RemindersViewModel(Store store, Workspace workspace, TaskExecutor executor, Clock clock) {
        this.store = store;
        this.workspace = workspace;
        this.executor = executor;
        this.clock = clock;
        workspace.currentIncidentProperty().subscribe(_ -> reload());
        workspace.onChanges(this::onChanges);
    }

    /// Where notices go: the application shows them as desktop notifications.
    public void setOnNotice(Consumer<Notice> onNotice) {
        this.onNotice = Objects.requireNonNull(onNotice);
    }

    public void reload() {
        Incident incident = workspace.currentIncident();
        if (incident == null) {
            loaded = null;
            attention.set(0);
            return;
        }
        executor.execute(() -> load(incident), data -> {
            loaded = data;
            tick();
        }, _ -> { });
    }

    private Loaded load(Incident incident) {
        Incident current = store.incidents().find(incident.id()).orElse(incident);
        List<Communication> communications = store.communications().forIncident(incident.id());
        UpdateSchedule schedule = UpdateSchedule.of(current, store.impacts().affectedCustomers(incident.id()),
                communications);
        return new Loaded(schedule, communications, store.inventory().customers().stream()
                .collect(Collectors.toMap(Customer::id, Customer::name)));
    }

    private void onChanges(List<JournalEntry> entries) {
        Incident incident = workspace.currentIncident();
        if (incident != null && entries.stream().anyMatch(entry -> entry.entity() == EntityType.DATABASE
                || incident.id().equals(entry.incidentId()) && switch (entry.entity()) {
                    case COMMUNICATION, IMPACT, INCIDENT -> true;
                    default -> false;
                })) {
            reload();
        }
    }

    /// Looks at the clock again: called every half minute, and after each reload.
    public void tick() {
        if (loaded == null) {
            return;
        }
        List<Reminder> due = Reminder.due(loaded.schedule(), loaded.communications(), clock.instant());
        attention.set(due.size());
        List<Reminder> fresh = due.stream().filter(reminder -> !announced.contains(reminder.key())).toList();
        fresh.forEach(reminder -> announced.add(reminder.key()));
        if (fresh.size() > ONE_BY_ONE) {
            onNotice.accept(together(fresh));
        } else {
            fresh.forEach(reminder -> onNotice.accept(alone(reminder)));
        }
    }

    private Notice alone(Reminder reminder) {
        String customer = loaded.customerNames().getOrDefault(reminder.customerId(), "");
        String at = TIME.format(reminder.dueAt().atZone(clock.getZone()));
        return switch (reminder.kind()) {
            case UPDATE_OVERDUE -> new Notice("Status update overdue",
                    customer + " was due a status update at " + at + ".", true);
            case CALLBACK_DUE -> new Notice("Call back due", "Call back "
                    + (reminder.contact().isEmpty() ? customer : reminder.contact()
                    + (customer.isEmpty() ? "" : " at " + customer)) + " (due " + at + ").", false);
        };
    }

    private static Notice together(List<Reminder> fresh) {
        long updates = fresh.stream().filter(reminder -> reminder.kind() == Reminder.Kind.UPDATE_OVERDUE).count();
        long callbacks = fresh.size() - updates;
        String text = String.join(" and ", List.of(
                        updates == 0 ? "" : Text.count(updates, "status update") + " overdue",
                        callbacks == 0 ? "" : Text.count(callbacks, "call back") + " due")
                .stream().filter(part -> !part.isEmpty()).toList()) + ". The Comms screen lists them.";
        return new Notice("Customers need attention", text.substring(0, 1).toUpperCase(Locale.ROOT)
                + text.substring(1), updates > 0);
    }

    /// How many updates are overdue and call backs due now: the Comms entry's badge.
    public ReadOnlyIntegerProperty attentionProperty() {
        return attention.getReadOnlyProperty();
    }
}
