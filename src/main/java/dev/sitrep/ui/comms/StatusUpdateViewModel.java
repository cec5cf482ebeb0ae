package dev.sitrep.ui.comms;

import dev.sitrep.domain.Communication;
import dev.sitrep.domain.CommunicationKind;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.MessageTemplate;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.SiteRollup;
import dev.sitrep.domain.StatusFacts;
import dev.sitrep.domain.StatusMessage;
import dev.sitrep.domain.Text;
import dev.sitrep.domain.UpdateSchedule;
import dev.sitrep.domain.Urgency;
import dev.sitrep.io.mail.EmailDraft;
import dev.sitrep.io.mail.EmlWriter;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.Command;
import dev.sitrep.ui.common.DialogService;
import dev.sitrep.ui.common.FileKind;
import dev.sitrep.ui.common.FilePicker;
import dev.sitrep.ui.common.TaskExecutor;
import dev.sitrep.ui.common.Workspace;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import javafx.util.Subscription;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/// The status-update composer: pick an affected customer (the most overdue first) and a template, edit the
/// filled-in subject and body, and send it by copying it, saving it as an e-mail draft, and marking it sent,
/// which logs a status update and restarts the customer's clock in the [UpdateSchedule].
///
/// The text is filled once from the template and then belongs to the operator; what they type may still
/// hold placeholders, which the preview fills from the incident as it stands. Each customer keeps their own
/// draft while the operator moves between customers, so nothing typed is lost by looking at someone else.
public final class StatusUpdateViewModel {

    /// A status update longer than this does not fit the communication log's summary.
    static final int LONGEST_UPDATE = 20_000;
    /// How a marked-sent update went out, for the communication log.
    static final String CHANNEL = "E-mail";
    /// From this long before an update is due, the customer's line reads as "due soon".
    static final Duration SOON = Duration.ofMinutes(15);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm", Locale.ROOT);

    /// How pressing a customer's next update is.
    public enum Due { OVERDUE, SOON, LATER, NONE }

    /// An affected customer as the picker lists them: "Acme", "overdue by 25 min".
    public record CustomerChoice(UUID customerId, String name, String due, Due urgency) {
    }

    private final Store store;
    private final Workspace workspace;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final FilePicker files;
    private final Clock clock;

    // Inputs

    private final ObjectProperty<CustomerChoice> customer = new SimpleObjectProperty<>(this, "customer");
    private final ObjectProperty<MessageTemplate> template = new SimpleObjectProperty<>(this, "template");
    private final StringProperty subject = new SimpleStringProperty(this, "subject", "");
    private final StringProperty body = new SimpleStringProperty(this, "body", "");

    // Outputs

