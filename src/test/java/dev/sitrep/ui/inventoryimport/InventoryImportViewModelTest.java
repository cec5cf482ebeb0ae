package dev.sitrep.ui.inventoryimport;

import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.io.csv.PlanRow;
import dev.sitrep.io.csv.RowStatus;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import dev.sitrep.ui.common.HeldExecutor;
import dev.sitrep.ui.common.FileKind;
import dev.sitrep.ui.common.TaskExecutor;
import dev.sitrep.ui.common.Workspace;
import dev.sitrep.ui.inventoryimport.InventoryImportViewModel.Step;
import dev.sitrep.ui.common.ScriptedFilePicker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InventoryImportViewModelTest {

    static final String HEADER = "customer,site,hostname,kind,product,version,city,criticality";
    static final String ACME = HEADER + "\n"
            + "Acme,Leeds,EXCH-01,server,Exchange,2019 CU14,Leeds,1\n"
            + "Acme,Leeds,EXCH-02,server,Exchange,2019 CU14,Leeds,1\n"
            + "Acme,York,FW-01,network,FortiGate,7.4,York,2\n";

    @TempDir
    Path folder;

    private Store store;
    private final Workspace workspace = new Workspace();
    private final ScriptedFilePicker picker = new ScriptedFilePicker();

    @BeforeEach
    void open() {
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("import")), Clock.systemUTC());
        workspace.operatorProperty().set(store.staff().signIn("Priya Shah", StaffRole.ENGINEER));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private InventoryImportViewModel vm() {
        return vm(new CurrentThreadTaskExecutor());
    }

    private InventoryImportViewModel vm(TaskExecutor executor) {
        return new InventoryImportViewModel(store, workspace, executor, picker);
    }

    private Path csv(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    @Test
    void startsWithNothingChosenAndOnlyChoosingPossible() {
        InventoryImportViewModel vm = vm();

        assertThat(vm.step()).isEqualTo(Step.CHOOSING);
        assertThat(vm.chooseCommand().isExecutable()).isTrue();
        assertThat(vm.readAgainCommand().isExecutable()).isFalse();
        assertThat(vm.importCommand().isExecutable()).isFalse();
        assertThat(vm.rows()).isEmpty();
    }

    @Test
    void choosingAFilePreviewsEveryRowAndAllowsTheImport() throws IOException {
        InventoryImportViewModel vm = vm();
        picker.answer(csv("acme.csv", ACME));

        vm.chooseCommand().execute();

        assertThat(picker.kinds).containsExactly(FileKind.CSV_INVENTORY);
        assertThat(vm.step()).isEqualTo(Step.READY);
        assertThat(vm.rows()).extracting(PlanRow::line, PlanRow::status, PlanRow::hostname).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, RowStatus.NEW, "EXCH-01"),
                org.assertj.core.groups.Tuple.tuple(3, RowStatus.NEW, "EXCH-02"),
                org.assertj.core.groups.Tuple.tuple(4, RowStatus.NEW, "FW-01"));
        assertThat(vm.summaryProperty().get().newRows()).isEqualTo(3);
        assertThat(vm.messageProperty().get())
                .isEqualTo("Ready to import acme.csv: 3 new, 0 updated, 0 unchanged (1 new customer, 2 new sites).");
        assertThat(vm.importCommand().isExecutable()).isTrue();
        assertThat(store.counts().devices()).as("a preview writes nothing").isZero();
    }

    @Test
    void cancellingThePickerKeepsTheWizardAsItWas() {
        InventoryImportViewModel vm = vm();

        vm.chooseCommand().execute();

        assertThat(vm.step()).isEqualTo(Step.CHOOSING);
        assertThat(vm.fileProperty().get()).isNull();
    }

    @Test
    void importingWritesEveryRowJournaledAsTheOperatorAndTheChangeFeedSeesIt() throws IOException {
        InventoryImportViewModel vm = vm();
        long before = store.journal().latestSeq();
        vm.read(csv("acme.csv", ACME));

        vm.importCommand().execute();

        assertThat(vm.step()).isEqualTo(Step.IMPORTED);
        assertThat(vm.messageProperty().get())
                .isEqualTo("Imported acme.csv: 3 new, 0 updated, 0 unchanged (1 new customer, 2 new sites).");
        assertThat(vm.importCommand().isExecutable()).as("imported once").isFalse();
        assertThat(store.counts().devices()).isEqualTo(3);
        List<JournalEntry> written = store.journal().after(before, 100);
        assertThat(written).extracting(JournalEntry::actor).containsOnly("Priya Shah");
        assertThat(written).extracting(JournalEntry::entity).contains(EntityType.CUSTOMER, EntityType.SITE,
                EntityType.DEVICE);
    }

    @Test
    void theSameFileAgainHasNothingToChangeAndCannotBeImported() throws IOException {
        Path acme = csv("acme.csv", ACME);
        InventoryImportViewModel first = vm();
        first.read(acme);
        first.importCommand().execute();

        InventoryImportViewModel again = vm();
        again.read(acme);

        assertThat(again.step()).isEqualTo(Step.NOTHING_TO_CHANGE);
        assertThat(again.messageProperty().get())
                .isEqualTo("Nothing to change: 3 rows unchanged; the inventory already has everything acme.csv says.");
        assertThat(again.importCommand().isExecutable()).isFalse();
        assertThat(again.rows()).extracting(PlanRow::status).containsOnly(RowStatus.UNCHANGED);
    }

    @Test
    void aFileWithProblemsShowsThemAndCannotBeImportedUntilItIsFixedAndReadAgain() throws IOException {
        Path file = csv("acme.csv", HEADER + "\nAcme,Leeds,EXCH-01,server,Exchange,2019,Leeds,1\n"
                + "Acme,Leeds,EXCH-02,router,Exchange,2019,Leeds,5\n");
        InventoryImportViewModel vm = vm();
        vm.read(file);

        assertThat(vm.step()).isEqualTo(Step.PROBLEMS);
        assertThat(vm.importCommand().isExecutable()).isFalse();
        assertThat(vm.messageProperty().get()).startsWith("2 problems in acme.csv: nothing can be imported");
        assertThat(vm.rows().get(1).status()).isEqualTo(RowStatus.ERROR);
        assertThat(vm.rows().get(1).detail()).contains("\"router\" is not a device kind", "5 is outside 1-3");
        assertThat(vm.fileProblems()).as("row problems show in their row").isEmpty();

        Files.writeString(file, ACME);
        vm.readAgainCommand().execute();

        assertThat(vm.step()).isEqualTo(Step.READY);
        assertThat(vm.importCommand().isExecutable()).isTrue();
    }

    @Test
    void problemsOfTheHeaderAreListedApartFromTheRows() throws IOException {
        InventoryImportViewModel vm = vm();

        vm.read(csv("short.csv", "customer,site,hostname\nAcme,Leeds,EXCH-01\n"));

        assertThat(vm.step()).isEqualTo(Step.PROBLEMS);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.fileProblems()).hasSize(5).first().asString()
                .startsWith("short.csv line 1, column \"kind\": missing from the header row");
    }

    @Test
    void aFileThatCannotBeReadSaysWhy() {
        InventoryImportViewModel vm = vm();

        vm.read(folder.resolve("gone.csv"));

        assertThat(vm.step()).isEqualTo(Step.FAILED);
        assertThat(vm.messageProperty().get()).startsWith("Could not read gone.csv: There is no file");
        assertThat(vm.readAgainCommand().isExecutable()).isTrue();
    }

    @Test
    void onlyChangesAndProblemsCanBeShown() throws IOException {
        Path acme = csv("acme.csv", ACME);
        InventoryImportViewModel first = vm();
        first.read(acme);
        first.importCommand().execute();
        InventoryImportViewModel vm = vm();
        vm.read(csv("more.csv", ACME + "Acme,York,FW-02,network,FortiGate,7.4,York,2\n"));

        vm.changesOnlyProperty().set(true);

        assertThat(vm.rows()).extracting(PlanRow::hostname).containsExactly("FW-02");
        vm.changesOnlyProperty().set(false);
        assertThat(vm.rows()).hasSize(4);
    }

    @Test
    void withNobodySignedInNothingIsImported() throws IOException {
        InventoryImportViewModel vm = vm();
        vm.read(csv("acme.csv", ACME));
        workspace.operatorProperty().set(null);

        vm.importCommand().execute();

        assertThat(vm.messageProperty().get()).startsWith("Nobody is signed in");
        assertThat(store.counts().devices()).isZero();
    }

    @Test
    void whileReadingNothingElseCanStartAndALateResultOfAnEarlierFileIsIgnored() throws IOException {
        HeldExecutor held = new HeldExecutor();
        InventoryImportViewModel vm = vm(held);
        vm.read(csv("acme.csv", ACME));

        assertThat(vm.step()).isEqualTo(Step.READING);
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.chooseCommand().isExecutable()).isFalse();
        assertThat(vm.importCommand().isExecutable()).isFalse();

        held.runHeld();

        assertThat(vm.step()).isEqualTo(Step.READY);
        assertThat(vm.busyProperty().get()).isFalse();
    }
}
