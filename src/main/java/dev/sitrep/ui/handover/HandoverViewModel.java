package dev.sitrep.ui.handover;

import dev.sitrep.domain.HandoverFacts;
import dev.sitrep.domain.HandoverRequest;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Shift;
import dev.sitrep.domain.Staff;
import dev.sitrep.domain.Text;
import dev.sitrep.domain.TimeEntry;
import dev.sitrep.domain.TimeWindow;
import dev.sitrep.io.handover.HandoverSheets;
import dev.sitrep.io.handover.SheetTimes;
import dev.sitrep.io.print.PdfPages;
import dev.sitrep.io.print.PrintDocument.Paper;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.Command;
import dev.sitrep.ui.common.FileKind;
import dev.sitrep.ui.common.FilePicker;
import dev.sitrep.ui.common.TaskExecutor;
import dev.sitrep.ui.common.Workspace;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/// The Handover screen's state: which shift the sheet covers, who hands over to whom, the outgoing lead's
/// notes, the paper, and the pages of the sheet as it would print now.
///
/// The preview follows every change after a short pause. Saving and printing work the sheet out again from
/// the store at that moment, so what goes to paper is never older than the press of the key; both keep the
/// notes with the shift first, so a reprint carries them.
public final class HandoverViewModel {

    /// Sharp enough to read on screen at full width.
    static final float PREVIEW_DPI = 110;
    /// Sharp on paper without holding hundreds of megabytes of pages.
    static final float PRINT_DPI = 200;
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm", Locale.ROOT);

    /// A shift of the incident, as the shift picker offers it.
    ///
    /// @param label "Mon 23 Nov 08:00 – 20:00 · Priya Shah", "(running)" while it runs
    public record ShiftChoice(Shift shift, String label, String lead) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final Store store;
    private final Workspace workspace;
    private final TaskExecutor executor;
    private final FilePicker files;
    private final SheetPrinter printer;
    private final Clock clock;
    private final HandoverSheets sheets;
    private final PauseTransition previewPause;
    private final Subscription following;

