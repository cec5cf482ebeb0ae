package dev.sitrep.ui.inventoryimport;

import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Text;
import dev.sitrep.io.csv.CsvProblem;
import dev.sitrep.io.csv.ImportPlan;
import dev.sitrep.io.csv.ImportSummary;
import dev.sitrep.io.csv.InventoryImport;
import dev.sitrep.io.csv.PlanRow;
import dev.sitrep.io.csv.RowStatus;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.Command;
import dev.sitrep.ui.common.FileKind;
import dev.sitrep.ui.common.FilePicker;
import dev.sitrep.ui.common.TaskExecutor;
import dev.sitrep.ui.common.Workspace;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/// The inventory import wizard: choose a CSV file, see what each row would do, import it in one go.
///
/// Reading and comparing the file, and importing it, run on the store's executor. The preview is only a
/// preview: the store matches the rows again when it writes (see [InventoryImport#apply]).
public final class InventoryImportViewModel {

    /// Where the wizard is.
    public enum Step {
        /// No file chosen yet.
        CHOOSING,
        /// Reading the file and comparing it with the inventory.
        READING,
        /// The file can be imported.
        READY,
        /// The file matches the inventory already.
        NOTHING_TO_CHANGE,
        /// The file has problems; nothing can be imported until they are fixed.
        PROBLEMS,
        /// Writing the changes.
        IMPORTING,
        /// The changes are written.
        IMPORTED,
        /// The file could not be read, or the import failed.
        FAILED
    }

    private static final Predicate<PlanRow> EVERY_ROW = _ -> true;
    private static final Predicate<PlanRow> CHANGES_AND_PROBLEMS = row -> row.status() != RowStatus.UNCHANGED;

    private final Store store;
    private final Workspace workspace;
    private final TaskExecutor executor;
    private final FilePicker picker;
    private int generation;

    // Inputs

    private final BooleanProperty changesOnly = new SimpleBooleanProperty(this, "changesOnly");