    private final ObservableList<CustomerChoice> customers = FXCollections.observableArrayList();
    private final ObservableList<MessageTemplate> templates = FXCollections.observableArrayList();
    private final ObservableList<CustomerChoice> customersView = FXCollections.unmodifiableObservableList(customers);
    private final ObservableList<MessageTemplate> templatesView = FXCollections.unmodifiableObservableList(templates);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText", "");
    private final ReadOnlyStringWrapper recipient = new ReadOnlyStringWrapper(this, "recipient", "");
    private final ReadOnlyStringWrapper previewSubject = new ReadOnlyStringWrapper(this, "previewSubject", "");
    private final ReadOnlyStringWrapper previewBody = new ReadOnlyStringWrapper(this, "previewBody", "");
    private final ReadOnlyStringWrapper placeholderProblem = new ReadOnlyStringWrapper(this, "placeholderProblem", "");
    private final ReadOnlyStringWrapper etaWarning = new ReadOnlyStringWrapper(this, "etaWarning", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper sentAlready = new ReadOnlyBooleanWrapper(this, "sentAlready");

    // Commands

    private final Command copy;
    private final Command saveEml;
    private final Command markSent;
    private final Command nextDue;

    private Loaded loaded;
    private StatusMessage preview = new StatusMessage("", "", List.of());
    private UUID shownCustomerId;
    private UUID shownTemplateId;
    private String filledSubject = "";
    private String filledBody = "";
    private final Map<UUID, Draft> drafts = new HashMap<>();
    private Sent lastSent;
    private UUID preselected;
    private boolean restoring;
    private boolean listing;
    private final Subscription following;

    /// What was read for one incident: the incident, every customer by id, the state the facts come from,
    /// the customers it affects with the schedule of their updates, and the templates.
    private record Loaded(Incident incident, Map<UUID, Customer> customersById, StatusFacts.Sources sources,
                          UpdateSchedule schedule, List<UUID> affected, List<MessageTemplate> templates) {
    }

    /// A customer's text while the operator looks at another customer.
    private record Draft(UUID templateId, String subject, String body, String filledSubject, String filledBody) {
    }

    /// The update last marked sent, so the same text is not logged twice by a second press.
    private record Sent(UUID customerId, String text) {
    }

    public StatusUpdateViewModel(Store store, Workspace workspace, TaskExecutor executor, DialogService dialogs,
                                 FilePicker files, Clock clock) {
        this.store = store;
        this.workspace = workspace;
        this.executor = executor;
        this.dialogs = dialogs;
        this.files = files;
        this.clock = clock;
        BooleanBinding ready = customer.isNotNull().and(busy.not()).and(placeholderProblem.isEmpty())
                .and(Bindings.createBooleanBinding(() -> !previewSubject.get().isBlank() || !previewBody.get().isBlank(),
                        previewSubject, previewBody));
        this.copy = Command.when(ready, this::noteCopied);
        this.saveEml = Command.when(ready, this::saveEml);
        this.markSent = Command.when(ready.and(sentAlready.not()), this::markSent);
        this.nextDue = Command.when(Bindings.size(customers).greaterThan(1).and(busy.not()), this::selectNextDue);
        customer.addListener((_, _, chosen) -> customerChosen(chosen));
        template.addListener((_, _, chosen) -> templateChosen(chosen));
        subject.addListener(_ -> refreshPreview());
        body.addListener(_ -> refreshPreview());
        workspace.currentIncidentProperty().addListener((_, _, _) -> incidentChanged());
        this.following = workspace.onChanges(this::changed);
        reload();
    }

    /// Stops following the journal.
    public void close() {
        following.unsubscribe();
    }

    // Loading

    /// Reads the current incident, its customers and the templates again; drafts are kept.
    public void reload() {
        Incident incident = workspace.currentIncident();
        if (incident == null) {
            loaded = null;
            customers.clear();
            heading.set("");
            emptyText.set("No incident is open. Declare one, or pick one above, to send its status updates.");
            customer.set(null);
            refreshPreview();
            return;
        }
        executor.execute(() -> load(incident.id()), this::show, this::failed);
    }

    private Loaded load(UUID incidentId) {
        Incident incident = store.incidents().find(incidentId).orElseThrow(() ->
                new IllegalStateException("The incident is no longer in the database."));
        StatusFacts.Sources sources = new StatusFacts.Sources(incident, store.inventory().sites(),
                store.inventory().devices(), store.impacts().forIncident(incidentId),
                store.tasks().forIncident(incidentId), store.commitments().forIncident(incidentId));
        List<UUID> affected = List.copyOf(SiteRollup.customersOf(SiteRollup.forIncident(sources.sites(),
                sources.devices(), sources.impacts())));
        UpdateSchedule schedule = UpdateSchedule.of(incident, affected,
                store.communications().forIncident(incidentId));
        Map<UUID, Customer> customersById = store.inventory().customers().stream()
                .collect(Collectors.toMap(Customer::id, Function.identity()));
        return new Loaded(incident, customersById, sources, schedule, affected, store.templates().all());
    }

    private void show(Loaded fresh) {
        loaded = fresh;
        Incident incident = fresh.incident();
        heading.set(incident.code() + " · " + incident.title() + " · updates every "
                + cadence(incident.updateCadence()));
        restoring = true;
        templates.setAll(fresh.templates());
        template.set(fresh.templates().stream().filter(t -> t.id().equals(shownTemplateId)).findFirst()
                .orElseGet(() -> defaultTemplate(fresh.templates())));
        shownTemplateId = template.get() == null ? null : template.get().id();
        restoring = false;
        showCustomers();
        emptyText.set(customers.isEmpty() ? incident.code() + " affects no customer yet: add the devices at "
                + "risk to the incident first." : "");
        refreshPreview();
    }

    /// "Status update" when the database has it, else the first.
    private static MessageTemplate defaultTemplate(List<MessageTemplate> templates) {
        return templates.stream().filter(t -> t.name().equalsIgnoreCase("Status update")).findFirst()
                .orElse(templates.isEmpty() ? null : templates.getFirst());
    }

    /// Lists the customers for the time now and keeps (or makes) the choice.
    private void showCustomers() {
        if (loaded == null) {
            return;
        }
        // A list shown on screen may pick whatever row lands under its old selection while the rows change;
        // that is no choice of the operator's.
        listing = true;
        customers.setAll(choices(loaded, clock.instant()));
        listing = false;
        UUID wanted = preselected != null ? preselected : shownCustomerId;
        Optional<CustomerChoice> choice = find(wanted).or(() -> customers.stream().findFirst());
        if (preselected != null && find(preselected).isEmpty()) {
            Customer named = loaded.customersById().get(preselected);
            message.set((named == null ? "That customer" : named.name()) + " is not affected by "
                    + loaded.incident().code() + ": pick one of the customers it affects.");
        }
        preselected = null;
        customer.set(choice.orElse(null));
    }

    private List<CustomerChoice> choices(Loaded from, Instant now) {
        if (from.schedule().due().isEmpty()) {
            return from.affected().stream().map(id -> new CustomerChoice(id, name(from, id),
                    "no further update owed", Due.NONE)).toList();
        }
        return from.schedule().due().stream().map(due -> choice(from, due, now)).toList();
    }

    private CustomerChoice choice(Loaded from, UpdateSchedule.CustomerDue due, Instant now) {
        Duration left = due.remaining(now);
        if (left.isNegative()) {
            return new CustomerChoice(due.customerId(), name(from, due.customerId()),
                    "overdue by " + length(left.negated()), Due.OVERDUE);
        }
        String text = "due in " + length(left) + " (" + time(due.dueAt()) + ")";
        return new CustomerChoice(due.customerId(), name(from, due.customerId()), text,
                left.compareTo(SOON) <= 0 ? Due.SOON : Due.LATER);
    }

    private static String name(Loaded from, UUID customerId) {
        Customer customer = from.customersById().get(customerId);
        return customer == null ? "(a customer no longer on file)" : customer.name();
    }

    private Optional<CustomerChoice> find(UUID customerId) {
        return customers.stream().filter(choice -> choice.customerId().equals(customerId)).findFirst();
    }

    private void changed(List<JournalEntry> entries) {
        Incident incident = workspace.currentIncident();
        if (incident != null && entries.stream().anyMatch(entry -> incident.id().equals(entry.incidentId())
                || switch (entry.entity()) {
                    case CUSTOMER, SITE, DEVICE, TEMPLATE, DATABASE -> true;
                    default -> false;
                })) {
            reload();
        }
    }

    private void incidentChanged() {
        drafts.clear();
        lastSent = null;
        shownCustomerId = null;
        filledSubject = "";
        filledBody = "";
        subject.set("");
        body.set("");
        message.set("");
        reload();
    }

    /// Works the customers' due times and the preview out again for the time now; the view calls it every
    /// half minute.
    public void tick() {
        showCustomers();
        refreshPreview();
    }

    // Choosing

    /// Shows `customerId` (the customer board hands one over), now or as soon as the incident is read.
    public void preselect(UUID customerId) {
        preselected = customerId;
        if (loaded != null && !busy.get()) {
            showCustomers();
        }
    }

    private void customerChosen(CustomerChoice chosen) {
        if (listing || chosen == null || chosen.customerId().equals(shownCustomerId)) {
            return;
        }
        keepDraft();
        shownCustomerId = chosen.customerId();
        Draft draft = drafts.remove(chosen.customerId());
        if (draft == null) {
            fill();
            return;
        }
        restoring = true;
        templates.stream().filter(t -> t.id().equals(draft.templateId())).findFirst().ifPresent(template::set);
        shownTemplateId = draft.templateId();
        restoring = false;
        filledSubject = draft.filledSubject();
        filledBody = draft.filledBody();
        subject.set(draft.subject());
        body.set(draft.body());
    }

    private void keepDraft() {
        if (shownCustomerId != null && isEdited()) {
            drafts.put(shownCustomerId, new Draft(shownTemplateId, subject.get(), body.get(), filledSubject,
                    filledBody));
        }
    }

    private void templateChosen(MessageTemplate chosen) {
        if (restoring || chosen == null || chosen.id().equals(shownTemplateId)) {
            return;
        }
        shownTemplateId = chosen.id();
        if (isEdited() && !dialogs.confirm("Replace your text?", "You have changed the update to "
                + customerName() + ". Replace what you wrote with the template “" + chosen.name() + "”?")) {
            return;
        }
        fill();
    }

    /// The text is the operator's own once it differs from what the template filled in.
    private boolean isEdited() {
        return !subject.get().equals(filledSubject) || !body.get().equals(filledBody);
    }

    /// Fills the chosen template for the chosen customer.
    private void fill() {
        StatusFacts facts = facts();
        MessageTemplate chosen = template.get();
        if (facts == null || chosen == null) {
            return;
        }
        StatusMessage filled = StatusMessage.fill(chosen, facts);
        filledSubject = filled.subject();
        filledBody = filled.body();
        subject.set(filledSubject);
        body.set(filledBody);
    }

    private StatusFacts facts() {
        Customer chosen = chosenCustomer();
        if (loaded == null || chosen == null) {
            return null;
        }
        Operator operator = workspace.operator();
        return StatusFacts.of(loaded.sources(), chosen, operator == null ? "" : operator.name(), clock.getZone(),
                clock.instant());
    }

    private Customer chosenCustomer() {
        CustomerChoice chosen = customer.get();
        return chosen == null || loaded == null ? null : loaded.customersById().get(chosen.customerId());
    }

    private String customerName() {
        CustomerChoice chosen = customer.get();
        return chosen == null ? "the customer" : chosen.name();
    }

    private void selectNextDue() {
        customers.stream().filter(choice -> !choice.customerId().equals(shownCustomerId)).findFirst()
                .ifPresent(customer::set);
    }

    // The preview

    private void refreshPreview() {
        StatusFacts facts = facts();
        if (facts == null) {
            preview = new StatusMessage("", "", List.of());
            previewSubject.set("");
            previewBody.set("");
            placeholderProblem.set("");
            etaWarning.set("");
            recipient.set("");
            sentAlready.set(false);
            return;
        }
        preview = StatusMessage.fill(subject.get(), body.get(), facts);
        previewSubject.set(preview.subject());
        previewBody.set(preview.body());
        placeholderProblem.set(preview.problem());
        etaWarning.set(pastEtas(facts, preview));
        recipient.set(recipient(chosenCustomer()));
        sentAlready.set(lastSent != null && lastSent.customerId().equals(shownCustomerId)
                && lastSent.text().equals(preview.asText()));
    }

    /// The ETAs the update names that have passed already: an update should promise no time that is gone.
    private String pastEtas(StatusFacts facts, StatusMessage update) {
        List<String> past = facts.pastEtas().stream()
                .filter(eta -> update.body().contains(eta.what()))
                .map(eta -> eta.what() + " (" + time(eta.at()) + ")")
                .toList();
        if (past.isEmpty()) {
            return "";
        }
        return (past.size() == 1 ? "This time has passed: " : "These times have passed: ") + String.join(", ", past)
                + ". Ask the engineer for a new ETA before you send it.";
    }

    private static String recipient(Customer customer) {
        String name = customer.primaryContact().name();
        String address = customer.primaryContact().email();
        if (address.isEmpty()) {
            return "No e-mail address is on file for " + customer.name() + ": a saved draft has no recipient.";
        }
        return EmlWriter.recipient(new EmailDraft(name, address, "", "", Instant.EPOCH))
                .map(valid -> "To " + (name.isEmpty() ? address : name + " <" + address + ">"))
                .orElse("The address on file for " + customer.name() + ", “" + address + "”, is not a valid "
                        + "e-mail address: a saved draft has no recipient.");
    }

    // Sending

    /// The update as one text for the clipboard: subject, a blank line, the body.
    public String clipboardText() {
        return preview.asText();
    }

    private void noteCopied() {
        message.set("Copied the update to " + customerName() + ". Paste it into a mail or a chat, send it, then "
                + "mark it sent (Ctrl+Enter).");
    }

    private void saveEml() {
        Customer chosen = chosenCustomer();
        Optional<Path> file = files.save("Save the update to " + chosen.name() + " as an e-mail draft",
                FileKind.EMAIL_DRAFT, suggestedFileName(chosen));
        if (file.isEmpty()) {
            return;
        }
        EmailDraft draft = new EmailDraft(chosen.primaryContact().name(), chosen.primaryContact().email(),
                preview.subject(), preview.body(), clock.instant());
        busy.set(true);
        executor.execute(() -> EmlWriter.write(draft, file.get()), written -> {
            busy.set(false);
            message.set("Saved " + written.file().getFileName() + (written.to().isEmpty() ? " without a recipient"
                    : " to " + written.to()) + ". Open it in your mail program, send it, then mark it sent "
                    + "(Ctrl+Enter).");
        }, this::failed);
    }

    /// "INC-2026-0001-acme-20261123-1402.eml".
    private String suggestedFileName(Customer chosen) {
        String name = chosen.name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-|-$", "");
        return loaded.incident().code() + "-" + name + "-"
                + FILE_TIME.format(clock.instant().atZone(clock.getZone())) + "." + FileKind.EMAIL_DRAFT.extension();
    }

    private void markSent() {
        Operator operator = workspace.operator();
        Customer chosen = chosenCustomer();
        String text = preview.asText();
        if (operator == null) {
            message.set("Sign in first: the log names who sent each update.");
            return;
        }
        if (text.length() > LONGEST_UPDATE) {
            message.set("The update is " + Text.number(text.length()) + " characters long, but the log keeps "
                    + Text.number(LONGEST_UPDATE) + ". Shorten it, then mark it sent.");
            return;
        }
        Incident incident = loaded.incident();
        Communication update = new Communication(UUID.randomUUID(), incident.id(), chosen.id(),
                CommunicationKind.STATUS_UPDATE, CHANNEL, chosen.primaryContact().name(), text, Urgency.NORMAL,
                operator.name(), clock.instant(), null, null);
        busy.set(true);
        executor.execute(() -> {
            store.communications().save(update, operator);
            return load(incident.id());
        }, fresh -> {
            busy.set(false);
            lastSent = new Sent(chosen.id(), text);
            filledSubject = subject.get();
            filledBody = body.get();
            show(fresh);
            message.set("Logged the status update to " + chosen.name() + " at " + time(update.at()) + nextDueOf(
                    fresh, chosen.id()));
        }, this::failed);
    }

    private String nextDueOf(Loaded fresh, UUID customerId) {
        return fresh.schedule().forCustomer(customerId)
                .map(due -> ". Their next is due by " + time(due.dueAt()) + ".").orElse(".");
    }

    private void failed(Throwable failure) {
        busy.set(false);
        message.set(Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getSimpleName()));
    }