    private final ObservableList<ShiftChoice> shifts = FXCollections.observableArrayList();
    private final ObjectProperty<ShiftChoice> shift = new SimpleObjectProperty<>(this, "shift");
    private final StringProperty from = new SimpleStringProperty(this, "from", "");
    private final StringProperty to = new SimpleStringProperty(this, "to", "");
    private final ReadOnlyStringWrapper fromProblem = new ReadOnlyStringWrapper(this, "fromProblem", "");
    private final ReadOnlyStringWrapper toProblem = new ReadOnlyStringWrapper(this, "toProblem", "");
    private final ObservableList<String> people = FXCollections.observableArrayList();
    private final StringProperty outgoingLead = new SimpleStringProperty(this, "outgoingLead", "");
    private final StringProperty incomingLead = new SimpleStringProperty(this, "incomingLead", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObjectProperty<Paper> paper;
    private final ObservableList<BufferedImage> pages = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper pageCount = new ReadOnlyStringWrapper(this, "pageCount", "");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final BooleanProperty ready = new SimpleBooleanProperty(this, "ready");
    private final Command refresh;
    private final Command savePdf;
    private final Command print;
    private final Command saveNotes;
    /// Counts previews asked for, so a slow one finishing after a newer one is dropped.
    private long previewGeneration;
    /// Whether a change to the inputs comes from choosing a shift, which previews once for them all.
    private boolean fillingFromShift;
    /// What the last preview was made from, kept until the journal or the window changes, so a change to
    /// the notes redraws without reading the store.
    private HandoverFacts previewFacts;
    /// The shift start `previewFacts`' journal was read from: a window starting earlier needs more of it.
    private Instant earliestRead = Instant.MAX;

    /// @param previewDelay how long the preview waits after a change before it is worked out again; zero
    ///                     works it out at once (tests)
    public HandoverViewModel(Store store, Workspace workspace, TaskExecutor executor, FilePicker files,
                             SheetPrinter printer, Clock clock, Duration previewDelay) {
        this.store = store;
        this.workspace = workspace;
        this.executor = executor;
        this.files = files;
        this.printer = printer;
        this.clock = clock;
        this.sheets = new HandoverSheets(store, clock);
        this.paper = new SimpleObjectProperty<>(this, "paper", Paper.forCountry(Locale.getDefault().getCountry()));
        this.previewPause = previewDelay.isZero() ? null : new PauseTransition(javafx.util.Duration.millis(
                previewDelay.toMillis()));
        if (previewPause != null) {
            previewPause.setOnFinished(_ -> preview());
        }
        this.refresh = Command.when(busy.not(), this::reload);
        this.savePdf = Command.when(ready.and(busy.not()), this::savePdf);
        this.print = Command.when(ready.and(busy.not()), this::print);
        this.saveNotes = Command.when(shift.isNotNull().and(busy.not()), this::saveNotes);
        shift.addListener((_, _, chosen) -> shiftChosen(chosen));
        for (Observable input : List.<Observable>of(from, to, outgoingLead, incomingLead, notes, paper)) {
            input.addListener(_ -> inputChanged());
        }
        workspace.currentIncidentProperty().addListener((_, _, _) -> reload());
        this.following = workspace.onChanges(_ -> {
            previewFacts = null;
            schedulePreview();
        });
        reload();
    }

    /// Stops following the journal.
    public void close() {
        following.unsubscribe();
    }

    // Loading

    /// Reads the incident's shifts and the staff again, then the preview.
    public void reload() {
        Incident incident = workspace.currentIncident();
        if (incident == null) {
            shifts.clear();
            pages.clear();
            ready.set(false);
            heading.set("");
            pageCount.set("");
            message.set("No incident is open. Declare one, or pick one above, to hand its shift over.");
            return;
        }
        heading.set(incident.code() + " · " + incident.title());
        previewFacts = null;
        executor.execute(() -> new Loaded(store.shifts().forIncident(incident.id()), store.staff().all()),
                this::show, this::failed);
    }

    private record Loaded(List<Shift> shifts, List<Staff> staff) {
    }

    private void show(Loaded loaded) {
        Map<UUID, String> names = loaded.staff().stream().collect(Collectors.toMap(Staff::id, Staff::name));
        people.setAll(loaded.staff().stream().map(Staff::name).sorted(String.CASE_INSENSITIVE_ORDER).toList());
        UUID chosen = shift.get() == null ? null : shift.get().shift().id();
        List<ShiftChoice> choices = loaded.shifts().stream()
                .sorted(Comparator.comparing(Shift::start).reversed())
                .map(each -> choice(each, names))
                .toList();
        shifts.setAll(choices);
        Optional<ShiftChoice> keep = choices.stream().filter(choice -> choice.shift().id().equals(chosen)).findFirst();
        Optional<Shift> latest = Shift.latest(loaded.shifts());
        ShiftChoice next = keep.or(() -> latest.flatMap(l -> choices.stream()
                .filter(choice -> choice.shift().id().equals(l.id())).findFirst())).orElse(null);
        if (next == null) {
            noShiftOnRecord();
        } else if (next.equals(shift.get())) {
            preview();
        } else {
            shift.set(next);
        }
    }

    private ShiftChoice choice(Shift each, Map<UUID, String> names) {
        String lead = each.leadId() == null ? "" : names.getOrDefault(each.leadId(), "");
        SheetTimes times = new SheetTimes(clock.getZone());
        String window = each.isRunning() ? times.date(each.start()) + " – now (running)"
                : times.window(each.start(), each.window(clock.instant()).end());
        return new ShiftChoice(each, window + (lead.isEmpty() ? "" : " · " + lead), lead);
    }

    /// No shift is on record: the sheet covers the last twelve hours, and the notes print without being kept.
    private void noShiftOnRecord() {
        Instant now = clock.instant();
        fill(now.minus(HandoverRequest.WITHOUT_A_SHIFT), null, "", "");
        message.set("No shift is on record for this incident: the sheet covers the last 12 hours. Start shifts on "
                + "the Tasks screen's roster to hand over by shift.");
    }

    private void shiftChosen(ShiftChoice chosen) {
        if (chosen == null) {
            return;
        }
        Shift chosenShift = chosen.shift();
        fill(chosenShift.start(), chosenShift.end(), chosen.lead(), chosenShift.handoverNotes());
    }

    /// Sets every input at once and previews once; `end` is `null` for "now".
    private void fill(Instant start, Instant end, String lead, String shiftNotes) {
        fillingFromShift = true;
        try {
            from.set(TimeEntry.format(start, clock.getZone()));
            to.set(end == null ? "now" : TimeEntry.format(end, clock.getZone()));
            outgoingLead.set(lead);
            notes.set(shiftNotes);
        } finally {
            fillingFromShift = false;
        }
        preview();
    }

    // The preview

    /// A preview's pages and what they were made from.
    private record Preview(HandoverFacts facts, Instant readFrom, List<BufferedImage> pages) {
    }

    /// Checks the window at once, so a problem shows as it is typed, and redraws the pages after a pause.
    private void inputChanged() {
        if (!fillingFromShift) {
            ready.set(workspace.currentIncident() != null && request().isPresent());
            schedulePreview();
        }
    }

    private void schedulePreview() {
        if (previewPause == null) {
            preview();
        } else {
            previewPause.playFromStart();
        }
    }

    /// Works the sheet out again and renders its pages, when the window reads.
    public void preview() {
        Incident incident = workspace.currentIncident();
        Optional<HandoverRequest> request = request();
        ready.set(incident != null && request.isPresent());
        if (!ready.get()) {
            return;
        }
        long generation = ++previewGeneration;
        Paper chosenPaper = paper.get();
        HandoverFacts known = previewFacts;
        Instant start = request.get().shift().start();
        boolean reusable = known != null && known.incident().id().equals(incident.id())
                && !start.isBefore(earliestRead);
        Instant readFrom = reusable ? earliestRead : start;
        executor.execute(() -> {
            HandoverFacts facts = reusable ? known : sheets.read(incident.id(), start);
            return new Preview(facts, readFrom, PdfPages.render(sheets.print(facts, request.get(), chosenPaper).pdf(),
                    PREVIEW_DPI));
        }, preview -> {
            if (generation == previewGeneration) {
                previewFacts = preview.facts();
                earliestRead = preview.readFrom();
                List<BufferedImage> rendered = preview.pages();
                pages.setAll(rendered);
                pageCount.set(Text.count(rendered.size(), "page") + " · " + chosenPaper.label());
            }
        }, this::failed);
    }

    /// The request the inputs make, or empty with the problems shown under the window's fields.
    private Optional<HandoverRequest> request() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        Instant start = parse("From", from.get(), now, fromProblem);
        Instant end = parse("To", to.get(), now, toProblem);
        if (start == null || end == null) {
            return Optional.empty();
        }
        if (!end.isAfter(start)) {
            toProblem.set("To: the shift must end after it starts (" + TimeEntry.format(start, clock.getZone()) + ").");
            return Optional.empty();
        }
        Operator operator = workspace.operator();
        return Optional.of(new HandoverRequest(new TimeWindow(start, end), outgoingLead.get().strip(),
                incomingLead.get().strip(), notes.get(), clock.instant(), operator == null ? "" : operator.name()));
    }

