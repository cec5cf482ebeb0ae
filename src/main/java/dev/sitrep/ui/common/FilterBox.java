package dev.sitrep.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/// A filter that picks one value by name, or "any" (the first, empty entry), as the board and the call feed
/// have. The view model keeps the chosen key (a customer's id, a kind, a name); this keeps the box and the
/// key in step both ways. Replacing a combo box's items moves its selection by index, so only the key
/// decides what is shown. Only the operator's pick changes the key: new choices arriving, or a key the box does not offer
/// yet, leave it as it is.
public final class FilterBox<C, K> {

    private final ComboBox<C> box = new ComboBox<>();
    private final ObservableList<C> choices;
    private final Function<C, K> key;
    private final ObjectProperty<K> chosen;
    private boolean showing;

    private FilterBox(ObservableList<C> choices, Function<C, K> key, ObjectProperty<K> chosen) {
        this.choices = choices;
        this.key = key;
        this.chosen = chosen;
    }

    /// @param any  what the empty entry says: "Any customer"
    /// @param key  the key a choice stands for
    /// @param name what the box shows for a choice
    public static <C, K> ComboBox<C> of(String id, String any, ObservableList<C> choices, Function<C, K> key,
                                 Function<C, String> name, ObjectProperty<K> chosen) {
        FilterBox<C, K> filter = new FilterBox<>(choices, key, chosen);
        ComboBox<C> box = filter.box;
        box.setId(id);
        box.setPromptText(any);
        box.setButtonCell(new NameCell<>(any, name));
        box.setCellFactory(_ -> new NameCell<>(any, name));
        box.setVisibleRowCount(16);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setPrefWidth(170);
        choices.subscribe(filter::offer);
        chosen.subscribe(_ -> filter.showChosen());
        box.valueProperty().subscribe(filter::picked);
        return box;
    }

    private void offer() {
        List<C> items = new ArrayList<>(choices.size() + 1);
        items.add(null);
        items.addAll(choices);
        showing = true;
        box.getItems().setAll(items);
        showing = false;
        showChosen();
    }

    private void showChosen() {
        C choice = box.getItems().stream().filter(item -> item != null && key.apply(item).equals(chosen.get()))
                .findFirst().orElse(null);
        if (!Objects.equals(box.getValue(), choice)) {
            showing = true;
            box.setValue(choice);
            showing = false;
        }
    }

    private void picked(C choice) {
        K picked = choice == null ? null : key.apply(choice);
        if (!showing && !Objects.equals(picked, chosen.get())) {
            chosen.set(picked);
        }
    }

    private static final class NameCell<C> extends ListCell<C> {

        private final String any;
        private final Function<C, String> name;

        NameCell(String any, Function<C, String> name) {
            this.any = any;
            this.name = name;
        }

        @Override
        protected void updateItem(C choice, boolean empty) {
            super.updateItem(choice, empty);
            setText(empty ? null : choice == null ? any : name.apply(choice));
        }
    }
}
