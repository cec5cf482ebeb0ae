package dev.sitrep.ui.board;

import atlantafx.base.theme.Styles;
import dev.sitrep.domain.ShiftHours;
import dev.sitrep.ui.board.RosterViewModel.Person;
import dev.sitrep.ui.common.ProblemLabel;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;

/// The roster beside the board: each person with their shift, load and hours, a button to start or end
/// the selected person's shift, and a drop target per person: a card dropped on someone is theirs. A card
/// dropped on the line of unassigned work goes back to nobody.
final class RosterView extends VBox {

    private final RosterViewModel vm;
    private final ListView<Person> list;

    /// @param assign gives a task (first) to a person (second), or to nobody with `null`
    RosterView(RosterViewModel vm, BiConsumer<UUID, UUID> assign) {
        super(8);
        this.vm = vm;
        getStyleClass().add("roster");
        Label title = new Label("Roster");
        title.getStyleClass().add(Styles.TITLE_4);
        Label summary = new Label();
        summary.textProperty().bind(vm.summaryProperty());
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        CheckBox onShiftOnly = new CheckBox("On shift only");
        onShiftOnly.selectedProperty().bindBidirectional(vm.onShiftOnlyProperty());

        list = new ListView<>(vm.people());
        list.setId("roster-people");
        list.getStyleClass().add("roster-list");
        list.setCellFactory(_ -> new PersonCell(assign));
        list.setPlaceholder(new Label("Nobody on shift"));
        VBox.setVgrow(list, Priority.ALWAYS);

        Label unassigned = new Label();
        unassigned.setId("roster-unassigned");
        unassigned.textProperty().bind(vm.unassignedProperty());
        unassigned.getStyleClass().add("roster-unassigned");
        unassigned.setWrapText(true);
        unassigned.setMaxWidth(Double.MAX_VALUE);
        unassigned.setMinHeight(Region.USE_PREF_SIZE);
        TaskDrag.onto(unassigned, taskId -> assign.accept(taskId, null));

        getChildren().addAll(title, summary, onShiftOnly, list, shiftButton(), unassigned,
                new ProblemLabel(vm.problemProperty(), "roster-problem"));
        keepHoursCurrent();
    }

    /// "Start shift" or "End shift" for the selected person.
    private Button shiftButton() {
        Button button = new Button();
        button.setId("roster-shift");
        button.setMaxWidth(Double.MAX_VALUE);
        var selected = list.getSelectionModel().selectedItemProperty();
        button.textProperty().bind(Bindings.createStringBinding(() -> selected.get() == null ? "Start shift"
                : (selected.get().onShift() ? "End shift for " : "Start shift for ") + selected.get().name(), selected));
        button.disableProperty().bind(selected.isNull());
        button.setOnAction(_ -> {
            Person person = selected.get();
            if (person.onShift()) {
                vm.endShift(person.staffId());
            } else {
                vm.startShift(person.staffId());
            }
        });
        return button;
    }

    /// Hours on shift grow while the board is open: work them out again every minute it shows.
    private void keepHoursCurrent() {
        Timeline minutes = new Timeline(new KeyFrame(Duration.minutes(1), _ -> vm.tick()));
        minutes.setCycleCount(Timeline.INDEFINITE);
        sceneProperty().subscribe(scene -> {
            if (scene == null) {
                minutes.stop();
            } else {
                minutes.play();
            }
        });
    }

    /// A person: name and role (with "lead"), whether on shift, their open and blocked tasks, and their
    /// hours in words and colour: "11 h 05 in 24 h" over "plan a handover", or over "needs rest".
    private static final class PersonCell extends ListCell<Person> {

        private static final PseudoClass ON = PseudoClass.getPseudoClass("on");
        private static final PseudoClass LONG = PseudoClass.getPseudoClass("long");
        private static final PseudoClass TOO_LONG = PseudoClass.getPseudoClass("too-long");

        private final Label name = new Label();
        private final Label shift = new Label();
        private final Label load = new Label();
        private final Label hours = new Label();
        private final Label advice = new Label();
        private final VBox box;

        PersonCell(BiConsumer<UUID, UUID> assign) {
            getStyleClass().add("person-cell");
            setPrefWidth(0);
            name.getStyleClass().add("person-name");
            shift.getStyleClass().add("person-shift");
            hours.getStyleClass().add("person-hours");
            advice.getStyleClass().add("person-hours");
            for (Label label : List.of(name, shift, load, hours, advice)) {
                label.setMinWidth(0);
            }
            // What to do about the hours has a line of its own, so a narrow roster never cuts it off.
            box = new VBox(1, name, shift, load, hours, advice);
            TaskDrag.onto(this, taskId -> {
                if (getItem() != null) {
                    assign.accept(taskId, getItem().staffId());
                }
            });
        }

        @Override
        protected void updateItem(Person person, boolean empty) {
            super.updateItem(person, empty);
            if (empty || person == null) {
                setGraphic(null);
                return;
            }
            name.setText(person.name());
            shift.setText(person.role().label() + (person.lead() ? ", lead" : "") + " · "
                    + (person.onShift() ? "on shift" : "off shift"));
            shift.pseudoClassStateChanged(ON, person.onShift());
            load.setText(person.load());
            hours.setText(person.hours());
            advice.setText(switch (person.level()) {
                case FINE -> "";
                case LONG -> "plan a handover";
                case TOO_LONG -> "needs rest";
            });
            showWhenSet(hours);
            showWhenSet(advice);
            for (Label label : List.of(hours, advice)) {
                label.pseudoClassStateChanged(LONG, person.level() == ShiftHours.Level.LONG);
                label.pseudoClassStateChanged(TOO_LONG, person.level() == ShiftHours.Level.TOO_LONG);
            }
            setGraphic(box);
        }

        private static void showWhenSet(Label label) {
            label.setVisible(!label.getText().isEmpty());
            label.setManaged(label.isVisible());
        }
    }
}