    private static Instant parse(String field, String text, ZonedDateTime now, ReadOnlyStringWrapper problem) {
        try {
            Instant instant = TimeEntry.parsePast(text, now);
            problem.set("");
            return instant;
        } catch (IllegalArgumentException unreadable) {
            problem.set(field + ": " + unreadable.getMessage());
            return null;
        }
    }

    // Saving, printing and the notes

    private void savePdf() {
        Incident incident = workspace.currentIncident();
        Optional<HandoverRequest> request = request();
        if (incident == null || request.isEmpty()) {
            return;
        }
        Optional<Path> file = files.save("Save the handover sheet", FileKind.PDF, suggestedFileName(incident));
        if (file.isEmpty()) {
            return;
        }
        Paper chosenPaper = paper.get();
        run(() -> {
            keepNotes();
            HandoverSheets.Printed printed = sheets.print(incident.id(), request.get(), chosenPaper);
            printed.save(file.get());
            return "Saved " + file.get().getFileName() + ": " + Text.count(printed.pages(), "page") + ", "
                    + chosenPaper.label() + ".";
        });
    }

    private void print() {
        Incident incident = workspace.currentIncident();
        Optional<HandoverRequest> request = request();
        if (incident == null || request.isEmpty()) {
            return;
        }
        Paper chosenPaper = paper.get();
        busy.set(true);
        message.set("Preparing the pages for the printer…");
        executor.execute(() -> {
            keepNotes();
            return PdfPages.render(sheets.print(incident.id(), request.get(), chosenPaper).pdf(), PRINT_DPI);
        }, printable -> {
            busy.set(false);
            try {
                message.set(printer.print(incident.code() + " shift handover", printable)
                        .map(name -> "Sent " + Text.count(printable.size(), "page") + " to " + name + ".")
                        .orElse("Printing cancelled."));
            } catch (IllegalStateException refused) {
                failed(refused);
            }
        }, this::failed);
    }

