package dev.sitrep.ui.comms;

import dev.sitrep.domain.UpdateSchedule.Urgency;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/// A table cell of a few lines, each with its own style: a name over its details, a count over its alert.
/// A line without text takes no room, so a row is as tall as what it has to say.
final class LinesCell<S> extends TableCell<S, S> {

    /// Every style a line may carry, to take the old ones off before the new go on.
    private static final List<String> STYLES = List.of(Line.MAIN, Line.MUTED, Line.WARNING, Line.DANGER);

    /// One line of a cell.
    ///
    /// @param style one of [#MAIN], [#MUTED], [#WARNING], [#DANGER], or empty for plain text
    record Line(String text, String style) {

        static final String MAIN = "line-main";
        static final String MUTED = "line-muted";
        static final String WARNING = "line-warning";
        static final String DANGER = "line-danger";

        Line {
            text = Objects.requireNonNullElse(text, "");
            style = Objects.requireNonNullElse(style, "");
        }

        static Line plain(String text) {
            return new Line(text, "");
        }

        /// A due time's words in the colour of its urgency: amber when soon, red when late.
        static Line due(String text, Urgency urgency) {
            return new Line(text, switch (urgency) {
                case SOON -> WARNING;
                case OVERDUE -> DANGER;
                case NONE -> MUTED;
                case LATER -> "";
            });
        }
    }

    private final Function<S, List<Line>> lines;
    private final List<Label> labels = new ArrayList<>();
    private final VBox box = new VBox(2);
    private final Tooltip whole = new Tooltip();

    private LinesCell(Function<S, List<Line>> lines) {
        this.lines = lines;
        getStyleClass().add("lines-cell");
        setText(null);
    }

    /// A column whose cells show `lines` of their row.
    static <S> TableColumn<S, S> column(String title, double width, Function<S, List<Line>> lines) {
        TableColumn<S, S> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(_ -> new LinesCell<>(lines));
        return column;
    }

    @Override
    protected void updateItem(S item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        List<Line> shown = lines.apply(item);
        // A narrow column cuts a long line short; the pointer shows it whole.
        whole.setText(String.join("\n", shown.stream().map(Line::text).filter(text -> !text.isEmpty()).toList()));
        setTooltip(whole.getText().isEmpty() ? null : whole);
        while (labels.size() < shown.size()) {
            Label label = new Label();
            label.setMinWidth(0);
            labels.add(label);
            box.getChildren().add(label);
        }
        for (int i = 0; i < labels.size(); i++) {
            Label label = labels.get(i);
            Line line = i < shown.size() ? shown.get(i) : Line.plain("");
            label.setText(line.text());
            label.getStyleClass().removeAll(STYLES);
            if (!line.style().isEmpty() && !line.text().isEmpty()) {
                label.getStyleClass().add(line.style());
            }
            label.setVisible(!line.text().isEmpty());
            label.setManaged(!line.text().isEmpty());
        }
        setGraphic(box);
    }
}
