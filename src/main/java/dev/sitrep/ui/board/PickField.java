package dev.sitrep.ui.board;

import atlantafx.base.theme.Styles;
import dev.sitrep.domain.Text;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Popup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/// A text field that picks one of many items by typing part of its description: the matches open in a list
/// under it, the arrow keys move through them, Enter or Tab takes the highlighted one and Esc closes the list
/// and puts back what was chosen. An emptied field chooses nothing; text that matches nothing is put back.
///
/// A plain field and popup rather than a combo box: while the list is closed, Enter and Esc reach the dialog
/// (save, cancel); while it is open they act on the list only. Only the matches are listed, and the list is
/// virtual, so thousands of devices at a site cost nothing until typed for.
final class PickField<T> extends TextField {

    private static final int ROWS = 8;
    /// Wide enough for a hostname and what it runs, when the field is narrower.
    private static final double MIN_LIST_WIDTH = 360;

    private final ObservableList<T> items;
    private final Function<T, String> name;
    private final Function<T, String> description;
    private final ObjectProperty<T> value = new SimpleObjectProperty<>(this, "value");
    private final ListView<T> matches = new ListView<>();
    private final Popup popup = new Popup();
    /// Each item's description in lower case, worked out once per list of items rather than per keystroke:
    /// a site may have thousands of devices. `null` until needed.
    private List<String> searchTexts;
    /// True while the text is set from the value, which is not the operator typing.
    private boolean showingValue;
    private int firstShown;

