package dev.sitrep.ui.comms;

import dev.sitrep.domain.Communication;
import dev.sitrep.domain.CommunicationKind;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.MessageTemplate;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.SiteRollup;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.domain.StatusTotals;
import dev.sitrep.domain.UpdateSchedule;
import dev.sitrep.io.demo.DemoData;
import dev.sitrep.io.demo.DemoScenario;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.comms.StatusUpdateViewModel.CustomerChoice;
import dev.sitrep.ui.comms.StatusUpdateViewModel.Due;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import dev.sitrep.ui.common.FileKind;
import dev.sitrep.ui.common.RecordingDialogs;
import dev.sitrep.ui.common.ScriptedFilePicker;
import dev.sitrep.ui.common.SteppingClock;
import dev.sitrep.ui.common.Workspace;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class StatusUpdateViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:30:00Z");

    @TempDir
    Path folder;

    private final SteppingClock clock = new SteppingClock(NOW);
    private final Workspace workspace = new Workspace();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ScriptedFilePicker files = new ScriptedFilePicker();
    private Store store;
    private Incident incident;
    private Operator priya;
    private StatusUpdateViewModel vm;

    @BeforeEach
    void open() {
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("db")), clock);
        incident = DemoData.load(store, DemoScenario.ZERO_DAY, 1, DemoData.DEFAULT_SEED);
        priya = store.staff().signIn("Priya Shah", StaffRole.TAM);
        workspace.operatorProperty().set(priya);
        workspace.currentIncidentProperty().set(incident);
        vm = new StatusUpdateViewModel(store, workspace, new CurrentThreadTaskExecutor(), dialogs, files, clock);
    }

    @AfterEach
    void close() {
        vm.close();
        store.close();
    }

    @Test
    void theAffectedCustomersComeMostOverdueFirstAndTheFirstIsChosen() {
        UpdateSchedule schedule = schedule();

        assertThat(vm.customers()).extracting(CustomerChoice::customerId)
                .containsExactlyElementsOf(schedule.due().stream().map(UpdateSchedule.CustomerDue::customerId).toList());
        assertThat(vm.customers()).hasSize(26);
        CustomerChoice first = vm.customers().getFirst();
        assertThat(first.urgency()).isEqualTo(Due.OVERDUE);
        assertThat(first.due()).startsWith("overdue by ");
        assertThat(vm.customerProperty().get()).isEqualTo(first);
        assertThat(vm.headingProperty().get()).isEqualTo("INC-2026-0001 · " + incident.title() + " · updates every 2 h");
    }

    @Test
    void theStatusUpdateTemplateIsFilledFromTheCustomersPartOfTheZeroDay() {
        Customer customer = chosen();
        StatusTotals devices = devicesOf(customer);

        assertThat(vm.templateProperty().get().name()).isEqualTo("Status update");
        assertThat(vm.subjectProperty().get())
                .isEqualTo("INC-2026-0001 status update for " + customer.name() + ": " + incident.phase().label());
        assertThat(vm.bodyProperty().get())
                .startsWith("Hello " + customer.primaryContact().name() + ",\n\nThis is our scheduled update on "
                        + "INC-2026-0001: " + incident.title() + " (SEV1).")
                .contains("Your devices affected: " + devices.total() + "\nRestored so far: " + devices.recovered())
                .contains("Our next update will reach you by 11:30 UTC.")
                .endsWith("Kind regards,\nPriya Shah")
                .doesNotContain("{");
        assertThat(vm.previewSubjectProperty().get()).isEqualTo(vm.subjectProperty().get());
        assertThat(vm.previewBodyProperty().get()).isEqualTo(vm.bodyProperty().get());
        assertThat(vm.recipientProperty().get()).isEqualTo("To " + customer.primaryContact().name() + " <"
                + customer.primaryContact().email() + ">");
        assertThat(vm.placeholderProblemProperty().get()).isEmpty();
    }

    @Test
    void theOpenEtasAreTheCustomersOpenTasksWithTheirEtas() {
        IncidentTask open = store.tasks().forIncident(incident.id()).stream()
                .filter(task -> task.isOpen() && task.eta() != null && task.eta().isAfter(NOW)
                        && task.scope().customerId() != null)
                .findFirst().orElseThrow();

        vm.preselect(open.scope().customerId());

        assertThat(vm.bodyProperty().get()).contains("- " + open.title())
                .containsPattern("- " + Pattern.quote(open.title()) + "[^\n]*: expected by [^\n]*UTC\n");
    }

    @Test
    void markingItSentLogsTheUpdateAndMovesTheCustomersNextUpdate() {
        Customer customer = chosen();
        clock.advance(Duration.ofMinutes(2));
        String subject = vm.subjectProperty().get();
        String body = vm.bodyProperty().get();

        vm.markSentCommand().execute();

        Communication logged = store.communications().forIncident(incident.id()).getLast();
        assertThat(logged.kind()).isEqualTo(CommunicationKind.STATUS_UPDATE);
        assertThat(logged.customerId()).isEqualTo(customer.id());
        assertThat(logged.summary()).isEqualTo(subject + "\n\n" + body);
        assertThat(logged.loggedBy()).isEqualTo("Priya Shah");
        assertThat(logged.contact()).isEqualTo(customer.primaryContact().name());
        assertThat(logged.at()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
        assertThat(schedule().forCustomer(customer.id()).orElseThrow().dueAt())
                .isEqualTo(NOW.plus(Duration.ofMinutes(122)));
        assertThat(vm.customers().getFirst().customerId()).isNotEqualTo(customer.id());
        assertThat(vm.customerProperty().get().customerId()).as("still showing what was sent").isEqualTo(customer.id());
        assertThat(vm.customerProperty().get().due()).isEqualTo("due in 2 h 00 min (11:32)");
        assertThat(vm.messageProperty().get()).isEqualTo("Logged the status update to " + customer.name()
                + " at 09:32. Their next is due by 11:32.");
        assertThat(vm.markSentCommand().isExecutable()).as("the same text is not logged twice").isFalse();
    }

    @Test
    void savingAnEmlWritesADraftToTheContact() throws Exception {
        Customer customer = chosen();
        Path file = folder.resolve("update.eml");
        files.answer(file);

        vm.saveEmlCommand().execute();

        assertThat(files.kinds).containsExactly(FileKind.EMAIL_DRAFT);
        assertThat(files.asked.getFirst()).startsWith("Save the update to " + customer.name() + " as an e-mail draft")
                .endsWith("-20261123-0930.eml]").contains("[INC-2026-0001-");
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage saved = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(saved.getSubject()).isEqualTo(vm.previewSubjectProperty().get());
            assertThat(((String) saved.getContent()).replace("\r\n", "\n")).isEqualTo(vm.previewBodyProperty().get());
            assertThat(((InternetAddress) saved.getRecipients(Message.RecipientType.TO)[0]).getAddress())
                    .isEqualTo(customer.primaryContact().email());
            assertThat(saved.getHeader("X-Unsent")).containsExactly("1");
        }
        assertThat(vm.messageProperty().get()).startsWith("Saved update.eml to " + customer.primaryContact().name());
        assertThat(store.communications().forIncident(incident.id()))
                .as("saving is not sending").noneMatch(c -> c.at().equals(NOW) && c.customerId().equals(customer.id()));
    }

    @Test
    void anUnknownPlaceholderIsShownAndStopsTheUpdateGoingOut() {
        vm.bodyProperty().set(vm.bodyProperty().get() + "\nFixed by {eta}.");

        assertThat(vm.placeholderProblemProperty().get()).startsWith("{eta} is not a placeholder; known: {customer}");
        assertThat(vm.previewBodyProperty().get()).endsWith("Fixed by {eta}.");
        assertThat(vm.markSentCommand().isExecutable()).isFalse();
        assertThat(vm.saveEmlCommand().isExecutable()).isFalse();
        assertThat(vm.copyCommand().isExecutable()).isFalse();
    }

    @Test
    void placeholdersTypedIntoTheTextAreFilledInThePreview() {
        vm.subjectProperty().set("Update for {customer}");

        assertThat(vm.previewSubjectProperty().get()).isEqualTo("Update for " + chosen().name());
    }

    @Test
    void eachCustomerKeepsTheirOwnEditedText() {
        CustomerChoice first = vm.customers().get(0);
        CustomerChoice second = vm.customers().get(1);
        vm.bodyProperty().set("Written for the first customer only.");

        vm.customerProperty().set(second);
        String secondBody = vm.bodyProperty().get();
        vm.customerProperty().set(first);

        assertThat(secondBody).startsWith("Hello ");
        assertThat(vm.bodyProperty().get()).isEqualTo("Written for the first customer only.");
    }

    @Test
    void anotherTemplateReplacesEditedTextOnlyWhenTheOperatorSaysSo() {
        MessageTemplate restored = template("Service restored");
        vm.bodyProperty().set("My own words.");
        dialogs.confirmAnswer = false;

        vm.templateProperty().set(restored);

        assertThat(dialogs.questions).containsExactly("Replace your text?");
        assertThat(vm.bodyProperty().get()).isEqualTo("My own words.");

        dialogs.confirmAnswer = true;
        vm.templateProperty().set(template("Planned downtime agreed"));

        assertThat(vm.subjectProperty().get()).isEqualTo("INC-2026-0001: planned downtime agreed with " + chosen().name());
    }

    @Test
    void theCustomerBoardCanHandOverACustomer() {
        CustomerChoice last = vm.customers().getLast();

        vm.preselect(last.customerId());

        assertThat(vm.customerProperty().get().customerId()).isEqualTo(last.customerId());
        assertThat(vm.subjectProperty().get()).contains(last.name());
    }

    @Test
    void nextDueMovesToTheMostOverdueCustomerNotShown() {
        vm.nextDueCommand().execute();

        assertThat(vm.customerProperty().get()).isEqualTo(vm.customers().get(1));
    }

    @Test
    void copyingHandsTheViewSubjectAndBodyAsOneText() {
        vm.copyCommand().execute();

        assertThat(vm.clipboardText()).isEqualTo(vm.subjectProperty().get() + "\n\n" + vm.bodyProperty().get());
        assertThat(vm.messageProperty().get()).startsWith("Copied the update to " + chosen().name());
    }

    @Test
    void withoutAnIncidentThereIsNobodyToWriteTo() {
        workspace.currentIncidentProperty().set(null);

        assertThat(vm.customers()).isEmpty();
        assertThat(vm.emptyTextProperty().get()).startsWith("No incident is open.");
        assertThat(vm.markSentCommand().isExecutable()).isFalse();
    }

    private Customer chosen() {
        return store.inventory().customer(vm.customerProperty().get().customerId()).orElseThrow();
    }

    private MessageTemplate template(String name) {
        return vm.templates().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private UpdateSchedule schedule() {
        List<SiteRollup> rollups = SiteRollup.forIncident(store.inventory().sites(), store.inventory().devices(),
                store.impacts().forIncident(incident.id()));
        return UpdateSchedule.of(incident, SiteRollup.customersOf(rollups),
                store.communications().forIncident(incident.id()));
    }

    private StatusTotals devicesOf(Customer customer) {
        return SiteRollup.total(SiteRollup.forIncident(store.inventory().sites(), store.inventory().devices(),
                        store.impacts().forIncident(incident.id())).stream()
                .filter(rollup -> rollup.customerId().equals(customer.id())).toList());
    }
}
