package dev.sitrep.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

import java.util.Objects;

/// An action a view can bind a button or a shortcut to, carrying whether it can run now.
public final class Command {

    private final Runnable action;
    private final ReadOnlyBooleanWrapper executable = new ReadOnlyBooleanWrapper(true);

    private Command(Runnable action) {
        this.action = Objects.requireNonNull(action);
    }

    /// A command that can always run.
    public static Command of(Runnable action) {
        return new Command(action);
    }

    /// A command that can run while `condition` is true.
    public static Command when(ObservableBooleanValue condition, Runnable action) {
        Command command = new Command(action);
        command.executable.bind(condition);
        return command;
    }

    /// Runs the action if the command can run now; does nothing otherwise.
    public void execute() {
        if (executable.get()) {
            action.run();
        }
    }

    public boolean isExecutable() {
        return executable.get();
    }

    public ReadOnlyBooleanProperty executableProperty() {
        return executable.getReadOnlyProperty();
    }
}
