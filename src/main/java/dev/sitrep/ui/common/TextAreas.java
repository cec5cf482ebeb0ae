package dev.sitrep.ui.common;

import javafx.scene.TraversalDirection;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/// What every multi-line field of the console shares.
public final class TextAreas {

    private TextAreas() {
    }

    /// Tab (and Shift+Tab) leaves `area` like any other field instead of typing a tab character, so a form
    /// with a text area is still kept from the keyboard; Ctrl+Tab still types one.
    public static void tabLeaves(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
                event.consume();
                area.requestFocusTraversal(event.isShiftDown() ? TraversalDirection.PREVIOUS : TraversalDirection.NEXT);
            }
        });
    }
}