    // Outputs

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.CHOOSING);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<ImportPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyObjectWrapper<ImportSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message",
            "Choose a CSV file to see what it would add and change before anything is imported.");
    private final ObservableList<PlanRow> rows = FXCollections.observableArrayList();
    private final FilteredList<PlanRow> shownRows = new FilteredList<>(rows, EVERY_ROW);
    private final ObservableList<PlanRow> readOnlyRows = FXCollections.unmodifiableObservableList(shownRows);
    private final ObservableList<String> fileProblems = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyFileProblems = FXCollections.unmodifiableObservableList(fileProblems);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    // Commands

    private final Command chooseCommand;
    private final Command readAgainCommand;
    private final Command importCommand;

    public InventoryImportViewModel(Store store, Workspace workspace, TaskExecutor executor, FilePicker picker) {
        this.store = store;
        this.workspace = workspace;
        this.executor = executor;
        this.picker = picker;
        busy.bind(step.isEqualTo(Step.READING).or(step.isEqualTo(Step.IMPORTING)));
        chooseCommand = Command.when(busy.not(), this::chooseFile);
        readAgainCommand = Command.when(busy.not().and(file.isNotNull()), this::readAgain);
        importCommand = Command.when(step.isEqualTo(Step.READY), this::importPlan);
        shownRows.predicateProperty().bind(Bindings.createObjectBinding(
                () -> changesOnly.get() ? CHANGES_AND_PROBLEMS : EVERY_ROW, changesOnly));
    }

    // Choosing and reading

    private void chooseFile() {
        picker.open("Import inventory from CSV", FileKind.CSV_INVENTORY).ifPresent(this::read);
    }

    private void readAgain() {
        read(file.get());
    }

    /// Reads `chosen` and compares it with the stored inventory, in the background.
    public void read(Path chosen) {
        if (busy.get()) {
            return;
        }
        int reading = ++generation;
        file.set(chosen);
        show(null);
        step.set(Step.READING);
        message.set("Reading " + name(chosen) + " and comparing it with the inventory…");
        executor.execute(() -> InventoryImport.preview(chosen, store), read -> {
            if (reading == generation) {
                preview(read);
            }
        }, failure -> {
            if (reading == generation) {
                fail("Could not read " + name(chosen) + ": " + messageOf(failure));
            }
        });
    }

    private void preview(ImportPlan read) {
        show(read);
        ImportSummary counts = read.summary();
        if (read.hasErrors()) {
            step.set(Step.PROBLEMS);
            message.set(Text.count(read.problems().size(), "problem") + " in " + read.file() + ": nothing can be "
                    + "imported until " + (read.problems().size() == 1 ? "it is" : "they are")
                    + " fixed in the file. Fix, save, then Read again.");
        } else if (!read.canApply()) {
            step.set(Step.NOTHING_TO_CHANGE);
            message.set("Nothing to change: " + Text.count(counts.unchangedRows(), "row") + " unchanged; the "
                    + "inventory already has everything " + read.file() + " says.");
        } else {
            step.set(Step.READY);
            message.set("Ready to import " + read.file() + ": " + counts.describe() + ".");
        }
    }

    private void show(ImportPlan shown) {
        plan.set(shown);
        summary.set(shown == null ? null : shown.summary());
        rows.setAll(shown == null ? List.of() : shown.rows());
        if (shown == null) {
            fileProblems.clear();
            return;
        }
        Set<Integer> rowsInError = shown.rows().stream().filter(row -> row.status() == RowStatus.ERROR)
                .map(PlanRow::line).collect(Collectors.toSet());
        fileProblems.setAll(shown.problems().stream().filter(problem -> !rowsInError.contains(problem.line()))
                .map(CsvProblem::describe).toList());
    }

    // Importing

    private void importPlan() {
        ImportPlan importing = plan.get();
        Operator operator = workspace.operator();
        if (operator == null) {
            message.set("Nobody is signed in: sign in first, since the journal records who made each change.");
            return;
        }
        int writing = ++generation;
        step.set(Step.IMPORTING);
        message.set("Importing " + importing.file() + "…");
        executor.execute(() -> InventoryImport.apply(importing, store, operator), written -> {
            if (writing != generation) {
                return;
            }
            summary.set(written);
            step.set(Step.IMPORTED);
            message.set(written.hasChanges() ? "Imported " + importing.file() + ": " + written.describe() + "."
                    : "Nothing was imported: another console brought the inventory up to date meanwhile.");
        }, failure -> {
            if (writing == generation) {
                fail("Could not import " + importing.file() + ", so nothing was imported: " + messageOf(failure));
            }
        });
    }

    private void fail(String why) {
        step.set(Step.FAILED);
        message.set(why);
    }

    // Small helpers

    private static String name(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }

    private static String messageOf(Throwable failure) {
        return Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getSimpleName());
    }

    // Accessors

    public Command chooseCommand() {
        return chooseCommand;
    }

    /// Reads the same file again, after it was fixed.
    public Command readAgainCommand() {
        return readAgainCommand;
    }

    /// Imports the previewed file; runnable only when it has changes and no problems.
    public Command importCommand() {
        return importCommand;
    }

    /// Shows only the rows that add, change or have a problem.
    public BooleanProperty changesOnlyProperty() {
        return changesOnly;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public Step step() {
        return step.get();
    }

    /// The chosen file; `null` before one is chosen.
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /// The preview of the chosen file; `null` while none is read.
    public ReadOnlyObjectProperty<ImportPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /// The preview's counts, and once imported what was written; `null` while no file is read.
    public ReadOnlyObjectProperty<ImportSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /// Where the wizard is, in a sentence.
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /// The rows to show, all or only changes and problems.
    public ObservableList<PlanRow> rows() {
        return readOnlyRows;
    }

    /// Problems of the file that belong to no row shown (its encoding, its header, a quote never closed).
    public ObservableList<String> fileProblems() {
        return readOnlyFileProblems;
    }

    /// True while reading or importing.
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