    // Templates

    /// A view model for the template editor, which the view opens as a dialog; the templates are read again
    /// when it closes.
    public TemplateEditorViewModel templateEditor() {
        return new TemplateEditorViewModel(store, workspace, executor, dialogs);
    }

    // Formatting

    /// "16:00" today, "Tue 09:00" on another day, in the console's time zone.
    private String time(Instant at) {
        ZonedDateTime local = at.atZone(clock.getZone());
        boolean today = local.toLocalDate().equals(clock.instant().atZone(clock.getZone()).toLocalDate());
        return (today ? TIME : DAY_AND_TIME).format(local);
    }

    /// "25 min", "1 h 05 min", "2 d 3 h".
    static String length(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 24 * 60) {
            return minutes / 60 + " h " + String.format(Locale.ROOT, "%02d", minutes % 60) + " min";
        }
        return minutes / (24 * 60) + " d " + minutes / 60 % 24 + " h";
    }

    private static String cadence(Duration cadence) {
        long minutes = cadence.toMinutes();
        return minutes % 60 == 0 ? minutes / 60 + " h" : length(cadence);
    }

    // Properties

    /// The customer the update is for; the view keeps it in step with the list.
    public ObjectProperty<CustomerChoice> customerProperty() {
        return customer;
    }

    /// The template the text was filled from.
    public ObjectProperty<MessageTemplate> templateProperty() {
        return template;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    /// The affected customers, the most overdue first.
    public ObservableList<CustomerChoice> customers() {
        return customersView;
    }

    public ObservableList<MessageTemplate> templates() {
        return templatesView;
    }

    /// "INC-2026-0001 · Exchange zero-day · updates every 2 h".
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /// Why there is nobody to write to (no incident, no affected customer); empty otherwise.
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    /// "To Jo Bloggs <jo@acme.example>", or why a saved draft will have no recipient.
    public ReadOnlyStringProperty recipientProperty() {
        return recipient.getReadOnlyProperty();
    }

    /// The subject as it goes out: what is typed, with any placeholders in it filled.
    public ReadOnlyStringProperty previewSubjectProperty() {
        return previewSubject.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewBodyProperty() {
        return previewBody.getReadOnlyProperty();
    }

    /// "{eta} is not a placeholder; known: …"; while it is set, the update cannot go out.
    public ReadOnlyStringProperty placeholderProblemProperty() {
        return placeholderProblem.getReadOnlyProperty();
    }

    /// The ETAs in the update that have passed already.
    public ReadOnlyStringProperty etaWarningProperty() {
        return etaWarning.getReadOnlyProperty();
    }

    /// What the last action did, or why it failed.
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /// This very text was marked sent to this customer already.
    public ReadOnlyBooleanProperty sentAlreadyProperty() {
        return sentAlready.getReadOnlyProperty();
    }

    /// The view puts [#clipboardText] on the clipboard, then runs this.
    public Command copyCommand() {
        return copy;
    }

    public Command saveEmlCommand() {
        return saveEml;
    }

    public Command markSentCommand() {
        return markSent;
    }

    /// Moves to the most overdue customer other than the one shown.
    public Command nextDueCommand() {
        return nextDue;
    }
}
