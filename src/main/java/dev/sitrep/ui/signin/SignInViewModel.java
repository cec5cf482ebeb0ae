package dev.sitrep.ui.signin;

import dev.sitrep.domain.Operator;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.domain.Text;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.Command;
import dev.sitrep.ui.common.TaskExecutor;
import dev.sitrep.ui.common.Workspace;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Objects;
import java.util.function.Consumer;

/// Who is at this console: a name and a role, checked as they are typed, then signed in against the staff
/// list (found by name, or added) so every journal entry names them.
public final class SignInViewModel {

    /// Long enough for any real name, short enough to fit the status bar and a timeline line.
    public static final int MAX_NAME_LENGTH = 80;

    private final Store store;
    private final Workspace workspace;
    private final TaskExecutor executor;
    private final Consumer<Operator> onSignedIn;

    // Inputs

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<StaffRole> role = new SimpleObjectProperty<>(this, "role");

    // Outputs

    private final ReadOnlyStringWrapper nameProblem = new ReadOnlyStringWrapper(this, "nameProblem");
    private final ReadOnlyStringWrapper roleProblem = new ReadOnlyStringWrapper(this, "roleProblem");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper signedIn = new ReadOnlyBooleanWrapper(this, "signedIn");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");

    // Commands

    private final Command signInCommand;

    /// @param onSignedIn called on the UI thread with the operator once signed in (the app remembers them)
    public SignInViewModel(Store store, Workspace workspace, TaskExecutor executor, Consumer<Operator> onSignedIn) {
        this.store = store;
        this.workspace = workspace;
        this.executor = executor;
        this.onSignedIn = Objects.requireNonNull(onSignedIn);
        nameProblem.bind(Bindings.createStringBinding(() -> nameProblem(name.get()), name));
        roleProblem.bind(Bindings.createStringBinding(() -> role.get() == null
                ? "Choose what you do in the war room." : "", role));
        signInCommand = Command.when(nameProblem.isEmpty().and(roleProblem.isEmpty()).and(busy.not()),
                this::signIn);
        Operator current = workspace.operator();
        if (current != null) {
            name.set(current.name());
            role.set(current.role());
        }
    }

    /// What is wrong with `typed` as a name, or empty when it will do.
    static String nameProblem(String typed) {
        String stripped = Text.orEmpty(typed);
        if (stripped.isEmpty()) {
            return "Type your name: the journal records it with every change you make.";
        }
        if (stripped.length() > MAX_NAME_LENGTH) {
            return "Shorten the name to " + MAX_NAME_LENGTH + " characters (it has " + stripped.length() + ").";
        }
        if (stripped.codePoints().noneMatch(Character::isLetter)) {
            return "A name needs at least one letter.";
        }
        if (stripped.codePoints().anyMatch(Character::isISOControl)) {
            return "Type the name on one line.";
        }
        return "";
    }

    private void signIn() {
        String wanted = Text.orEmpty(name.get());
        StaffRole wantedRole = role.get();
        busy.set(true);
        failure.set("");
        executor.execute(() -> store.staff().signIn(wanted, wantedRole), operator -> {
            busy.set(false);
            workspace.operatorProperty().set(operator);
            signedIn.set(true);
            onSignedIn.accept(operator);
        }, problem -> {
            busy.set(false);
            failure.set("Could not sign in: " + Objects.requireNonNullElse(problem.getMessage(),
                    problem.getClass().getSimpleName()));
        });
    }

    // Accessors

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<StaffRole> roleProperty() {
        return role;
    }

    /// Why the name cannot be used yet; empty when it can.
    public ReadOnlyStringProperty nameProblemProperty() {
        return nameProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty roleProblemProperty() {
        return roleProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /// Becomes true once the store has signed the operator in; the dialog closes then.
    public ReadOnlyBooleanProperty signedInProperty() {
        return signedIn.getReadOnlyProperty();
    }

    /// Why the last attempt failed (the database refused or could not be reached), empty otherwise.
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public Command signInCommand() {
        return signInCommand;
    }
}
