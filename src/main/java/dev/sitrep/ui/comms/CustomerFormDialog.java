package dev.sitrep.ui.comms;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.event.ActionEvent;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Locale;
import java.util.function.Function;

/// The frame of the customer screens' small forms, built for the keyboard: Tab walks the fields (a text
/// area too), Alt with a caption's underlined letter jumps to its field, Enter saves and Escape cancels.
/// Under each field its problem shows in red, a hint (what a typed time means) in grey or a warning in
/// amber, each taking room only while it has something to say. OK stays disabled while there is a problem.
///
/// OK does not close the dialog by itself: it asks the view model to save, and the view closes the dialog
/// when the view model closes the form, so a refused save keeps everything that was typed.
abstract class CustomerFormDialog extends Dialog<ButtonType> {

    private final GridPane grid = new GridPane();
    private final VBox content = new VBox(8, grid);
    private int row;

    /// @param ok       the OK button's words: "Record", "Revise", "Notify"
    /// @param valid    whether the form has no problem left
    /// @param busy     whether a save is under way
    /// @param problem  why the store refused the last save
    /// @param onSubmit asks the view model to save
    CustomerFormDialog(String title, String ok, ObservableBooleanValue valid, ObservableBooleanValue busy,
                       ObservableStringValue problem, Runnable onSubmit) {
        setTitle(title);
        setHeaderText(title);
        setResizable(true);
        getDialogPane().getStylesheets().add(CustomerBoardView.stylesheet());
        getDialogPane().getStyleClass().add("customer-form");
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        grid.getStyleClass().add("form-grid");
        ColumnConstraints growing = new ColumnConstraints();
        growing.setHgrow(Priority.ALWAYS);
        growing.setMinWidth(360);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), growing);
        content.getChildren().add(message(problem, "form-problem"));
        getDialogPane().setContent(content);

        Button okButton = (Button) getDialogPane().lookupButton(ButtonType.OK);
        okButton.setText(ok);
        okButton.disableProperty().bind(Bindings.not(valid).or(busy));
        okButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            onSubmit.run();
        });
    }

    /// Puts the keyboard on `first` once the dialog shows.
    final void focusFirst(Node first) {
        setOnShown(_ -> Platform.runLater(first::requestFocus));
    }

    /// Adds a line of the form: `caption` (with `_` before its mnemonic letter) beside `field`, and under
    /// it whichever of `problem`, `hint` and `warning` is given and not empty.
    final void addField(String caption, Control field, ObservableStringValue problem, ObservableStringValue hint,
                        ObservableStringValue warning) {
        Label label = new Label(caption);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.getStyleClass().add("form-caption");
        label.setMinWidth(Region.USE_PREF_SIZE);
        field.setMaxWidth(Double.MAX_VALUE);
        VBox cell = new VBox(4, field);
        if (problem != null) {
            cell.getChildren().add(message(problem, "field-problem"));
            problem.subscribe(text -> field.pseudoClassStateChanged(Styles.STATE_DANGER, !text.isEmpty()));
        }
        if (hint != null) {
            cell.getChildren().add(message(hint, "field-hint"));
        }
        if (warning != null) {
            cell.getChildren().add(message(warning, "field-warning"));
        }
        GridPane.setHgrow(cell, Priority.ALWAYS);
        GridPane.setValignment(label, VPos.TOP);
        grid.addRow(row++, label, cell);
    }

    /// A label that shows `text` while it has any, and takes no room otherwise.
    static Label message(ObservableStringValue text, String style) {
        Label label = new Label();
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /// A choice shown by `text`, with `none` for no choice; typing a letter picks the next choice whose
    /// words start with what was typed, so a customer is chosen without opening the list.
    static <T> ComboBox<T> choice(String none, Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>();
        box.setPromptText(none);
        box.setButtonCell(new TextCell<>(none, text));
        box.setCellFactory(_ -> new TextCell<>(none, text));
        box.setVisibleRowCount(14);
        TypeToPick.install(box, text);
        return box;
    }

    private static final class TextCell<T> extends ListCell<T> {

        private final String none;
        private final Function<T, String> text;

        TextCell(String none, Function<T, String> text) {
            this.none = none;
            this.text = text;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? none : text.apply(item));
        }
    }

    /// Picks a combo box's choice by the first letters typed, as lists of names do in desktop programs.
    private static final class TypeToPick<T> {

        private static final long PAUSE_MILLIS = 900;

        private final ComboBox<T> box;
        private final Function<T, String> text;
        private String typed = "";
        private long lastKey;

        private TypeToPick(ComboBox<T> box, Function<T, String> text) {
            this.box = box;
            this.text = text;
        }

        static <T> void install(ComboBox<T> box, Function<T, String> text) {
            TypeToPick<T> picker = new TypeToPick<>(box, text);
            box.addEventHandler(KeyEvent.KEY_TYPED, picker::typed);
        }

        private void typed(KeyEvent event) {
            String character = event.getCharacter();
            if (character.isEmpty() || Character.isISOControl(character.charAt(0)) || event.isShortcutDown()
                    || event.isAltDown()) {
                return;
            }
            long now = System.currentTimeMillis();
            typed = (now - lastKey > PAUSE_MILLIS ? "" : typed) + character.toLowerCase(Locale.ROOT);
            lastKey = now;
            box.getItems().stream()
                    .filter(item -> item != null && text.apply(item).toLowerCase(Locale.ROOT).startsWith(typed))
                    .findFirst()
                    .ifPresent(item -> {
                        box.setValue(item);
                        if (box.isShowing()) {
                            box.getSelectionModel().select(item);
                        }
                    });
            event.consume();
        }
    }

    /// The window the dialog belongs to, once known.
    final void ownedBy(Window owner) {
        if (owner != null) {
            initOwner(owner);
        }
    }
}
