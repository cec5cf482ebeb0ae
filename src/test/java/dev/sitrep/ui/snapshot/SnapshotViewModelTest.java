package dev.sitrep.ui.snapshot;

import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentKind;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.io.demo.DemoData;
import dev.sitrep.io.demo.DemoScenario;
import dev.sitrep.io.snapshot.Progress;
import dev.sitrep.io.snapshot.SnapshotExporter;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import dev.sitrep.ui.common.RecordingDialogs;
import dev.sitrep.ui.common.ScriptedFilePicker;
import dev.sitrep.ui.common.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private Store store;
    private final Workspace workspace = new Workspace();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ScriptedFilePicker files = new ScriptedFilePicker();
    private SnapshotViewModel vm;

    @BeforeEach
    void open() {
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("db")), CLOCK);
        workspace.operatorProperty().set(store.staff().signIn("Morgan Reyes", StaffRole.COMMANDER));
        vm = new SnapshotViewModel(store, workspace, new CurrentThreadTaskExecutor(), dialogs, files, CLOCK);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void exportsTheDatabaseToTheChosenFileAndSaysHowItWent() {
        DemoData.load(store, DemoScenario.ZERO_DAY, 1, DemoData.DEFAULT_SEED);
        Path out = folder.resolve("out.json");
        files.answer(out);

        vm.exportDatabaseCommand().execute();

        assertThat(files.asked).containsExactly("Export the database as JSON [sitrep-2026-11-23.json]");
        assertThat(out).isNotEmptyFile();
        assertThat(dialogs.infos).singleElement().asString()
                .startsWith("Export finished: Exported the database to ").contains("rows");
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void exportingTheIncidentNeedsOneAndExportsOnlyIt() throws IOException {
        assertThat(vm.exportIncidentCommand().isExecutable()).isFalse();
        Incident incident = DemoData.load(store, DemoScenario.ZERO_DAY, 1, DemoData.DEFAULT_SEED);
        workspace.currentIncidentProperty().set(incident);
        Path out = folder.resolve("incident.json");
        files.answer(out);

        vm.exportIncidentCommand().execute();

        assertThat(files.asked.getFirst()).contains(incident.code() + "-2026-11-23.json");
        assertThat(Files.readString(out)).contains("\"scope\":{\"incident\":\"" + incident.code() + "\"}");
    }

    @Test
    void importMergesTheChosenSnapshot() {
        Path file = exportOfAnotherDatabase();
        files.answer(file);

        vm.importCommand().execute();

        assertThat(store.incidents().all()).hasSize(1);
        assertThat(dialogs.infos).singleElement().asString().startsWith("Import finished: Merged other.json");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aBadSnapshotIsRefusedSayingWhereAndThatNothingChanged() throws IOException {
        files.answer(Files.writeString(folder.resolve("bad.json"), "{\"format\":\"sitrep.snapshot\",\"version\":1,\n"
                + "\"customers\":[{\"id\":\"not-a-uuid\"}]}"));
        long journal = store.counts().journal();

        vm.importCommand().execute();

        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("The snapshot was not imported: bad.json, line 2, column ")
                .contains("/customers/0/id").endsWith("Nothing was changed.");
        assertThat(store.counts().journal()).isEqualTo(journal);
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void aPersonKnownHereUnderAnotherIdIsRefusedByName() {
        workspace.operatorProperty().set(store.staff().signIn("Priya Shah", StaffRole.COMMANDER));
        files.answer(exportOfAnotherDatabase());

        vm.importCommand().execute();

        assertThat(dialogs.errors).singleElement().asString().contains("/staff/")
                .contains("\"Priya Shah\" is already the name of the staff member");
        assertThat(store.incidents().all()).isEmpty();
    }

    @Test
    void aReplaceAsksFirstAndDoesNothingWhenDeclined() {
        DemoData.load(store, DemoScenario.RANSOMWARE, 1, DemoData.DEFAULT_SEED);
        files.answer(exportOfAnotherDatabase());
        dialogs.confirmAnswer = false;

        vm.replaceCommand().execute();

        assertThat(dialogs.questions).containsExactly("Replace the whole database?");
        assertThat(store.incidents().all()).extracting(Incident::kind).containsExactly(IncidentKind.RANSOMWARE);
    }

    @Test
    void aConfirmedReplaceSwapsTheDatabase() {
        DemoData.load(store, DemoScenario.RANSOMWARE, 1, DemoData.DEFAULT_SEED);
        files.answer(exportOfAnotherDatabase());

        vm.replaceCommand().execute();

        assertThat(store.incidents().all()).extracting(Incident::kind).containsExactly(IncidentKind.VULNERABILITY);
        assertThat(dialogs.infos).singleElement().asString()
                .startsWith("Import finished: Replaced the database with other.json");
    }

    @Test
    void cancellingTheFileChooserDoesNothing() {
        // No file lined up: both choosers are cancelled.
        vm.importCommand().execute();
        vm.exportDatabaseCommand().execute();

        assertThat(dialogs.infos).isEmpty();
        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void importNeedsSomeoneSignedIn() {
        workspace.operatorProperty().set(null);

        assertThat(vm.importCommand().isExecutable()).isFalse();
        assertThat(vm.replaceCommand().isExecutable()).isFalse();
        assertThat(vm.exportDatabaseCommand().isExecutable()).isTrue();
    }

    private Path exportOfAnotherDatabase() {
        Path file = folder.resolve("other.json");
        try (Store other = Store.open(DatabaseLocation.ofFile(folder.resolve("other")), CLOCK)) {
            DemoData.load(other, DemoScenario.ZERO_DAY, 1, DemoData.DEFAULT_SEED);
            new SnapshotExporter(other, CLOCK).export(file, null, Progress.NONE);
        }
        return file;
    }
}
