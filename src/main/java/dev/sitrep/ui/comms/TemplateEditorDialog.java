package dev.sitrep.ui.comms;

import atlantafx.base.theme.Styles;
import dev.sitrep.domain.MessageTemplate;
import dev.sitrep.domain.Placeholder;
import dev.sitrep.ui.common.TextAreas;
import dev.sitrep.ui.common.Command;
import dev.sitrep.ui.common.ProblemLabel;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/// The template editor: the templates on the left, the picked one's name, subject and body in the middle,
/// and on the right every placeholder with what it is filled with (a click puts it where the cursor was).
///
/// Ctrl+S saves, Ctrl+N adds a template, Delete in the list deletes one (after asking), Esc closes (asking
/// first when changes are not saved).
final class TemplateEditorDialog extends Dialog<Void> {

    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final TemplateEditorViewModel vm;
    private final ListView<MessageTemplate> list = new ListView<>();
    private final TextField subject = new TextField();
    private final TextArea body = new TextArea();
    /// Where a clicked placeholder goes: the subject or the body, whichever had the cursor last.
    private TextInputControl lastText = body;

    TemplateEditorDialog(TemplateEditorViewModel vm) {
        this.vm = vm;
        setTitle("Status-update templates");
        setResizable(true);
        getDialogPane().getStylesheets().add(StatusUpdateView.stylesheet());
        getDialogPane().getStyleClass().add("template-editor");
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().setPrefSize(1180, 680);
        HBox content = new HBox(16, templates(), form(), placeholders());
        content.getStyleClass().add("template-editor-content");
        getDialogPane().setContent(content);
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        Button close = (Button) getDialogPane().lookupButton(ButtonType.CLOSE);
        close.addEventFilter(ActionEvent.ACTION, event -> {
            if (!vm.mayClose()) {
                event.consume();
            }
        });
        setOnCloseRequest(event -> {
            if (!vm.mayClose()) {
                event.consume();
            }
        });
        setOnShown(_ -> Platform.runLater(list::requestFocus));
        setOnHidden(_ -> vm.close());
    }

    private Node templates() {
        list.setId("template-list");
        list.setItems(vm.templates());
        list.setCellFactory(_ -> new TemplateCell());
        list.getSelectionModel().selectedItemProperty().addListener((_, _, template) -> {
            if (template != null) {
                vm.selectedProperty().set(template);
            }
        });
        vm.selectedProperty().subscribe(template -> {
            if (template != null && !template.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(template);
            }
        });
        // Saving marks or unmarks the template in the list.
        vm.changedProperty().subscribe(_ -> list.refresh());
        list.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DELETE) {
                event.consume();
                vm.deleteCommand().execute();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button add = button("New…", new FontIcon(Material2AL.ADD), vm.createCommand(), NEW.getDisplayText());
        Button delete = button("Delete", new FontIcon(Material2AL.DELETE), vm.deleteCommand(), "Delete");
        delete.getStyleClass().addAll(Styles.BUTTON_OUTLINED, Styles.DANGER);
        HBox buttons = new HBox(8, add, delete);
        VBox box = new VBox(6, caption("Te_mplates", list), list, buttons);
        box.setPrefWidth(240);
        box.setMinWidth(200);
        return box;
    }

    /// A template's name, marked while it has changes not saved.
    private final class TemplateCell extends ListCell<MessageTemplate> {
        @Override
        protected void updateItem(MessageTemplate template, boolean empty) {
            super.updateItem(template, empty);
            setText(empty || template == null ? null : template.name() + (vm.isUnsaved(template) ? "  • not saved" : ""));
        }
    }

    private Node form() {
        TextField name = new TextField();
        name.setId("template-name");
        name.textProperty().bindBidirectional(vm.nameProperty());
        name.setPromptText("What the TAMs pick it by");
        subject.setId("template-subject");
        subject.textProperty().bindBidirectional(vm.subjectProperty());
        subject.setPromptText("{incident} status update for {customer}");
        body.setId("template-body");
        body.setWrapText(true);
        body.textProperty().bindBidirectional(vm.bodyProperty());
        TextAreas.tabLeaves(body);
        subject.focusedProperty().addListener((_, _, focused) -> lastText = focused ? subject : lastText);
        body.focusedProperty().addListener((_, _, focused) -> lastText = focused ? body : lastText);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("template-form");
        grid.addRow(0, caption("_Name", name), withProblem(name, new ProblemLabel(vm.nameProblemProperty(),
                "status-problem")));
        grid.addRow(1, caption("_Subject", subject), subject);
        Label bodyCaption = caption("_Body", body);
        GridPane.setValignment(bodyCaption, VPos.TOP);
        grid.addRow(2, bodyCaption, body);
        GridPane.setVgrow(body, Priority.ALWAYS);
        GridPane.setHgrow(subject, Priority.ALWAYS);
        ProblemLabel unknown = new ProblemLabel(vm.placeholderProblemProperty(), "status-warning");
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("status-message");
        message.setWrapText(true);
        Button save = button("Save", new FontIcon(Material2MZ.SAVE), vm.saveCommand(), SAVE.getDisplayText());
        save.setId("template-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox bar = new HBox(8, message, save);
        bar.setAlignment(Pos.CENTER_RIGHT);
        VBox form = new VBox(8, grid, unknown, bar);
        VBox.setVgrow(grid, Priority.ALWAYS);
        HBox.setHgrow(form, Priority.ALWAYS);
        return form;
    }

    private static Node withProblem(Control field, Label problem) {
        return new VBox(4, field, problem);
    }

    private Node placeholders() {
        VBox rows = new VBox(8);
        for (Placeholder placeholder : vm.placeholders()) {
            Hyperlink token = new Hyperlink(placeholder.token());
            token.getStyleClass().add("placeholder-token");
            token.setTooltip(new Tooltip("Put " + placeholder.token() + " where the cursor was"));
            token.setOnAction(_ -> insert(placeholder.token()));
            Label meaning = new Label(placeholder.meaning());
            meaning.setWrapText(true);
            meaning.getStyleClass().add("placeholder-meaning");
            rows.getChildren().add(new VBox(0, token, meaning));
        }
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label caption = new Label("Placeholders");
        caption.getStyleClass().add("status-caption");
        Label hint = new Label("Filled for each customer when the update is written. Any other {word} is "
                + "left as it is and reported.");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(6, caption, hint, scroll);
        box.setPrefWidth(320);
        box.setMinWidth(260);
        return box;
    }

    private void insert(String token) {
        lastText.insertText(lastText.getCaretPosition(), token);
        lastText.requestFocus();
    }

    private void shortcut(KeyEvent event) {
        if (SAVE.match(event)) {
            event.consume();
            vm.saveCommand().execute();
        } else if (NEW.match(event)) {
            event.consume();
            vm.createCommand().execute();
        }
    }

    private static Button button(String text, Node icon, Command command, String shortcut) {
        Button button = new Button(text, icon);
        button.setTooltip(new Tooltip(text + " (" + shortcut + ")"));
        button.disableProperty().bind(command.executableProperty().not());
        button.setOnAction(_ -> command.execute());
        ButtonBar.setButtonUniformSize(button, false);
        return button;
    }

    private static Label caption(String text, Node field) {
        Label caption = new Label(text);
        caption.setMnemonicParsing(true);
        caption.setLabelFor(field);
        caption.getStyleClass().add("status-caption");
        caption.setMinWidth(Region.USE_PREF_SIZE);
        return caption;
    }
}
