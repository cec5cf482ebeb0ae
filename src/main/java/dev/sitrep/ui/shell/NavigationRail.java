package dev.sitrep.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableIntegerValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/// The column of screens on the left: an icon over a label each, the current one marked.
final class NavigationRail extends VBox {

    private final ObservableIntegerValue selected;

    NavigationRail(List<ShellScreen> screens, ObservableIntegerValue selected, IntConsumer onSelect) {
        this.selected = selected;
        getStyleClass().add("navigation-rail");
        setAlignment(Pos.TOP_CENTER);
        for (int index = 0; index < screens.size(); index++) {
            getChildren().add(item(screens.get(index), index, onSelect));
        }
        selected.subscribe(_ -> showSelected());
    }

    private ToggleButton item(ShellScreen screen, int index, IntConsumer onSelect) {
        ToggleButton button = new ToggleButton(screen.title(), icon(screen));
        button.setId("nav-" + screen.title().toLowerCase(Locale.ROOT));
        button.getStyleClass().add("rail-item");
        button.setContentDisplay(ContentDisplay.TOP);
        button.setMnemonicParsing(false);
        button.setFocusTraversable(false);
        Tooltip tooltip = new Tooltip(screen.title() + " (" + ShellView.shortcutText(index) + ")");
        tooltip.setShowDelay(Duration.millis(400));
        button.setTooltip(tooltip);
        // The view model decides what is selected (it may refuse); the rail only shows its answer.
        button.setOnAction(_ -> {
            onSelect.accept(index);
            showSelected();
        });
        return button;
    }

    /// The screen's icon, with a count in a badge at its corner when the screen counts what needs attention.
    private static Node icon(ShellScreen screen) {
        FontIcon icon = new FontIcon(screen.icon());
        if (screen.badge().isEmpty()) {
            return icon;
        }
        ObservableIntegerValue count = screen.badge().get();
        Label badge = new Label();
        badge.setId("badge-" + screen.title().toLowerCase(Locale.ROOT));
        badge.getStyleClass().add("rail-badge");
        badge.textProperty().bind(Bindings.createStringBinding(() -> count.get() > 99 ? "99+"
                : String.valueOf(count.get()), count));
        badge.visibleProperty().bind(Bindings.createBooleanBinding(() -> count.get() > 0, count));
        badge.setTranslateX(14);
        badge.setTranslateY(-8);
        badge.setMouseTransparent(true);
        return new StackPane(icon, badge);
    }

    private void showSelected() {
        for (int i = 0; i < getChildren().size(); i++) {
            ((ToggleButton) getChildren().get(i)).setSelected(i == selected.get());
        }
    }
}
