package dev.sitrep.ui.welcome;

import dev.sitrep.domain.Incident;
import dev.sitrep.io.demo.DemoScenario;
import dev.sitrep.ui.common.Command;
import dev.sitrep.ui.common.TaskExecutor;
import dev.sitrep.ui.common.Workspace;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Objects;
import java.util.function.Function;

/// What a newcomer can do with an empty database: declare an incident, load a demo incident or import an
/// inventory from a CSV file.
public final class WelcomeViewModel {

    private final Workspace workspace;
    private final TaskExecutor executor;
    private final Function<DemoScenario, Incident> demoLoader;

    // Outputs

    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    // Commands

    private final Command declareCommand;
    private final Command importCommand;

    /// @param declare         opens the declare-incident dialog (the incident screen's command)
    /// @param importInventory opens the inventory import wizard
    /// @param demoLoader      writes a demo scenario to the store and returns its incident; runs in the background
    public WelcomeViewModel(Workspace workspace, TaskExecutor executor, Command declare, Command importInventory,
                            Function<DemoScenario, Incident> demoLoader) {
        this.workspace = workspace;
        this.executor = executor;
        this.demoLoader = Objects.requireNonNull(demoLoader);
        this.declareCommand = Command.when(loading.not().and(declare.executableProperty()), declare::execute);
        this.importCommand = Command.when(loading.not().and(importInventory.executableProperty()),
                importInventory::execute);
    }

    /// Generates and stores `scenario`'s demo incident in the background, then makes it current.
    public void loadDemo(DemoScenario scenario) {
        if (loading.get()) {
            return;
        }
        loading.set(true);
        problem.set("");
        progress.set("Loading the demo: " + scenario.description() + "…");
        executor.execute(() -> demoLoader.apply(scenario), incident -> {
            loading.set(false);
            progress.set("");
            workspace.currentIncidentProperty().set(incident);
        }, failure -> {
            loading.set(false);
            progress.set("");
            problem.set("Could not load the " + scenario.commandName() + " demo: "
                    + Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getSimpleName()));
        });
    }

    // Accessors

    public Command declareCommand() {
        return declareCommand;
    }

    public Command importCommand() {
        return importCommand;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /// What is being loaded, while it is.
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /// Why the last demo load failed, empty otherwise.
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
