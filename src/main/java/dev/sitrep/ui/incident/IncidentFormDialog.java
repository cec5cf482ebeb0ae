package dev.sitrep.ui.incident;

import atlantafx.base.theme.Styles;
import dev.sitrep.domain.IncidentKind;
import dev.sitrep.domain.Severity;
import dev.sitrep.domain.Staff;
import dev.sitrep.domain.WireEnum;
import dev.sitrep.ui.common.TextAreas;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.event.ActionEvent;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.Arrays;
import java.util.function.Function;

/// The declare / edit dialog, built for the keyboard: Tab walks the fields (the summary too), arrow keys pick
/// from the lists, Enter saves. Each field shows its own problem under it; OK stays disabled until there are none.
///
/// OK does not close the dialog by itself: it asks the view model to save, and the dialog closes when the view
/// model closes the form, so a failed save keeps everything that was typed.
final class IncidentFormDialog extends Dialog<ButtonType> {

    private final IncidentForm form;
    private final GridPane grid = new GridPane();
    private int row;

    IncidentFormDialog(IncidentForm form, ObservableBooleanValue busy, Runnable onSubmit) {
        this.form = form;
        setTitle(form.heading());
        setHeaderText(form.heading());
        getDialogPane().getStylesheets().add(IncidentView.stylesheet());
        getDialogPane().getStyleClass().add("incident-form");
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        grid.getStyleClass().add("form-grid");
        grid.getColumnConstraints().addAll(new ColumnConstraints(), growing());
        TextField title = titleField();
        addField("_Title", title, form.titleProblemProperty());
        addField("_Kind", kindField(), form.kindProblemProperty());
        addField("_Severity", severityField(), form.severityProblemProperty());
        addField("C_ommander", commanderField(), null);
        addField("_Updates every", cadenceField(), form.cadenceProblemProperty());
        addField("Su_mmary", summaryField(), form.otherProblemsProperty());
        getDialogPane().setContent(grid);

        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setText(form.declares() ? "Declare" : "Save");
        ok.disableProperty().bind(form.validProperty().not().or(busy));
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            onSubmit.run();
        });
        setOnShown(_ -> Platform.runLater(title::requestFocus));
    }

    private TextField titleField() {
        TextField field = new TextField(form.titleProperty().get());
        field.setPromptText("What is happening, in a few words");
        field.setPrefColumnCount(36);
        form.titleProperty().bind(field.textProperty());
        return field;
    }

    private ComboBox<IncidentKind> kindField() {
        ComboBox<IncidentKind> field = choice(IncidentKind.values());
        field.setValue(form.kindProperty().get());
        form.kindProperty().bind(field.valueProperty());
        return field;
    }

    private ComboBox<Severity> severityField() {
        ComboBox<Severity> field = choice(Severity.values());
        field.setValue(form.severityProperty().get());
        form.severityProperty().bind(field.valueProperty());
        return field;
    }

    private ComboBox<Staff> commanderField() {
        ComboBox<Staff> field = new ComboBox<>();
        field.getItems().setAll(form.staff());
        field.setConverter(converter(staff -> staff.name() + " · " + staff.role().label()));
        field.setPromptText("Nobody yet (Delete clears)");
        field.setValue(form.commanderProperty().get());
        field.setMaxWidth(Double.MAX_VALUE);
        field.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
                field.setValue(null);
            }
        });
        form.commanderProperty().bind(field.valueProperty());
        return field;
    }

    private ComboBox<Integer> cadenceField() {
        ComboBox<Integer> field = new ComboBox<>();
        field.getItems().setAll(IncidentForm.CADENCE_CHOICES);
        field.setEditable(true);
        field.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer minutes) {
                return minutes == null ? "" : IncidentText.cadenceChoice(minutes);
            }

            @Override
            public Integer fromString(String text) {
                return leadingMinutes(text);
            }
        });
        field.setValue(form.cadenceMinutesProperty().get());
        field.setPromptText("Minutes, 15 to 1440");
        field.setMaxWidth(Double.MAX_VALUE);
        // What is typed counts at once, so its problem shows while typing, not after Enter.
        field.getEditor().textProperty().addListener((_, _, text) ->
                form.cadenceMinutesProperty().set(leadingMinutes(text)));
        field.valueProperty().addListener((_, _, minutes) -> form.cadenceMinutesProperty().set(minutes));
        return field;
    }

    private TextArea summaryField() {
        TextArea field = new TextArea(form.summaryProperty().get());
        field.setPromptText("What we know, what we are doing, what customers should expect");
        field.setWrapText(true);
        field.setPrefRowCount(4);
        TextAreas.tabLeaves(field);
        form.summaryProperty().bind(field.textProperty());
        return field;
    }

    private void addField(String label, Control field, ObservableStringValue problem) {
        Label caption = new Label(label);
        caption.setMnemonicParsing(true);
        caption.setLabelFor(field);
        caption.getStyleClass().add("form-caption");
        caption.setMinWidth(Region.USE_PREF_SIZE);
        VBox cell = new VBox(4, field);
        if (problem != null) {
            Label problemLabel = new Label();
            problemLabel.getStyleClass().add("field-problem");
            problemLabel.setWrapText(true);
            problemLabel.textProperty().bind(problem);
            problemLabel.visibleProperty().bind(problemLabel.textProperty().isNotEmpty());
            problemLabel.managedProperty().bind(problemLabel.visibleProperty());
            problem.subscribe(text -> field.pseudoClassStateChanged(Styles.STATE_DANGER, !text.isEmpty()));
            cell.getChildren().add(problemLabel);
        }
        GridPane.setHgrow(cell, Priority.ALWAYS);
        GridPane.setValignment(caption, VPos.TOP);
        grid.addRow(row++, caption, cell);
    }

    private static <E extends Enum<E> & WireEnum> ComboBox<E> choice(E[] values) {
        ComboBox<E> field = new ComboBox<>();
        field.getItems().setAll(Arrays.asList(values));
        field.setConverter(converter(WireEnum::label));
        field.setPromptText("Choose… (arrow keys)");
        field.setMaxWidth(Double.MAX_VALUE);
        return field;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }

    /// The number a typed cadence starts with ("90", "90 min (1 h 30 min)"); `null` when it starts with none.
    static Integer leadingMinutes(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.strip().replaceFirst("^(\\d{1,6}).*$", "$1");
        return digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) ? null : Integer.valueOf(digits);
    }

    private static ColumnConstraints growing() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        column.setMinWidth(320);
        return column;
    }
}
