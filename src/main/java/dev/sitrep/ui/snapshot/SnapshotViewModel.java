package dev.sitrep.ui.snapshot;

import dev.sitrep.domain.Incident;
import dev.sitrep.domain.Text;
import dev.sitrep.io.snapshot.ExportSummary;
import dev.sitrep.io.snapshot.ImportSummary;
import dev.sitrep.io.snapshot.SnapshotException;
import dev.sitrep.io.snapshot.SnapshotExporter;
import dev.sitrep.io.snapshot.SnapshotImporter;
import dev.sitrep.store.SnapshotMode;
import dev.sitrep.store.Store;
import dev.sitrep.store.StoreCounts;
import dev.sitrep.ui.common.Command;
import dev.sitrep.ui.common.DialogService;
import dev.sitrep.ui.common.FileKind;
import dev.sitrep.ui.common.FilePicker;
import dev.sitrep.ui.common.TaskExecutor;
import dev.sitrep.ui.common.Workspace;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/// File → Export JSON… and Import JSON…: picks the file, runs the transfer off the UI thread with progress
/// and a way to cancel, and tells how it went.
///
/// One transfer runs at a time. A replace asks first, naming what will be lost.
public final class SnapshotViewModel {

    private final Store store;
    private final Workspace workspace;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final FilePicker files;
    private final Clock clock;

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final TransferProgress progress;

    private final Command exportDatabase;
    private final Command exportIncident;
    private final Command importMerge;
    private final Command importReplace;
    private final Command cancel;

    public SnapshotViewModel(Store store, Workspace workspace, TaskExecutor executor, DialogService dialogs,
                             FilePicker files, Clock clock) {
        this.store = store;
        this.workspace = workspace;
        this.executor = executor;
        this.dialogs = dialogs;
        this.files = files;
        this.clock = clock;
        this.progress = new TransferProgress(executor::runOnUiThread);
        var idle = running.not();
        this.exportDatabase = Command.when(idle, () -> export(null));
        this.exportIncident = Command.when(idle.and(workspace.currentIncidentProperty().isNotNull()),
                () -> export(workspace.currentIncident()));
        this.importMerge = Command.when(idle.and(workspace.operatorProperty().isNotNull()),
                () -> importSnapshot(SnapshotMode.MERGE));
        this.importReplace = Command.when(idle.and(workspace.operatorProperty().isNotNull()),
                () -> importSnapshot(SnapshotMode.REPLACE));
        this.cancel = Command.when(running, progress::cancel);
    }

    // Export

    private void export(Incident incident) {
        String what = incident == null ? "the database" : incident.code();
        String suggested = (incident == null ? "sitrep" : incident.code()) + "-" + LocalDate.now(clock) + ".json";
        files.save("Export " + what + " as JSON", FileKind.JSON_SNAPSHOT, suggested).ifPresent(file ->
                run("Exporting " + what, "rows",
                        () -> new SnapshotExporter(store, clock).export(file, incident == null ? null : incident.code(),
                                progress),
                        (ExportSummary summary) -> dialogs.showInfo("Export finished", summary.describe() + ".")));
    }

    // Import

    private void importSnapshot(SnapshotMode mode) {
        String verb = mode == SnapshotMode.MERGE ? "Import" : "Replace the database from";
        files.open(verb + " JSON snapshot", FileKind.JSON_SNAPSHOT).ifPresent(file -> {
            if (mode == SnapshotMode.REPLACE) {
                executor.execute(store::counts, counts -> {
                    if (confirmReplace(file, counts)) {
                        importFile(file, mode);
                    }
                }, this::failed);
            } else {
                importFile(file, mode);
            }
        });
    }

    private void importFile(Path file, SnapshotMode mode) {
        var operator = workspace.operator();
        run((mode == SnapshotMode.MERGE ? "Importing " : "Replacing the database with ") + file.getFileName(),
                "bytes", () -> new SnapshotImporter(store).importFile(file, mode, operator, progress),
                (ImportSummary summary) -> dialogs.showInfo("Import finished", summary.describe()
                        + (summary.describe().endsWith(".") ? "" : ".")));
    }

    private boolean confirmReplace(Path file, StoreCounts counts) {
        return dialogs.confirm("Replace the whole database?", "Everything in " + store.location().display()
                + " is removed, journal included (" + Text.count(counts.incidents(), "incident")
                + ", " + Text.count(counts.devices(), "device") + ", "
                + Text.count(counts.journal(), "journal entry", "journal entries")
                + "), and " + file.getFileName() + " takes its place. Every console on this database sees the "
                + "change. This cannot be undone.");
    }

    // Running a transfer

    private <T> void run(String what, String unit, Callable<T> work, Consumer<T> done) {
        title.set(what);
        progress.start(unit);
        running.set(true);
        executor.execute(work, result -> {
            running.set(false);
            done.accept(result);
        }, this::failed);
    }

    private void failed(Throwable failure) {
        running.set(false);
        switch (failure) {
            case CancellationException _ -> progress.status("Cancelled. Nothing was written.");
            case SnapshotException refused -> dialogs.showError("The snapshot was not imported",
                    refused.getMessage() + "\n\nNothing was changed.");
            default -> dialogs.showError(title.get() + " failed", Objects.requireNonNullElse(failure.getMessage(),
                    failure.getClass().getSimpleName()) + "\n\nNothing was changed.");
        }
    }

    // Properties and commands

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /// What runs: "Exporting INC-2026-0001".
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /// "12,000 of 27,476 rows", or what became of the last transfer.
    public ReadOnlyStringProperty statusProperty() {
        return progress.statusProperty();
    }

    /// From 0 to 1; negative while the total is not known yet.
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.fractionProperty();
    }

    public Command exportDatabaseCommand() {
        return exportDatabase;
    }

    public Command exportIncidentCommand() {
        return exportIncident;
    }

    public Command importCommand() {
        return importMerge;
    }

    public Command replaceCommand() {
        return importReplace;
    }

    public Command cancelCommand() {
        return cancel;
    }
}
