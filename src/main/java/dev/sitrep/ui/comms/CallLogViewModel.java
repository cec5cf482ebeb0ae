package dev.sitrep.ui.comms;

import dev.sitrep.domain.Communication;
import dev.sitrep.domain.CommunicationKind;
import dev.sitrep.domain.Contact;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Text;
import dev.sitrep.domain.TimeEntry;
import dev.sitrep.domain.Urgency;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.Command;
import dev.sitrep.ui.common.TaskExecutor;
import dev.sitrep.ui.common.Workspace;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
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
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/// The call log: who called (or was called), about what, how pressing it is and when they expect a call
/// back, written to the store as an inbound or outbound call of the current incident.
///
/// Built for a TAM with a phone in one hand: a few letters find the customer (the incident's affected
/// customers first), the contact follows the customer, logging takes one key, and the form clears for the
/// next call, keeping only the channel. A field shows what is wrong with it once the operator has left it
/// or tried to log, each message naming the field ("Summary: say what the call was about.").
public final class CallLogViewModel {

    /// The channels offered; any other may be typed.
    public static final List<String> CHANNELS = List.of("Phone", "E-mail", "Teams", "In person");
    static final String DEFAULT_CHANNEL = CHANNELS.getFirst();
    /// The longest texts the store keeps (the schema's column lengths).
    static final int CONTACT_LIMIT = 200;
    static final int CHANNEL_LIMIT = 100;
    static final int SUMMARY_LIMIT = 20_000;

    /// Whether the customer called us or we called them.
    public enum Direction {
        INBOUND(CommunicationKind.INBOUND_CALL), OUTBOUND(CommunicationKind.OUTBOUND_CALL);

        private final CommunicationKind kind;

        Direction(CommunicationKind kind) {
            this.kind = kind;
        }

        public CommunicationKind kind() {
            return kind;
        }
    }

    /// When the customer expects a call back: not at all, in a fixed time from now, or at a typed time.
    public enum CallbackPick {
        NONE("None", null),
        IN_15_MINUTES("+15 min", Duration.ofMinutes(15)),
        IN_30_MINUTES("+30 min", Duration.ofMinutes(30)),
        IN_1_HOUR("+1 h", Duration.ofHours(1)),
        CUSTOM("Custom", null);

        private final String label;
        private final Duration after;

        CallbackPick(String label, Duration after) {
            this.label = label;
            this.after = after;
        }

        public String label() {
            return label;
        }

        /// How long after the call the call back is due; `null` for none or a typed time.
        Duration after() {
            return after;
        }
    }

    /// The fields of the form that can be wrong, in the order the form shows them.
    public enum Field { CUSTOMER, CONTACT, CHANNEL, SUMMARY, CALLBACK }

    /// A customer the call can be about.
    ///
    /// @param affected the current incident affects one of the customer's devices
    public record CustomerChoice(UUID id, String name, Contact primaryContact, boolean affected) {
    }

    private final Store store;
    private final Workspace workspace;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Subscription following;

    // Inputs

    private final StringProperty customerText = new SimpleStringProperty(this, "customerText", "");
    private final StringProperty contact = new SimpleStringProperty(this, "contact", "");
    private final ObjectProperty<Direction> direction = new SimpleObjectProperty<>(this, "direction",
            Direction.INBOUND);
    private final StringProperty channel = new SimpleStringProperty(this, "channel", DEFAULT_CHANNEL);
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final ObjectProperty<Urgency> urgency = new SimpleObjectProperty<>(this, "urgency", Urgency.NORMAL);
    private final ObjectProperty<CallbackPick> callback = new SimpleObjectProperty<>(this, "callback",
            CallbackPick.NONE);
    private final StringProperty callbackText = new SimpleStringProperty(this, "callbackText", "");

    // Outputs

