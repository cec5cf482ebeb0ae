package dev.sitrep.ui.board;

import atlantafx.base.theme.Styles;
import dev.sitrep.domain.Staff;
import dev.sitrep.ui.common.StatusStyles;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.function.Function;

/// The list cells of the bulk creation dialog. Each makes its nodes once and shows whichever item the list
/// lends it, so a list of 30,000 devices costs a screenful of cells.
final class BulkTasksCells {

    private BulkTasksCells() {
    }

    static final class TextCell<T> extends ListCell<T> {

        private final Function<T, String> text;
        private final String none;

        TextCell(Function<T, String> text, String none) {
            this.text = text;
            this.none = none;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? none : text.apply(item));
        }
    }

    /// A check box bound to the item's, which the cell lends to whichever item it shows.
    abstract static class CheckCell<T> extends ListCell<Checkable<T>> {

        final CheckBox check = new CheckBox();
        private BooleanProperty bound;

        CheckCell() {
            check.setFocusTraversable(false);
            check.setMinWidth(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(Checkable<T> item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                check.selectedProperty().unbindBidirectional(bound);
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            bound = item.checkedProperty();
            check.selectedProperty().bindBidirectional(bound);
            show(item.value());
        }

        abstract void show(T value);
    }

    /// A device or site: its name and status on the first line, where it is and what it does on the second.
    static final class CandidateCell extends CheckCell<BulkCandidate> {

        private final Label name = new Label();
        private final Label status = new Label();
        private final Label where = new Label();
        private final HBox box;

        CandidateCell() {
            name.getStyleClass().add("bulk-candidate-name");
            where.getStyleClass().addAll("bulk-candidate-where", Styles.TEXT_MUTED);
            where.setMinWidth(0);
            HBox firstLine = new HBox(8, name, status);
            firstLine.setAlignment(Pos.BASELINE_LEFT);
            VBox lines = new VBox(1, firstLine, where);
            lines.setMinWidth(0);
            HBox.setHgrow(lines, Priority.ALWAYS);
            box = new HBox(8, check, lines);
            box.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
        }

        @Override
        void show(BulkCandidate candidate) {
            name.setText(candidate.name());
            status.setText(candidate.status().label());
            status.getStyleClass().setAll("label", StatusStyles.of(candidate.status()));
            where.setText(candidate.isSite()
                    ? candidate.place() + " · " + candidate.detail()
                    : candidate.place() + " · " + candidate.kind().label()
                            + (candidate.detail().isEmpty() ? "" : " · " + candidate.detail()));
            setGraphic(box);
        }
    }

    static final class PersonCell extends CheckCell<Staff> {

        private final Label name = new Label();
        private final Label role = new Label();
        private final HBox box;

        PersonCell() {
            role.getStyleClass().add(Styles.TEXT_MUTED);
            box = new HBox(8, check, name, role);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        void show(Staff staff) {
            name.setText(staff.name());
            role.setText(staff.role().label());
            setGraphic(box);
        }
    }

    /// A planned task: title and window, then place and engineer, then what its window overlaps, if anything.
    static final class PlannedCell extends ListCell<PlannedTaskRow> {

        private final Label title = new Label();
        private final Label window = new Label();
        private final Label where = new Label();
        private final Label clash = new Label("", new FontIcon(Material2MZ.WARNING));
        private final Tooltip clashInFull = new Tooltip();
        private final VBox box;

        PlannedCell() {
            title.getStyleClass().add("bulk-planned-title");
            title.setMinWidth(0);
            window.getStyleClass().add("bulk-planned-window");
            window.setMinWidth(Region.USE_PREF_SIZE);
            where.getStyleClass().add(Styles.TEXT_MUTED);
            where.setMinWidth(0);
            clash.getStyleClass().add("bulk-clash");
            clash.setMinWidth(0);
            clash.setTooltip(clashInFull);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox firstLine = new HBox(8, title, spacer, window);
            firstLine.setAlignment(Pos.BASELINE_LEFT);
            box = new VBox(1, firstLine, where, clash);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(PlannedTaskRow row, boolean empty) {
            super.updateItem(row, empty);
            pseudoClassStateChanged(Styles.STATE_WARNING, !empty && row != null && row.clashes());
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            title.setText(row.title());
            window.setText(row.window());
            where.setText(row.place() + " · " + (row.assignee().isEmpty() ? "unassigned" : row.assignee()));
            clash.setText(row.clash());
            clashInFull.setText(row.clash());
            clash.setVisible(row.clashes());
            clash.setManaged(row.clashes());
            setGraphic(box);
        }
    }
}
