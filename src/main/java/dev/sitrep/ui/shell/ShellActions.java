package dev.sitrep.ui.shell;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/// What the menus ask of the application, which owns windows and the operator's settings.
///
/// @param fileItems      the File menu's items above switching operator, in groups a separator divides
/// @param viewItems      the View menu's items above the theme
/// @param switchOperator opens the sign-in dialog for another operator
/// @param quit           closes the console
public record ShellActions(List<List<ShellMenuItem>> fileItems, List<ShellMenuItem> viewItems,
                           Runnable switchOperator, Runnable quit) {

    public ShellActions {
        fileItems = fileItems.stream().map(List::copyOf).toList();
        viewItems = List.copyOf(viewItems);
        Objects.requireNonNull(switchOperator, "switchOperator");
        Objects.requireNonNull(quit, "quit");
    }

    /// Every item with a shortcut, File menu first.
    public List<ShellMenuItem> items() {
        return Stream.concat(fileItems.stream().flatMap(List::stream), viewItems.stream()).toList();
    }
}