    private final ReadOnlyStringWrapper incidentName = new ReadOnlyStringWrapper(this, "incidentName", "");
    private final ReadOnlyObjectWrapper<CustomerChoice> customer = new ReadOnlyObjectWrapper<>(this, "customer");
    private final ObservableList<CustomerChoice> suggestions = FXCollections.observableArrayList();
    private final ObservableList<CustomerChoice> readOnlySuggestions =
            FXCollections.unmodifiableObservableList(suggestions);
    private final ReadOnlyStringWrapper contactHint = new ReadOnlyStringWrapper(this, "contactHint", "");
    private final ReadOnlyStringWrapper callbackPreview = new ReadOnlyStringWrapper(this, "callbackPreview", "");
    private final Map<Field, ReadOnlyStringWrapper> problems = new EnumMap<>(Field.class);
    private final ReadOnlyStringWrapper logged = new ReadOnlyStringWrapper(this, "logged", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final Command log;

    private CallCustomers customers = CallCustomers.NONE;
    /// The fields whose problems show: those the operator has left, or all after trying to log.
    private final Set<Field> checked = EnumSet.noneOf(Field.class);
    /// The contact the form filled in for the customer, replaced when the customer changes unless the
    /// operator typed another.
    private String prefilledContact = "";

    public CallLogViewModel(Store store, Workspace workspace, TaskExecutor executor, Clock clock) {
        this.store = store;
        this.workspace = workspace;
        this.executor = executor;
        this.clock = clock;
        for (Field field : Field.values()) {
            problems.put(field, new ReadOnlyStringWrapper(this, field.name().toLowerCase(Locale.ROOT) + "Problem",
                    ""));
        }
        log = Command.when(busy.not(), this::log);
        customerText.addListener((_, _, _) -> customerTyped());
        customer.addListener((_, old, chosen) -> customerChosen(old, chosen));
        callback.addListener((_, _, pick) -> {
            if (pick != CallbackPick.CUSTOM) {
                callbackText.set("");
            }
        });
        callbackText.addListener((_, _, text) -> {
            if (!Text.isBlank(text)) {
                callback.set(CallbackPick.CUSTOM);
            }
        });
        for (Observable input : List.of(contact, direction, channel, summary, callback, callbackText)) {
            input.addListener(_ -> check());
        }
        callback.addListener(_ -> previewCallback());
        callbackText.addListener(_ -> previewCallback());
        following = workspace.onChanges(this::onChanges);
        workspace.currentIncidentProperty().subscribe(incident -> {
            incidentName.set(incident == null ? "No incident is open" : incident.code() + " · " + incident.title());
            reload();
        });
    }

    /// Stops following the journal, for an owner that makes a view model per use rather than one for the
    /// console's life.
    public void close() {
        following.unsubscribe();
    }

    // Customers

    /// Reads the customers, and which of them the current incident affects, again.
    public void reload() {
        Incident incident = workspace.currentIncident();
        executor.execute(() -> CallCustomers.read(store, incident), this::showCustomers, this::failed);
    }

    private void showCustomers(CallCustomers loaded) {
        customers = loaded;
        customerTyped();
    }

    /// Customers come and go with the inventory, and become affected when the incident takes in a device;
    /// a device's status changing changes neither, so those entries are let by.
    private void onChanges(List<JournalEntry> entries) {
        if (entries.stream().anyMatch(CallLogViewModel::changesCustomers)) {
            reload();
        }
    }

    private static boolean changesCustomers(JournalEntry entry) {
        return switch (entry.entity()) {
            case CUSTOMER, SITE, DEVICE, DATABASE -> true;
            case IMPACT -> entry.action() == JournalAction.CREATED || entry.action() == JournalAction.IMPORTED;
            default -> false;
        };
    }

    private void customerTyped() {
        customer.set(customers.named(customerText.get()).orElse(null));
        List<CustomerChoice> offered = customer.get() != null ? List.of()
                : customers.suggestionsFor(customerText.get());
        if (!suggestions.equals(offered)) {
            suggestions.setAll(offered);
        }
        check();
    }

    /// Takes a customer from the completion list.
    public void chooseCustomer(CustomerChoice chosen) {
        customerText.set(chosen.name());
    }

    /// The contact follows the customer: the new customer's primary contact replaces the one the form
    /// filled in, but not one the operator typed.
    private void customerChosen(CustomerChoice old, CustomerChoice chosen) {
        if (Objects.equals(old, chosen)) {
            return;
        }
        if (Text.isBlank(contact.get()) || contact.get().equals(prefilledContact)) {
            prefilledContact = chosen == null ? "" : chosen.primaryContact().name();
            contact.set(prefilledContact);
        }
        contactHint.set(chosen == null ? "" : CallCustomers.contactHint(chosen));
    }

    // Checking

    /// The operator left a field: what is wrong with what they wrote there shows from now on. A field left
    /// empty is not wrong yet; trying to log says what it needs.
    public void fieldLeft(Field field) {
        if (!isBlank(field) && checked.add(field)) {
            check();
        }
    }

    private boolean isBlank(Field field) {
        return Text.isBlank(switch (field) {
            case CUSTOMER -> customerText.get();
            case CONTACT -> contact.get();
            case CHANNEL -> channel.get();
            case SUMMARY -> summary.get();
            case CALLBACK -> callbackText.get();
        });
    }

    private void check() {
        Instant now = clock.instant();
        for (Field field : Field.values()) {
            problems.get(field).set(checked.contains(field) ? problemOf(field, now).orElse("") : "");
        }
    }

    private Optional<String> problemOf(Field field, Instant now) {
        return switch (field) {
            case CUSTOMER -> customerProblem();
            case CONTACT -> tooLong("Contact", contact.get(), CONTACT_LIMIT);
            case CHANNEL -> tooLong("Channel", channel.get(), CHANNEL_LIMIT);
            case SUMMARY -> Text.isBlank(summary.get()) ? Optional.of("Summary: say what the call was about.")
                    : tooLong("Summary", summary.get(), SUMMARY_LIMIT);
            case CALLBACK -> callbackTime().problem(now, clock.getZone());
        };
    }

    private Optional<String> customerProblem() {
        String typed = Text.orEmpty(customerText.get());
        if (customer.get() != null) {
            return Optional.empty();
        }
        if (typed.isEmpty()) {
            return Optional.of("Customer: say who " + (direction.get() == Direction.INBOUND ? "called" : "was called")
                    + "; type a few letters of the name.");
        }
        return Optional.of("Customer: no customer called \"" + typed + "\"; pick one from the list.");
    }

    private static Optional<String> tooLong(String field, String text, int limit) {
        return Text.orEmpty(text).length() <= limit ? Optional.empty()
                : Optional.of(field + ": keep it under " + Text.number(limit) + " characters.");
    }

    /// The first field with a problem, for the form to take the operator to.
    public Optional<Field> fieldToFix() {
        return problems.entrySet().stream().filter(entry -> !entry.getValue().get().isEmpty())
                .map(Map.Entry::getKey).findFirst();
    }

    private void previewCallback() {
        callbackPreview.set(callbackTime().preview(clock.instant(), clock.getZone()));
    }

    private CallbackTime callbackTime() {
        return new CallbackTime(callback.get(), callbackText.get());
    }

    // Logging

    private void log() {
        checked.addAll(EnumSet.allOf(Field.class));
        check();
        logged.set("");
        Incident incident = workspace.currentIncident();
        Operator by = workspace.operator();
        if (incident == null || by == null) {
            problem.set(incident == null ? "No incident is open: a call is logged against the current incident."
                    : "Nobody is signed in at this console: sign in to log a call.");
            return;
        }
        if (fieldToFix().isPresent()) {
            problem.set("");
            return;
        }
        Instant now = clock.instant();
        CustomerChoice about = customer.get();
        Communication call = new Communication(UUID.randomUUID(), incident.id(), about.id(), direction.get().kind(),
                channel.get(), contact.get(), summary.get(), urgency.get(), by.name(), now,
                callbackTime().due(now, clock.getZone()).orElse(null), null);
        Draft logging = draft();
        busy.set(true);
        executor.execute(() -> {
            store.communications().save(call, by);
            return call;
        }, saved -> {
            busy.set(false);
            clear(logging);
            problem.set("");
            logged.set("Call with " + about.name() + " logged" + (saved.callbackDue() == null ? "."
                    : "; callback due " + CallbackTime.shown(saved.callbackDue(), now, clock.getZone()) + "."));
        }, failure -> {
            busy.set(false);
            failed(failure);
        });
    }

    /// What the form held when the operator logged the call.
    private record Draft(String customerText, String contact, Direction direction, String summary,
                         Urgency urgency, CallbackPick callback, String callbackText) {
    }

    private Draft draft() {
        return new Draft(customerText.get(), contact.get(), direction.get(), summary.get(), urgency.get(),
                callback.get(), callbackText.get());
    }

    /// Empties the form for the next call. A field the operator changed while the call was being written
    /// already belongs to the next call and stays; so does the channel, as the next call most likely comes
    /// the same way.
    private void clear(Draft logged) {
        clearIfUnchanged(customerText, logged.customerText(), "");
        clearIfUnchanged(contact, logged.contact(), "");
        if (contact.get().isEmpty()) {
            prefilledContact = "";
        }
        clearIfUnchanged(direction, logged.direction(), Direction.INBOUND);
        clearIfUnchanged(summary, logged.summary(), "");
        clearIfUnchanged(urgency, logged.urgency(), Urgency.NORMAL);
        clearIfUnchanged(callback, logged.callback(), CallbackPick.NONE);
        clearIfUnchanged(callbackText, logged.callbackText(), "");
        checked.clear();
        check();
    }

    private static <T> void clearIfUnchanged(Property<T> field, T logged, T empty) {
        if (Objects.equals(field.getValue(), logged)) {
            field.setValue(empty);
        }
    }

    private void failed(Throwable failure) {
        problem.set(Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getSimpleName()));
    }