    /// Picks from `items`, showing the chosen one by `name` and the listed ones by `description`, which is
    /// also what typing matches; `stylesheet` styles the list, which lives in a window of its own.
    PickField(ObservableList<T> items, Function<T, String> name, Function<T, String> description,
              String stylesheet) {
        this.items = items;
        this.name = name;
        this.description = description;
        getStyleClass().add("pick-field");
        matches.getStyleClass().addAll("pick-list", Styles.DENSE);
        matches.setFocusTraversable(false);
        matches.setCellFactory(_ -> new MatchCell());
        matches.setPlaceholder(new Label("Nothing matches"));
        StackPane box = new StackPane(matches);
        box.getStyleClass().addAll("pick-popup", Styles.ELEVATED_2);
        box.getStylesheets().add(stylesheet);
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setHideOnEscape(false);
        popup.setConsumeAutoHidingEvents(false);

        value.subscribe(this::showValue);
        textProperty().addListener((_, _, typed) -> {
            if (!showingValue && isFocused()) {
                list(typed, false);
            }
        });
        focusedProperty().addListener((_, _, focused) -> {
            if (!focused) {
                commit();
            }
        });
        items.addListener((ListChangeListener<T>) _ -> {
            searchTexts = null;
            if (popup.isShowing()) {
                list(getText(), false);
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /// The chosen item; `null` for none.
    ObjectProperty<T> valueProperty() {
        return value;
    }

    private void keyPressed(KeyEvent event) {
        switch (event.getCode()) {
            case DOWN, UP, PAGE_DOWN, PAGE_UP -> {
                if (popup.isShowing()) {
                    move(switch (event.getCode()) {
                        case DOWN -> 1;
                        case UP -> -1;
                        case PAGE_DOWN -> ROWS;
                        default -> -ROWS;
                    });
                } else {
                    list(getText(), true);
                }
                event.consume();
            }
            case ENTER -> {
                if (popup.isShowing()) {
                    commit();
                    event.consume();
                }
            }
            case TAB -> {
                if (popup.isShowing()) {
                    commit();
                }
            }
            case ESCAPE -> {
                if (popup.isShowing()) {
                    popup.hide();
                    showValue(value.get());
                    event.consume();
                }
            }
            default -> {
            }
        }
    }

    /// Lists the items matching every word of `typed`; text that still shows the chosen item lists all, with
    /// it highlighted. Typing highlights the first match, so Enter takes it; an emptied field highlights none.
    private void list(String typed, boolean opening) {
        boolean unchanged = Objects.equals(typed, nameOf(value.get()));
        String[] words = unchanged || Text.isBlank(typed)
                ? new String[0]
                : Text.orEmpty(typed).toLowerCase(Locale.ROOT).split("\\s+");
        List<T> found = matching(words);
        matches.getItems().setAll(found);
        firstShown = 0;
        highlight(firstHighlight(found, unchanged, Text.isBlank(typed) && !opening));
        showList(found.size());
    }

    /// The chosen item when browsing from it, nothing when the field was emptied (so Enter chooses none),
    /// else the first match.
    private int firstHighlight(List<T> found, boolean unchanged, boolean emptied) {
        if (found.isEmpty() || emptied) {
            return -1;
        }
        int chosen = unchanged && value.get() != null ? found.indexOf(value.get()) : -1;
        return Math.max(chosen, 0);
    }

    private List<T> matching(String[] words) {
        if (searchTexts == null) {
            searchTexts = items.stream().map(item -> description.apply(item).toLowerCase(Locale.ROOT)).toList();
        }
        List<T> found = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (containsAll(searchTexts.get(i), words)) {
                found.add(items.get(i));
            }
        }
        return found;
    }

    private static boolean containsAll(String text, String[] words) {
        for (String word : words) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private void move(int by) {
        int count = matches.getItems().size();
        if (count > 0) {
            int from = matches.getSelectionModel().getSelectedIndex();
            highlight(Math.clamp((long) Math.max(from, by > 0 ? -1 : 0) + by, 0, count - 1));
        }
    }

    private void highlight(int index) {
        if (index < 0) {
            matches.getSelectionModel().clearSelection();
            matches.scrollTo(0);
            return;
        }
        matches.getSelectionModel().clearAndSelect(index);
        if (index < firstShown) {
            firstShown = index;
        } else if (index >= firstShown + ROWS) {
            firstShown = index - ROWS + 1;
        }
        matches.scrollTo(firstShown);
    }

    private void showList(int count) {
        double row = Math.ceil(getFont().getSize() * 2.2);
        matches.setFixedCellSize(row);
        matches.setPrefHeight(row * Math.clamp(count, 1, ROWS) + 4);
        matches.setPrefWidth(Math.max(getWidth(), MIN_LIST_WIDTH));
        if (!popup.isShowing()) {
            Point2D below = localToScreen(0, getHeight() + 2);
            if (below != null) {
                popup.show(this, below.getX(), below.getY());
            }
        }
    }

    /// Takes the highlighted match, else nothing when the field was emptied, else an item named exactly as
    /// typed; text that names nothing is put back to the chosen item.
    private void commit() {
        T highlighted = popup.isShowing() ? matches.getSelectionModel().getSelectedItem() : null;
        if (highlighted != null) {
            value.set(highlighted);
        } else if (Text.isBlank(getText())) {
            value.set(null);
        } else if (!getText().equals(nameOf(value.get()))) {
            items.stream().filter(item -> name.apply(item).equalsIgnoreCase(Text.orEmpty(getText())))
                    .findFirst().ifPresent(value::set);
        }
        popup.hide();
        showValue(value.get());
    }

    private void showValue(T chosen) {
        showingValue = true;
        try {
            setText(nameOf(chosen));
            positionCaret(getText().length());
        } finally {
            showingValue = false;
        }
    }

    private String nameOf(T item) {
        return item == null ? "" : name.apply(item);
    }

    /// A listed item by its description; a click takes it.
    private final class MatchCell extends ListCell<T> {

        MatchCell() {
            // The list's width decides: a long description ends in an ellipsis rather than scrolling sideways.
            setPrefWidth(0);
            setOnMouseClicked(_ -> {
                if (!isEmpty()) {
                    value.set(getItem());
                    popup.hide();
                    showValue(getItem());
                }
            });
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : description.apply(item));
        }
    }
}
