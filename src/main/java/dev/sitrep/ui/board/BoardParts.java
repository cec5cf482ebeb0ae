package dev.sitrep.ui.board;

import java.util.function.Supplier;

/// What the task board is made of besides its columns: the roster beside them, the downtime list it
/// switches to, and the dialogs it opens.
///
/// @param editor one for the board's life: it reads the inventory once and keeps it while nothing changes
/// @param bulk   made afresh for each use, as picks and plans start over each time
public record BoardParts(RosterViewModel roster, DowntimeViewModel downtime, TaskEditorViewModel editor,
                         Supplier<BulkTasksViewModel> bulk) {
}
