package dev.sitrep.ui.board;

import java.util.function.Supplier;

/// What the task board is made of besides its columns: the roster beside them, the downtime list it
/// switches to, and the dialogs it opens, each dialog's view model made afresh for one use.
public record BoardParts(RosterViewModel roster, DowntimeViewModel downtime, Supplier<TaskEditorViewModel> editor,
                         Supplier<BulkTasksViewModel> bulk) {
}
