package dev.sitrep.ui.shell;

import java.util.Objects;

/// What the menus ask of the application, which owns windows and the operator's settings.
///
/// @param switchOperator  opens the sign-in dialog for another operator
/// @param quit            closes the console
/// @param importInventory opens the inventory import wizard
public record ShellActions(Runnable switchOperator, Runnable quit, Runnable importInventory) {

    public ShellActions {
        Objects.requireNonNull(switchOperator, "switchOperator");
        Objects.requireNonNull(quit, "quit");
        Objects.requireNonNull(importInventory, "importInventory");
    }
}
