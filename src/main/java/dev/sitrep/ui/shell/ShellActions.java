package dev.sitrep.ui.shell;

import java.util.List;
import java.util.Objects;

/// What the menus ask of the application, which owns windows and the operator's settings.
///
/// @param fileItems      the File menu's items above switching operator, in groups a separator divides
/// @param switchOperator opens the sign-in dialog for another operator
/// @param quit           closes the console
public record ShellActions(List<List<ShellMenuItem>> fileItems, Runnable switchOperator, Runnable quit) {

    public ShellActions {
        fileItems = fileItems.stream().map(List::copyOf).toList();
        Objects.requireNonNull(switchOperator, "switchOperator");
        Objects.requireNonNull(quit, "quit");
    }
}
