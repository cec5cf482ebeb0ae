package dev.sitrep.ui.handover;

import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Shift;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.domain.TimeEntry;
import dev.sitrep.io.demo.DemoData;
import dev.sitrep.io.demo.DemoScenario;
import dev.sitrep.io.print.PrintDocument.Paper;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import dev.sitrep.ui.common.FileKind;
import dev.sitrep.ui.common.ScriptedFilePicker;
import dev.sitrep.ui.common.SteppingClock;
import dev.sitrep.ui.common.Workspace;
import dev.sitrep.ui.handover.HandoverViewModel.ShiftChoice;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/// The Handover screen's state on the zero-day demo, with a real store and the work run at once.
class HandoverViewModelTest {

    private static final Instant NOW = Instant.parse("2026-03-12T14:37:21Z");

    @TempDir
    Path folder;

    private final SteppingClock clock = new SteppingClock(NOW);
    private final Workspace workspace = new Workspace();
    private final ScriptedFilePicker files = new ScriptedFilePicker();
    private final RecordingPrinter printer = new RecordingPrinter();
    private Store store;
    private Incident incident;
    private HandoverViewModel vm;

    @BeforeEach
    void open() {
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("db")), clock);
        incident = DemoData.load(store, DemoScenario.ZERO_DAY, 1, DemoData.DEFAULT_SEED);
        workspace.operatorProperty().set(store.staff().signIn("Priya Shah", StaffRole.MANAGER));
        workspace.currentIncidentProperty().set(incident);
        vm = new HandoverViewModel(store, workspace, new CurrentThreadTaskExecutor(), files, printer, clock,
                Duration.ZERO);
        vm.paperProperty().set(Paper.A4);
    }

    @AfterEach
    void close() {
        vm.close();
        store.close();
    }

    @Test
    void opensOnTheLatestShiftWithItsLeadNotesAndPages() {
        Shift latest = Shift.latest(store.shifts().forIncident(incident.id())).orElseThrow();

        ShiftChoice chosen = vm.shiftProperty().get();
        assertThat(chosen.shift().id()).isEqualTo(latest.id());
        assertThat(vm.fromProperty().get()).isEqualTo(TimeEntry.format(latest.start(), clock.getZone()));
        assertThat(vm.toProperty().get()).isEqualTo(latest.isRunning() ? "now"
                : TimeEntry.format(latest.end(), clock.getZone()));
        assertThat(vm.outgoingLeadProperty().get()).isEqualTo(chosen.lead()).isNotEmpty();
        assertThat(vm.notesProperty().get()).isEqualTo(latest.handoverNotes());
        assertThat(vm.shifts()).hasSize(store.shifts().forIncident(incident.id()).size());
        assertThat(vm.pages()).isNotEmpty();
        assertThat(vm.pageCountProperty().get()).isEqualTo(vm.pages().size()
                + (vm.pages().size() == 1 ? " page" : " pages") + " · A4");
        assertThat(vm.pages().getFirst().getWidth()).as("A4 at the preview's resolution")
                .isCloseTo(Math.round(8.27f * HandoverViewModel.PREVIEW_DPI), within(2));
    }

    @Test
    void choosingAnEndedShiftCoversItsWindowAndNotes() {
        ShiftChoice ended = vm.shifts().stream().filter(choice -> !choice.shift().isRunning())
                .min(Comparator.comparing(choice -> choice.shift().start())).orElseThrow();

        vm.shiftProperty().set(ended);

        assertThat(vm.fromProperty().get()).isEqualTo(TimeEntry.format(ended.shift().start(), clock.getZone()));
        assertThat(vm.toProperty().get()).isEqualTo(TimeEntry.format(ended.shift().end(), clock.getZone()));
        assertThat(vm.notesProperty().get()).isEqualTo(ended.shift().handoverNotes()).isNotEmpty();
    }

    @Test
    void aWindowThatDoesNotReadIsNamedAndNothingIsSavedUntilItDoes() {
        vm.fromProperty().set("this morning");

        assertThat(vm.fromProblemProperty().get()).startsWith("From: \"this morning\" is not a time: write ");
        assertThat(vm.savePdfCommand().isExecutable()).isFalse();
        assertThat(vm.printCommand().isExecutable()).isFalse();

        vm.fromProperty().set("-6h");
        vm.toProperty().set("-8h");
        assertThat(vm.fromProblemProperty().get()).isEmpty();
        assertThat(vm.toProblemProperty().get()).startsWith("To: the shift must end after it starts");

        vm.toProperty().set("now");
        assertThat(vm.toProblemProperty().get()).isEmpty();
        assertThat(vm.savePdfCommand().isExecutable()).isTrue();
    }

    @Test
    void savingWritesThePdfAndKeepsTheNotesWithTheShift() throws IOException {
        Path file = folder.resolve("handover.pdf");
        files.answer(file);
        vm.incomingLeadProperty().set("Nguyễn Văn An");
        vm.notesProperty().set("Watch EXCH-07: the patch needs a second reboot.");
        long before = store.journal().latestSeq();

        vm.savePdfCommand().execute();

        assertThat(files.kinds).containsExactly(FileKind.PDF);
        assertThat(files.asked.getFirst()).contains("[" + incident.code() + "-handover-");
        assertThat(vm.messageProperty().get()).matches("Saved handover\\.pdf: \\d+ pages?, A4\\.");
        String text = text(file);
        assertThat(text).contains(incident.code(), "Watch EXCH-07: the patch needs a second reboot.", "Nguyễn Văn An");
        Shift kept = store.shifts().find(vm.shiftProperty().get().shift().id()).orElseThrow();
        assertThat(kept.handoverNotes()).isEqualTo("Watch EXCH-07: the patch needs a second reboot.");
        assertThat(store.journal().after(before, 10)).extracting(JournalEntry::entity).containsExactly(EntityType.SHIFT);
    }

    @Test
    void aCancelledSaveWritesNothing() {
        long before = store.journal().latestSeq();
        vm.notesProperty().set("Changed but not saved");

        vm.savePdfCommand().execute();

        assertThat(files.asked).hasSize(1);
        assertThat(store.journal().latestSeq()).isEqualTo(before);
    }

    @Test
    void printingHandsThePagesToThePrinterSharpEnoughForPaper() {
        printer.answer = Optional.of("Office laser");

        vm.printCommand().execute();

        assertThat(printer.jobs).containsExactly(incident.code() + " shift handover");
        assertThat(printer.pages).isNotEmpty().hasSize(vm.pages().size());
        assertThat(printer.pages.getFirst().getWidth()).isCloseTo(Math.round(8.27f * HandoverViewModel.PRINT_DPI),
                within(3));
        assertThat(vm.messageProperty().get()).isEqualTo("Sent " + printer.pages.size() + " pages to Office laser.");
    }

    @Test
    void aCancelledOrRefusedPrintSaysSo() {
        printer.answer = Optional.empty();
        vm.printCommand().execute();
        assertThat(vm.messageProperty().get()).isEqualTo("Printing cancelled.");

        printer.refusal = "No printer is set up on this computer.";
        vm.printCommand().execute();
        assertThat(vm.messageProperty().get()).isEqualTo("No printer is set up on this computer.");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void letterPaperPreviewsOnLetterPages() {
        vm.paperProperty().set(Paper.LETTER);

        assertThat(vm.pageCountProperty().get()).endsWith(" · Letter");
        assertThat(vm.pages().getFirst().getWidth()).isCloseTo(Math.round(8.5f * HandoverViewModel.PREVIEW_DPI),
                within(2));
    }

    @Test
    void withoutAnIncidentThereIsNothingToHandOver() {
        workspace.currentIncidentProperty().set(null);

        assertThat(vm.pages()).isEmpty();
        assertThat(vm.messageProperty().get()).startsWith("No incident is open.");
        assertThat(vm.savePdfCommand().isExecutable()).isFalse();
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(document);
        }
    }

    /// Takes the pages a print would send, answering as a test lines up.
    private static final class RecordingPrinter implements SheetPrinter {
        final List<String> jobs = new ArrayList<>();
        final List<BufferedImage> pages = new ArrayList<>();
        Optional<String> answer = Optional.of("Printer");
        String refusal;

        @Override
        public Optional<String> print(String jobName, List<BufferedImage> printed) {
            if (refusal != null) {
                throw new IllegalStateException(refusal);
            }
            jobs.add(jobName);
            pages.clear();
            pages.addAll(printed);
            return answer;
        }
    }
}
