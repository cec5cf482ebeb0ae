package dev.sitrep.ui.comms;

import atlantafx.base.theme.Styles;
import dev.sitrep.ui.comms.CallLogViewModel.CustomerChoice;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Popup;

/// The customer field's completion list: the customers the view model suggests for the typed letters,
/// under the field, while the keyboard stays in the field. Down opens the list or moves down it, Up moves
/// up, Enter takes the highlighted customer, Tab takes it and goes on to the next field, Escape closes the
/// list. The first suggestion is highlighted, so "zen" and Tab is enough when it is the one.
final class CustomerCompletion {

    private static final double ROW_HEIGHT = 30;

    private final TextField field;
    private final CallLogViewModel vm;
    private final Popup popup = new Popup();
    private final ListView<CustomerChoice> list;
    /// The operator is looking for a customer: they typed in the field or pressed Down. Text the form sets
    /// (a chosen name, an emptied form) opens nothing.
    private boolean wanted;

    private CustomerCompletion(TextField field, CallLogViewModel vm) {
        this.field = field;
        this.vm = vm;
        list = new ListView<>(vm.suggestions());
        list.getStyleClass().add("customer-suggestions");
        // The list never takes the focus: keys go to the field, which moves the highlight.
        list.setFocusTraversable(false);
        list.setFixedCellSize(ROW_HEIGHT);
        list.setCellFactory(_ -> new SuggestionCell());
        list.addEventHandler(MouseEvent.MOUSE_CLICKED, _ -> chooseHighlighted());
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setOnHidden(_ -> wanted = false);
    }

    /// Adds completion to `field`, which must be bound to the view model's customer text.
    static CustomerCompletion attach(TextField field, CallLogViewModel vm, String stylesheet) {
        CustomerCompletion completion = new CustomerCompletion(field, vm);
        completion.list.getStylesheets().add(stylesheet);
        field.addEventFilter(KeyEvent.KEY_PRESSED, completion::onKey);
        field.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            if (!event.getCharacter().isEmpty() && !Character.isISOControl(event.getCharacter().charAt(0))) {
                completion.wanted = true;
            }
        });
        vm.suggestions().subscribe(completion::update);
        field.focusedProperty().subscribe(focused -> {
            if (!focused) {
                completion.popup.hide();
            }
        });
        return completion;
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    private void onKey(KeyEvent event) {
        switch (event.getCode()) {
            case DOWN -> {
                if (isShowing()) {
                    move(1);
                } else {
                    wanted = true;
                    update();
                }
                event.consume();
            }
            case UP -> {
                if (isShowing()) {
                    move(-1);
                    event.consume();
                }
            }
            case ENTER -> {
                if (isShowing() && chooseHighlighted()) {
                    event.consume();
                }
            }
            // Tab takes the highlighted customer and still moves on.
            case TAB -> {
                if (isShowing() && !event.isShiftDown()) {
                    chooseHighlighted();
                }
            }
            case BACK_SPACE, DELETE -> wanted = true;
            default -> {
            }
        }
    }

    private void move(int step) {
        int size = list.getItems().size();
        int next = Math.clamp(list.getSelectionModel().getSelectedIndex() + step, 0, size - 1);
        list.getSelectionModel().select(next);
        list.scrollTo(Math.max(0, next - 3));
    }

    private boolean chooseHighlighted() {
        CustomerChoice chosen = list.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return false;
        }
        wanted = false;
        popup.hide();
        vm.chooseCustomer(chosen);
        field.end();
        return true;
    }

    private void update() {
        if (!wanted || !field.isFocused() || vm.suggestions().isEmpty() || field.getScene() == null) {
            popup.hide();
            return;
        }
        list.getSelectionModel().select(0);
        list.scrollTo(0);
        list.setPrefWidth(Math.max(field.getWidth(), 320));
        list.setPrefHeight(Math.min(list.getItems().size(), CallCustomers.SUGGESTION_LIMIT) * ROW_HEIGHT + 2);
        if (!popup.isShowing()) {
            Bounds bounds = field.localToScreen(field.getBoundsInLocal());
            popup.show(field, bounds.getMinX(), bounds.getMaxY() + 2);
        }
    }

    /// A customer's name, "affected" when the incident touches them, and their primary contact.
    private static final class SuggestionCell extends ListCell<CustomerChoice> {

        private final Label name = new Label();
        private final Label affected = new Label("affected");
        private final Label contact = new Label();
        private final HBox box = new HBox(8, name, affected, contact);

        SuggestionCell() {
            affected.getStyleClass().add("suggestion-affected");
            contact.getStyleClass().addAll(Styles.TEXT_MUTED, "suggestion-contact");
            contact.setMinWidth(0);
            name.setMinWidth(Region.USE_PREF_SIZE);
            affected.setMinWidth(Region.USE_PREF_SIZE);
            HBox.setHgrow(contact, Priority.ALWAYS);
            contact.setMaxWidth(Double.MAX_VALUE);
            contact.setAlignment(Pos.CENTER_RIGHT);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(CustomerChoice choice, boolean empty) {
            super.updateItem(choice, empty);
            if (empty || choice == null) {
                setGraphic(null);
                return;
            }
            name.setText(choice.name());
            affected.setVisible(choice.affected());
            affected.setManaged(choice.affected());
            contact.setText(choice.primaryContact().name());
            setGraphic(box);
        }
    }
}
