package dev.sitrep.ui.board;

import javafx.scene.Node;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/// Dragging a task's card: from a card to a column (a move) or onto a person in the roster (a
/// reassignment). The dragboard carries the task's id.
final class TaskDrag {

    private static final DataFormat TASK = new DataFormat("application/x-sitrep-task");

    private TaskDrag() {
    }

    /// Lets `source` start dragging the task `taskId` names when a drag begins on it (nothing when `null`).
    static void from(Node source, Supplier<UUID> taskId) {
        source.setOnDragDetected(event -> {
            UUID id = taskId.get();
            if (id != null) {
                ClipboardContent content = new ClipboardContent();
                content.put(TASK, id.toString());
                source.startDragAndDrop(TransferMode.MOVE).setContent(content);
                event.consume();
            }
        });
    }

    /// Lets `target` take a dragged task, marked by the `drop-target` style class while one hovers over it,
    /// and hands the task's id to `dropped`.
    static void onto(Node target, Consumer<UUID> dropped) {
        target.setOnDragOver(event -> {
            if (event.getGestureSource() != target && event.getDragboard().hasContent(TASK)) {
                event.acceptTransferModes(TransferMode.MOVE);
            }
            event.consume();
        });
        target.setOnDragEntered(event -> {
            if (event.getDragboard().hasContent(TASK)) {
                target.getStyleClass().add("drop-target");
            }
        });
        target.setOnDragExited(_ -> target.getStyleClass().remove("drop-target"));
        target.setOnDragDropped(event -> {
            boolean done = taskId(event) != null;
            if (done) {
                dropped.accept(taskId(event));
            }
            event.setDropCompleted(done);
            event.consume();
        });
    }

    private static UUID taskId(DragEvent event) {
        return event.getDragboard().getContent(TASK) instanceof String id ? UUID.fromString(id) : null;
    }
}
