package dev.sitrep.ui.comms;

import dev.sitrep.ui.common.Command;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.UUID;
import java.util.function.Function;

/// What the customer screens' lists share: a selection kept by id, buttons bound to commands, and a clock
/// that ticks while a list is in a window.
final class ViewParts {

    /// How often countdowns are worked out again while a list shows.
    static final Duration TICK = Duration.seconds(10);

    private ViewParts() {
    }

    /// Keeps `table`'s selection and `selected` (the view model's id) in step. Reloads, filters and ticks
    /// replace the rows and with them the table's own selection, so the row with the chosen id is selected
    /// again after each; an emptied selection leaves the id as it was.
    static <R> void keepSelection(TableView<R> table, Function<R, UUID> id, ObjectProperty<UUID> selected) {
        table.getSelectionModel().selectedItemProperty().subscribe(row -> {
            if (row != null) {
                selected.set(id.apply(row));
            }
        });
        Runnable show = () -> {
            UUID wanted = selected.get();
            R current = table.getSelectionModel().getSelectedItem();
            if (wanted == null || current != null && id.apply(current).equals(wanted)) {
                return;
            }
            for (int i = 0; i < table.getItems().size(); i++) {
                if (id.apply(table.getItems().get(i)).equals(wanted)) {
                    table.getSelectionModel().select(i);
                    table.scrollTo(i);
                    return;
                }
            }
        };
        table.getItems().addListener((ListChangeListener<R>) _ -> show.run());
        selected.subscribe(_ -> show.run());
    }

    /// Puts the keyboard on `table`, selecting its first row when none is.
    static void focus(TableView<?> table) {
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
        }
        table.requestFocus();
    }

    /// A list's filter field: Down or Enter goes back to the list (`toList`), Escape empties it.
    static void filterKeys(TextField filter, Runnable toList) {
        filter.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.ENTER) {
                toList.run();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE && !filter.getText().isEmpty()) {
                filter.clear();
                event.consume();
            }
        });
    }

    /// A button that runs `command` and is disabled while it cannot run; its tooltip names its key.
    static Button button(String text, Ikon icon, String key, Command command) {
        Button button = new Button(text, new FontIcon(icon));
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setTooltip(new Tooltip(key));
        button.disableProperty().bind(command.executableProperty().not());
        button.setOnAction(_ -> command.execute());
        return button;
    }

    /// Runs `tick` every [#TICK] while `node` is in a scene.
    static void tickWhileShown(Node node, Runnable tick) {
        Timeline ticks = new Timeline(new KeyFrame(TICK, _ -> tick.run()));
        ticks.setCycleCount(Timeline.INDEFINITE);
        node.sceneProperty().subscribe(scene -> {
            if (scene == null) {
                ticks.stop();
            } else {
                ticks.play();
            }
        });
    }
}
