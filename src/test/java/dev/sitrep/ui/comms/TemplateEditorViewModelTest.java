package dev.sitrep.ui.comms;

import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.MessageTemplate;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import dev.sitrep.ui.common.RecordingDialogs;
import dev.sitrep.ui.common.SteppingClock;
import dev.sitrep.ui.common.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateEditorViewModelTest {

    @TempDir
    Path folder;

    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-23T09:30:00Z"));
    private final Workspace workspace = new Workspace();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Store store;
    private TemplateEditorViewModel vm;

    @BeforeEach
    void open() {
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("db")), clock);
        workspace.operatorProperty().set(store.staff().signIn("Priya Shah", StaffRole.TAM));
        vm = new TemplateEditorViewModel(store, workspace, new CurrentThreadTaskExecutor(), dialogs);
    }

    @AfterEach
    void close() {
        vm.close();
        store.close();
    }

    @Test
    void theFirstTemplateIsShownAndSavingAChangeStoresAndJournalsIt() {
        assertThat(vm.nameProperty().get()).isEqualTo("Planned downtime agreed");
        assertThat(vm.saveCommand().isExecutable()).as("nothing changed yet").isFalse();
        long before = store.journal().latestSeq();

        vm.bodyProperty().set("Hello {contact}, windows agreed:\n{downtime}");
        vm.saveCommand().execute();

        MessageTemplate stored = store.templates().find(vm.selectedProperty().get().id()).orElseThrow();
        assertThat(stored.body()).isEqualTo("Hello {contact}, windows agreed:\n{downtime}");
        JournalEntry entry = store.journal().after(before, 10).getFirst();
        assertThat(entry.entity()).isEqualTo(EntityType.TEMPLATE);
        assertThat(entry.action()).isEqualTo(JournalAction.UPDATED);
        assertThat(entry.detail("fields")).isEqualTo("body");
        assertThat(vm.changedProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Saved “Planned downtime agreed”.");
    }

    @Test
    void aNameAnotherTemplateHasIsShownAndCannotBeSaved() {
        vm.nameProperty().set("status update");

        assertThat(vm.nameProblemProperty().get()).isEqualTo("There is already a template called “Status update”.");
        assertThat(vm.saveCommand().isExecutable()).isFalse();
    }

    @Test
    void unknownPlaceholdersAreReportedWhileWriting() {
        vm.bodyProperty().set("Fixed by {eta}");

        assertThat(vm.placeholderProblemProperty().get()).startsWith("{eta} is not a placeholder; known: {customer}");
        assertThat(vm.saveCommand().isExecutable()).as("a warning, not a refusal").isTrue();
    }

    @Test
    void editsWaitWhileAnotherTemplateIsShownAndClosingAsksAboutThem() {
        MessageTemplate first = vm.selectedProperty().get();
        vm.subjectProperty().set("Changed subject");

        vm.selectedProperty().set(vm.templates().get(1));
        assertThat(vm.isUnsaved(first)).isTrue();
        vm.selectedProperty().set(first);

        assertThat(vm.subjectProperty().get()).isEqualTo("Changed subject");
        dialogs.confirmAnswer = false;
        assertThat(vm.mayClose()).isFalse();
        assertThat(dialogs.questions).containsExactly("Close without saving?");
    }

    @Test
    void aNewTemplateIsAddedUnderTheNameGivenAndADeletedOneIsGone() {
        dialogs.textAnswer = Optional.of("Hourly update");

        vm.createCommand().execute();

        assertThat(vm.templates()).extracting(MessageTemplate::name).contains("Hourly update");
        assertThat(vm.nameProperty().get()).isEqualTo("Hourly update");

        vm.deleteCommand().execute();

        assertThat(dialogs.questions).containsExactly("New template", "Delete the template?");
        assertThat(store.templates().all()).extracting(MessageTemplate::name).doesNotContain("Hourly update");
        assertThat(vm.templates()).hasSize(3);
    }
}
