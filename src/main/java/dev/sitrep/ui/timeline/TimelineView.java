package dev.sitrep.ui.timeline;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.sitrep.domain.EntityType;
import dev.sitrep.ui.common.ProblemLabel;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/// The timeline screen: filters over a virtualized list of journal lines, newest first, with a heading where
/// the day changes.
public final class TimelineView extends BorderPane {

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final TimelineViewModel vm;
    private final ListView<TimelineRow> list = new ListView<>();
    private final CustomTextField filter = new CustomTextField();

    public TimelineView(TimelineViewModel vm) {
        this.vm = vm;
        getStyleClass().add("timeline-view");
        getStylesheets().add(Objects.requireNonNull(TimelineView.class.getResource("timeline.css"))
                .toExternalForm());
        setTop(createToolbar());
        setCenter(createList());
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (FIND.match(event)) {
                filter.requestFocus();
                event.consume();
            }
        });
    }

    // Layout

    private VBox createToolbar() {
        Label heading = new Label();
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.textProperty().bind(vm.headingProperty());
        heading.setMinWidth(Region.USE_PREF_SIZE);

        filter.setPromptText("Find in the timeline  (Ctrl+F)");
        filter.setLeft(new FontIcon(Material2MZ.SEARCH));
        filter.setPrefColumnCount(28);
        filter.textProperty().bindBidirectional(vm.filterTextProperty());
        filter.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            }
        });

        ComboBox<String> operator = choice(vm.actors(), vm.actorProperty(), "Every operator", name -> name);
        operator.setId("timeline-operator");
        ComboBox<EntityType> entity = choice(vm.entities(), vm.entityProperty(), "Everything",
                type -> capitalized(type.label()));
        entity.setId("timeline-entity");

        Label counts = new Label();
        counts.getStyleClass().add(Styles.TEXT_MUTED);
        counts.textProperty().bind(vm.countsProperty());
        counts.setMinWidth(Region.USE_PREF_SIZE);

        HBox bar = new HBox(12, heading, new Spacer(8), filter, operator, entity, new Spacer(), counts);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("timeline-toolbar");

        return new VBox(bar, new ProblemLabel(vm.problemProperty(), "timeline-problem"));
    }

    private ListView<TimelineRow> createList() {
        list.setItems(vm.rows());
        list.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, "timeline-list");
        list.setCellFactory(_ -> new TimelineCell());
        Label placeholder = new Label();
        placeholder.textProperty().bind(vm.headingProperty().map(heading ->
                heading.startsWith("No") ? "Choose an incident to see its timeline." : "No entries match."));
        list.setPlaceholder(placeholder);
        vm.rows().addListener((ListChangeListener<TimelineRow>) this::keepPlaceOnInsertAtTop);
        return list;
    }

    /// New entries arrive at the top. An operator reading further down keeps reading the same line; one at the
    /// very top sees the new entries come in.
    private void keepPlaceOnInsertAtTop(ListChangeListener.Change<? extends TimelineRow> change) {
        int addedAtTop = 0;
        while (change.next()) {
            if (change.wasAdded() && !change.wasRemoved() && change.getFrom() == 0) {
                addedAtTop += change.getAddedSize();
            }
        }
        VirtualFlow<?> flow = list.lookup(".virtual-flow") instanceof VirtualFlow<?> found ? found : null;
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        if (addedAtTop == 0 || first == null) {
            return;
        }
        int index = first.getIndex();
        double offset = first.getLayoutY();
        if (index == 0 && offset >= 0) {
            return;
        }
        int target = index + addedAtTop;
        // The list's skin takes in the new item count at its next layout: scroll once it has.
        Platform.runLater(() -> {
            list.layout();
            flow.scrollToTop(target);
            flow.scrollPixels(-offset);
        });
    }

    private static <T> ComboBox<T> choice(ObservableList<T> values, ObjectProperty<T> chosen, String all,
                                          Function<T, String> label) {
        ObservableList<T> items = FXCollections.observableArrayList();
        Runnable fill = () -> {
            List<T> withAll = new ArrayList<>();
            withAll.add(null);
            withAll.addAll(values);
            T keep = chosen.get();
            items.setAll(withAll);
            chosen.set(keep);
        };
        fill.run();
        values.subscribe(fill);
        ComboBox<T> box = new ComboBox<>(items);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? all : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("chosen from the list");
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                setText(value == null ? all : label.apply(value));
            }
        });
        box.valueProperty().bindBidirectional(chosen);
        return box;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /// One journal line, with the day above it when the day changes.
    private final class TimelineCell extends ListCell<TimelineRow> {

        private final Label day = new Label();
        private final Label time = new Label();
        private final Label actor = new Label();
        private final Label sentence = new Label();
        private final VBox content;

        TimelineCell() {
            day.getStyleClass().add("timeline-day");
            day.setMaxWidth(Double.MAX_VALUE);
            time.getStyleClass().add("timeline-time");
            actor.getStyleClass().add("timeline-actor");
            sentence.getStyleClass().add("timeline-sentence");
            sentence.setMinWidth(0);
            HBox.setHgrow(sentence, Priority.ALWAYS);
            HBox line = new HBox(10, time, actor, sentence);
            line.setAlignment(Pos.BASELINE_LEFT);
            content = new VBox(day, line);
            getStyleClass().add("timeline-cell");
        }

        @Override
        protected void updateItem(TimelineRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            String heading = vm.dayHeadingAt(getIndex()).orElse("");
            day.setText(heading);
            day.setVisible(!heading.isEmpty());
            day.setManaged(!heading.isEmpty());
            time.setText(row.time());
            actor.setText(row.actor());
            sentence.setText(row.sentence());
            setText(null);
            setGraphic(content);
            setAccessibleText(row.line());
        }
    }
}
