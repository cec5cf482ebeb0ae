package dev.sitrep.ui.board;

import dev.sitrep.ui.board.TaskBoardViewModel.Choice;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/// A filter of the board that picks one person or place by name, or "any" (the first, empty entry). The
/// view model keeps the chosen id; this keeps the box and the id in step both ways. Only the operator's
/// pick changes the id: the box showing new choices, or not yet knowing a remembered one, does not.
final class ChoiceFilter {

    private final ComboBox<Choice> box = new ComboBox<>();
    private final ObservableList<Choice> choices;
    private final ObjectProperty<UUID> chosen;
    private boolean showing;

    private ChoiceFilter(ObservableList<Choice> choices, ObjectProperty<UUID> chosen) {
        this.choices = choices;
        this.chosen = chosen;
    }

    static ComboBox<Choice> of(String id, String any, ObservableList<Choice> choices, ObjectProperty<UUID> chosen) {
        ChoiceFilter filter = new ChoiceFilter(choices, chosen);
        ComboBox<Choice> box = filter.box;
        box.setId(id);
        box.setPromptText(any);
        box.setButtonCell(new ChoiceCell(any));
        box.setCellFactory(_ -> new ChoiceCell(any));
        box.setVisibleRowCount(16);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setPrefWidth(170);
        choices.subscribe(filter::offer);
        chosen.subscribe(_ -> filter.showChosen());
        box.valueProperty().subscribe(filter::picked);
        return box;
    }

    private void offer() {
        List<Choice> items = new ArrayList<>(choices.size() + 1);
        items.add(null);
        items.addAll(choices);
        showing = true;
        box.getItems().setAll(items);
        showing = false;
        showChosen();
    }

    private void showChosen() {
        Choice choice = box.getItems().stream().filter(item -> item != null && item.id().equals(chosen.get()))
                .findFirst().orElse(null);
        if (!Objects.equals(box.getValue(), choice)) {
            showing = true;
            box.setValue(choice);
            showing = false;
        }
    }

    private void picked(Choice choice) {
        UUID id = choice == null ? null : choice.id();
        if (!showing && !Objects.equals(id, chosen.get())) {
            chosen.set(id);
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
