package dev.sitrep.ui.comms;

import atlantafx.base.theme.Styles;
import dev.sitrep.domain.MessageTemplate;
import dev.sitrep.ui.common.TextAreas;
import dev.sitrep.ui.common.Command;
import dev.sitrep.ui.common.ProblemLabel;
import dev.sitrep.ui.comms.StatusUpdateViewModel.CustomerChoice;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.Map;
import java.util.Objects;

/// The status-update composer, for the Comms screen: affected customers on the left (the most overdue
/// first), the template and the editable text in the middle, the update as it will go out on the right, and
/// the three ways to send it along the bottom.
///
/// Built for the keyboard: Alt+C, Alt+T, Alt+S and Alt+B go to the customers, the template, the subject and
/// the body; Tab leaves the body like any field; Ctrl+Enter marks the update sent, Ctrl+S saves it as an
/// e-mail draft, Ctrl+Shift+C copies it, Alt+N moves to the next customer due and Ctrl+T edits the templates.
public final class StatusUpdateView extends BorderPane {

    public static final KeyCombination MARK_SENT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SAVE_EML = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination NEXT_DUE = new KeyCodeCombination(KeyCode.N, KeyCombination.ALT_DOWN);
    public static final KeyCombination EDIT_TEMPLATES = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);

    private final StatusUpdateViewModel vm;
    private final ListView<CustomerChoice> customerList = new ListView<>();
    private final TextArea body = new TextArea();

    public StatusUpdateView(StatusUpdateViewModel vm) {
        this.vm = vm;
        getStyleClass().add("status-update");
        getStylesheets().add(stylesheet());
        setTop(header());
        setLeft(customers());
        setCenter(new SplitPane(editor(), preview()));
        setBottom(actions());
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        Timeline clock = new Timeline(new KeyFrame(Duration.seconds(30), _ -> vm.tick()));
        clock.setCycleCount(Animation.INDEFINITE);
        clock.play();
    }

    static String stylesheet() {
        return Objects.requireNonNull(StatusUpdateView.class.getResource("status-update.css")).toExternalForm();
    }

    /// Puts the keyboard in the customer list, where a TAM starts.
    public void focusCustomers() {
        Platform.runLater(customerList::requestFocus);
    }

    private Node header() {
        Label title = new Label("Status updates");
        title.getStyleClass().add(Styles.TITLE_3);
        Label incident = new Label();
        incident.textProperty().bind(vm.headingProperty());
        incident.getStyleClass().add(Styles.TEXT_MUTED);
        HBox header = new HBox(16, title, incident);
        header.setAlignment(Pos.BASELINE_LEFT);
        header.getStyleClass().add("status-header");
        return header;
    }

    // Customers

    private Node customers() {
        customerList.setId("status-customers");
        customerList.setItems(vm.customers());
        customerList.setCellFactory(_ -> new CustomerCell());
        Label empty = new Label();
        empty.textProperty().bind(vm.emptyTextProperty());
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        customerList.setPlaceholder(empty);
        customerList.getSelectionModel().selectedItemProperty().addListener((_, _, choice) -> {
            if (choice != null) {
                vm.customerProperty().set(choice);
            }
        });
        vm.customerProperty().subscribe(choice -> {
            if (choice != null && !choice.equals(customerList.getSelectionModel().getSelectedItem())) {
                customerList.getSelectionModel().select(choice);
                // A few rows above it stay in sight: the customers more overdue than this one.
                customerList.scrollTo(Math.max(0, customerList.getItems().indexOf(choice) - 3));
            }
        });
        VBox.setVgrow(customerList, Priority.ALWAYS);
        Button next = commandButton("Next due", Material2MZ.SKIP_NEXT, vm.nextDueCommand(), NEXT_DUE);
        next.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(6, caption("_Customers", customerList), customerList, next);
        box.getStyleClass().add("status-customers");
        return box;
    }

    /// A customer's name, with when their update is due under it, coloured by how pressing it is.
    private static final class CustomerCell extends ListCell<CustomerChoice> {

        private static final Map<StatusUpdateViewModel.Due, String> STYLES = Map.of(
                StatusUpdateViewModel.Due.OVERDUE, "due-overdue", StatusUpdateViewModel.Due.SOON, "due-soon",
                StatusUpdateViewModel.Due.LATER, "due-later", StatusUpdateViewModel.Due.NONE, "due-none");

        private final Label name = new Label();
        private final Label due = new Label();
        private final VBox lines = new VBox(2, name, due);

        CustomerCell() {
            // As wide as the list, not as the longest name: a long name is cut short, never scrolled to.
            setPrefWidth(0);
            name.getStyleClass().add("customer-name");
            due.getStyleClass().add("customer-due");
        }

        @Override
        protected void updateItem(CustomerChoice choice, boolean empty) {
            super.updateItem(choice, empty);
            due.getStyleClass().removeAll(STYLES.values());
            if (empty || choice == null) {
                setGraphic(null);
                return;
            }
            name.setText(choice.name());
            due.setText(choice.due());
            due.getStyleClass().add(STYLES.get(choice.urgency()));
            setGraphic(lines);
        }
    }

    // The text

    private Node editor() {
        ComboBox<MessageTemplate> template = new ComboBox<>(vm.templates());
        template.setId("status-template");
        template.setConverter(new StringConverter<>() {
            @Override
            public String toString(MessageTemplate value) {
                return value == null ? "" : value.name();
            }

            @Override
            public MessageTemplate fromString(String text) {
                throw new UnsupportedOperationException("templates are picked, not typed");
            }
        });
        template.setPromptText("Choose a template (arrow keys)");
        template.valueProperty().bindBidirectional(vm.templateProperty());
        template.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(template, Priority.ALWAYS);
        Button edit = new Button("Edit templates…", new FontIcon(Material2AL.EDIT));
        edit.setTooltip(new Tooltip("Add, change or delete templates (" + EDIT_TEMPLATES.getDisplayText() + ")"));
        edit.setOnAction(_ -> editTemplates());
        edit.setMinWidth(Region.USE_PREF_SIZE);
        HBox templateRow = new HBox(8, template, edit);
        templateRow.setAlignment(Pos.CENTER_LEFT);

        Label recipient = new Label();
        recipient.textProperty().bind(vm.recipientProperty());
        recipient.getStyleClass().addAll(Styles.TEXT_MUTED, "status-recipient");
        recipient.setWrapText(true);

        TextField subject = new TextField();
        subject.setId("status-subject");
        subject.textProperty().bindBidirectional(vm.subjectProperty());
        subject.setPromptText("Subject");

        body.setId("status-body");
        body.setWrapText(true);
        body.textProperty().bindBidirectional(vm.bodyProperty());
        body.setPromptText("The update, filled from the template: change anything");
        TextAreas.tabLeaves(body);
        VBox.setVgrow(body, Priority.ALWAYS);

        ProblemLabel problem = new ProblemLabel(vm.placeholderProblemProperty(), "status-problem");
        ProblemLabel late = new ProblemLabel(vm.etaWarningProperty(), "status-warning");

        VBox editor = new VBox(6, caption("_Template", template), templateRow, recipient,
                caption("_Subject", subject), subject, caption("_Body", body), body, problem, late);
        editor.getStyleClass().add("status-editor");
        editor.disableProperty().bind(vm.customerProperty().isNull());
        return editor;
    }

    private Node preview() {
        Label heading = new Label("As it goes out");
        heading.getStyleClass().add("status-preview-caption");
        Label subject = new Label();
        subject.setId("status-preview-subject");
        subject.textProperty().bind(vm.previewSubjectProperty());
        subject.getStyleClass().add("status-preview-subject");
        subject.setWrapText(true);
        Label text = new Label();
        text.setId("status-preview-body");
        text.textProperty().bind(vm.previewBodyProperty());
        text.getStyleClass().add("status-preview-body");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        VBox page = new VBox(10, subject, new Separator(Orientation.HORIZONTAL), text);
        page.getStyleClass().add("status-preview-page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox preview = new VBox(6, heading, scroll);
        preview.getStyleClass().add("status-preview");
        return preview;
    }

    // Sending

    private Node actions() {
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("status-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button copy = new Button("Copy", new FontIcon(Material2AL.CONTENT_COPY));
        copy.setId("status-copy");
        copy.setTooltip(new Tooltip("Subject and body to the clipboard (" + COPY.getDisplayText() + ")"));
        copy.disableProperty().bind(vm.copyCommand().executableProperty().not());
        copy.setOnAction(_ -> copyToClipboard());
        Button save = commandButton("Save .eml…", Material2MZ.SAVE_ALT, vm.saveEmlCommand(), SAVE_EML);
        save.setId("status-save");
        Button sent = commandButton("Mark sent", Material2AL.DONE, vm.markSentCommand(), MARK_SENT);
        sent.setId("status-mark-sent");
        sent.getStyleClass().add(Styles.ACCENT);
        for (Button button : new Button[]{copy, save, sent}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, message, copy, save, sent);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.getStyleClass().add("status-actions");
        return bar;
    }

    private void copyToClipboard() {
        if (!vm.copyCommand().isExecutable()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(vm.clipboardText());
        Clipboard.getSystemClipboard().setContent(content);
        vm.copyCommand().execute();
    }

    private void editTemplates() {
        TemplateEditorDialog dialog = new TemplateEditorDialog(vm.templateEditor());
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.showAndWait();
        vm.reload();
    }

    private void shortcut(KeyEvent event) {
        Runnable action = null;
        if (MARK_SENT.match(event)) {
            action = vm.markSentCommand()::execute;
        } else if (SAVE_EML.match(event)) {
            action = vm.saveEmlCommand()::execute;
        } else if (COPY.match(event)) {
            action = this::copyToClipboard;
        } else if (NEXT_DUE.match(event)) {
            action = vm.nextDueCommand()::execute;
        } else if (EDIT_TEMPLATES.match(event)) {
            action = this::editTemplates;
        }
        if (action != null) {
            event.consume();
            action.run();
        }
    }

    private static Button commandButton(String text, Ikon icon, Command command,
                                        KeyCombination shortcut) {
        Button button = new Button(text, new FontIcon(icon));
        button.setTooltip(new Tooltip(text + " (" + shortcut.getDisplayText() + ")"));
        button.disableProperty().bind(command.executableProperty().not());
        button.setOnAction(_ -> command.execute());
        return button;
    }

    private static Label caption(String text, Node field) {
        Label caption = new Label(text);
        caption.setMnemonicParsing(true);
        caption.setLabelFor(field);
        caption.getStyleClass().add("status-caption");
        return caption;
    }
}