    private void saveNotes() {
        run(() -> keepNotes() ? "Kept the notes with the shift." : "The notes are kept already.");
    }

    /// Stores the notes with the chosen shift when they changed; database work.
    ///
    /// @return whether they changed
    private boolean keepNotes() {
        ShiftChoice chosen = shift.get();
        Operator operator = workspace.operator();
        String written = notes.get();
        if (chosen == null) {
            return false;
        }
        if (operator == null) {
            throw new IllegalStateException("Sign in first: the journal names who wrote the notes.");
        }
        Shift current = store.shifts().find(chosen.shift().id()).orElseThrow(() ->
                new IllegalStateException("The shift is no longer on record: the notes were not kept."));
        if (current.handoverNotes().equals(Text.orEmpty(written))) {
            return false;
        }
        store.shifts().save(new Shift(current.id(), current.incidentId(), current.start(), current.end(),
                current.leadId(), written, current.members()), operator);
        return true;
    }

    private void run(Callable<String> work) {
        busy.set(true);
        executor.execute(work, done -> {
            busy.set(false);
            message.set(done);
        }, this::failed);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        message.set(Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getSimpleName()));
    }

    /// "INC-2026-0002-handover-20261123-2000.pdf".
    private String suggestedFileName(Incident incident) {
        return incident.code() + "-handover-" + FILE_TIME.format(clock.instant().atZone(clock.getZone())) + "."
                + FileKind.PDF.extension();
    }

    // Properties and commands

    public ObservableList<ShiftChoice> shifts() {
        return shifts;
    }

    public ObjectProperty<ShiftChoice> shiftProperty() {
        return shift;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public ReadOnlyStringProperty fromProblemProperty() {
        return fromProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty toProblemProperty() {
        return toProblem.getReadOnlyProperty();
    }

    /// Everyone on the staff, for the two leads.
    public ObservableList<String> people() {
        return people;
    }

    public StringProperty outgoingLeadProperty() {
        return outgoingLead;
    }

    public StringProperty incomingLeadProperty() {
        return incomingLead;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    /// The sheet's pages as they would print now, for the preview.
    public ObservableList<BufferedImage> pages() {
        return pages;
    }

    /// "3 pages · A4".
    public ReadOnlyStringProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Command refreshCommand() {
        return refresh;
    }

    public Command savePdfCommand() {
        return savePdf;
    }

    public Command printCommand() {
        return print;
    }

    public Command saveNotesCommand() {
        return saveNotes;
    }
}
