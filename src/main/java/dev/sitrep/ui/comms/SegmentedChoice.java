package dev.sitrep.ui.comms;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ObjectProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/// A pick among a few values as one row of joined buttons that works like a radio group: Tab reaches the
/// picked button only, the arrow keys pick the one beside it, a mnemonic in a button's text ("_Inbound")
/// picks it from anywhere in the window, and a label's mnemonic focuses the row. One value is always picked.
final class SegmentedChoice<T> extends HBox {

    private final ToggleGroup group = new ToggleGroup();
    private final List<ToggleButton> buttons = new ArrayList<>();
    private final ObjectProperty<T> value;

    /// @param text  a value's text, with `_` before its mnemonic letter if it has one
    /// @param icon  a value's icon, or `null` for none
    SegmentedChoice(String id, List<T> values, Function<T, String> text, Function<T, Ikon> icon,
                    ObjectProperty<T> value) {
        this.value = value;
        setId(id);
        getStyleClass().add("segmented-choice");
        setMinWidth(Region.USE_PREF_SIZE);
        for (int i = 0; i < values.size(); i++) {
            ToggleButton button = new ToggleButton(text.apply(values.get(i)));
            button.setMnemonicParsing(true);
            button.setUserData(values.get(i));
            button.setToggleGroup(group);
            button.setMinWidth(Region.USE_PREF_SIZE);
            if (values.size() > 1) {
                button.getStyleClass().add(i == 0 ? Styles.LEFT_PILL
                        : i == values.size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            }
            Ikon graphic = icon == null ? null : icon.apply(values.get(i));
            if (graphic != null) {
                button.setGraphic(new FontIcon(graphic));
            }
            // A mnemonic fires an action at the button without toggling it: the action picks it.
            button.addEventHandler(ActionEvent.ACTION, _ -> button.setSelected(true));
            // Only the picked button is a Tab stop, so the row is one step of the form, not one per value.
            button.focusTraversableProperty().bind(button.selectedProperty());
            buttons.add(button);
        }
        getChildren().setAll(buttons);
        value.subscribe(this::showPicked);
        group.selectedToggleProperty().addListener((_, old, toggle) -> picked(old, toggle));
        addEventFilter(KeyEvent.KEY_PRESSED, this::pickBeside);
    }

    /// Focuses the picked button: what a label's mnemonic does.
    @Override
    public void requestFocus() {
        buttons.stream().filter(ToggleButton::isSelected).findFirst().orElse(buttons.getFirst()).requestFocus();
    }

    /// The button of `wanted`, for tests and for placing a popup.
    ToggleButton button(T wanted) {
        return buttons.stream().filter(button -> button.getUserData().equals(wanted)).findFirst().orElseThrow();
    }

    private void showPicked(T picked) {
        buttons.forEach(button -> button.setSelected(button.getUserData().equals(picked)));
    }

    @SuppressWarnings("unchecked")
    private void picked(Toggle old, Toggle toggle) {
        if (toggle == null) {
            // Pressing the picked button again, or its mnemonic, must not leave nothing picked.
            if (old != null && value.get() != null) {
                showPicked(value.get());
            }
            return;
        }
        value.set((T) toggle.getUserData());
    }

    private void pickBeside(KeyEvent event) {
        int step = switch (event.getCode()) {
            case LEFT, UP -> -1;
            case RIGHT, DOWN -> 1;
            default -> 0;
        };
        if (step == 0 || event.isAltDown() || event.isControlDown() || event.isShortcutDown()) {
            return;
        }
        event.consume();
        int current = buttons.indexOf(group.getSelectedToggle());
        int next = Math.clamp(current + step, 0, buttons.size() - 1);
        ToggleButton button = buttons.get(next);
        button.setSelected(true);
        button.requestFocus();
    }
}