    // Inputs

    /// What is typed in the customer field; a customer is chosen when it is one's name, in any case.
    public StringProperty customerTextProperty() {
        return customerText;
    }

    /// Who the call was with; filled in with the customer's primary contact.
    public StringProperty contactProperty() {
        return contact;
    }

    public ObjectProperty<Direction> directionProperty() {
        return direction;
    }

    /// How the call came or went: phone, e-mail, Teams, in person, or whatever is typed.
    public StringProperty channelProperty() {
        return channel;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ObjectProperty<Urgency> urgencyProperty() {
        return urgency;
    }

    public ObjectProperty<CallbackPick> callbackProperty() {
        return callback;
    }

    /// The typed callback time, read with [TimeEntry#parse]; typing one picks [CallbackPick#CUSTOM].
    public StringProperty callbackTextProperty() {
        return callbackText;
    }

    // Outputs

    /// "INC-2026-0001 · Exchange zero-day": the incident the call is logged against.
    public ReadOnlyStringProperty incidentNameProperty() {
        return incidentName.getReadOnlyProperty();
    }

    /// The customer the typed text names; `null` while it names none.
    public ReadOnlyObjectProperty<CustomerChoice> customerProperty() {
        return customer.getReadOnlyProperty();
    }

    /// What the completion list offers for the typed text; empty once it names a customer.
    public ObservableList<CustomerChoice> suggestions() {
        return readOnlySuggestions;
    }

    /// The chosen customer's primary contact with phone and e-mail, to call them back.
    public ReadOnlyStringProperty contactHintProperty() {
        return contactHint.getReadOnlyProperty();
    }

    /// "Callback due 14:45" for the picked callback, counted from when it was picked.
    public ReadOnlyStringProperty callbackPreviewProperty() {
        return callbackPreview.getReadOnlyProperty();
    }

    /// What is wrong with `field`, naming it ("Customer: ..."); empty when nothing is, or before the operator
    /// left the field or tried to log.
    public ReadOnlyStringProperty problemProperty(Field field) {
        return problems.get(field).getReadOnlyProperty();
    }

    /// "Call with Zenith logged." after the last call was written.
    public ReadOnlyStringProperty loggedProperty() {
        return logged.getReadOnlyProperty();
    }

    /// Why the last call could not be logged, when no field is to blame.
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /// A call is being written.
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /// Logs the call, or shows what is wrong with the form.
    public Command logCommand() {
        return log;
    }
}
