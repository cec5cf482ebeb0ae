package dev.sitrep.ui.board;

import dev.sitrep.ui.board.TaskBoardViewModel.Choice;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;

import java.util.Objects;
import java.util.UUID;

/// A filter of the board that picks one person or place by name, or "any" (the first, empty entry). The
/// view model keeps the chosen id; this keeps the box and the id in step both ways.
final class ChoiceFilter {

    private ChoiceFilter() {
    }

    static ComboBox<Choice> of(String id, String any, ObservableList<Choice> choices, ObjectProperty<UUID> chosen) {
        ComboBox<Choice> box = new ComboBox<>();
        box.setId(id);
        box.setPromptText(any);
        box.setButtonCell(new ChoiceCell(any));
        box.setCellFactory(_ -> new ChoiceCell(any));
        box.setVisibleRowCount(16);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setPrefWidth(170);
        Runnable offer = () -> {
            box.getItems().setAll(choices);
            box.getItems().addFirst(null);
            select(box, chosen.get());
        };
        choices.subscribe(offer);
        offer.run();
        chosen.subscribe(idChosen -> select(box, idChosen));
        box.valueProperty().subscribe(choice -> {
            UUID picked = choice == null ? null : choice.id();
            if (!Objects.equals(picked, chosen.get())) {
                chosen.set(picked);
            }
        });
        return box;
    }

    private static void select(ComboBox<Choice> box, UUID id) {
        Choice choice = box.getItems().stream().filter(item -> item != null && item.id().equals(id)).findFirst()
                .orElse(null);
        if (!Objects.equals(box.getValue(), choice) && (choice != null || id == null)) {
            box.setValue(choice);
        }
    }

    private static final class ChoiceCell extends ListCell<Choice> {

        private final String any;

        ChoiceCell(String any) {
            this.any = any;
        }

        @Override
        protected void updateItem(Choice choice, boolean empty) {
            super.updateItem(choice, empty);
            setText(empty ? null : choice == null ? any : choice.name());
        }
    }
}
