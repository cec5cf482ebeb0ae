package dev.sitrep.ui.handover;

import atlantafx.base.theme.Styles;
import dev.sitrep.io.print.PrintDocument.Paper;
import dev.sitrep.ui.common.TextAreas;
import dev.sitrep.ui.common.Command;
import dev.sitrep.ui.common.ProblemLabel;
import dev.sitrep.ui.handover.HandoverViewModel.ShiftChoice;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Objects;

/// The Handover screen: the shift, the leads and the notes on the left, the sheet's pages as they would
/// print on the right. Keyboard: Alt plus the underlined letter reaches each field, Ctrl+S saves the PDF,
/// Ctrl+P prints, Ctrl+Shift+S keeps the notes with the shift and F5 reads everything again.
public final class HandoverView extends BorderPane {

    public static final KeyCombination SAVE_PDF = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SAVE_NOTES = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);

    /// The preview's pages are never drawn larger than this share of their rendered size: beyond it they blur.
    private static final double LARGEST_ZOOM = 1.25;

    private final HandoverViewModel vm;
    private final VBox pageStack = new VBox(24);
    private final ScrollPane preview = new ScrollPane();

    public HandoverView(HandoverViewModel vm) {
        this.vm = vm;
        getStyleClass().add("handover");
        getStylesheets().add(Objects.requireNonNull(HandoverView.class.getResource("handover.css")).toExternalForm());
        setTop(header());
        setLeft(form());
        setCenter(preview());
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    private Node header() {
        Label title = new Label("Shift handover");
        title.getStyleClass().add(Styles.TITLE_3);
        Label incident = new Label();
        incident.textProperty().bind(vm.headingProperty());
        incident.getStyleClass().add(Styles.TEXT_MUTED);
        Label message = new Label();
        message.setId("handover-message");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setAlignment(Pos.CENTER_RIGHT);
        HBox header = new HBox(16, title, incident, message);
        header.setAlignment(Pos.BASELINE_LEFT);
        header.getStyleClass().add("handover-header");
        return header;
    }

    // The form

    private Node form() {
        ComboBox<ShiftChoice> shift = new ComboBox<>(vm.shifts());
        shift.setId("handover-shift");
        shift.valueProperty().bindBidirectional(vm.shiftProperty());
        shift.setPromptText("No shift on record");
        shift.setMaxWidth(Double.MAX_VALUE);
        TextField from = field("handover-from", vm.fromProperty());
        TextField to = field("handover-to", vm.toProperty());
        from.setPromptText("08:00, -12h, yesterday 20:00");
        to.setPromptText("now, 20:00");
        ComboBox<String> outgoing = leadField("handover-outgoing", vm.outgoingLeadProperty());
        ComboBox<String> incoming = leadField("handover-incoming", vm.incomingLeadProperty());
        incoming.setPromptText("Left blank to write in");
        TextArea notes = new TextArea();
        notes.setId("handover-notes");
        notes.textProperty().bindBidirectional(vm.notesProperty());
        notes.setWrapText(true);
        notes.setPromptText("What the next shift must watch: risks, promises made by phone, who to call first.");
        TextAreas.tabLeaves(notes);
        VBox.setVgrow(notes, Priority.ALWAYS);

        HBox window = new HBox(12, column(caption("Fro_m", from), from, problem(vm.fromProblemProperty())),
                column(caption("_To", to), to, problem(vm.toProblemProperty())));
        window.getChildren().forEach(child -> HBox.setHgrow(child, Priority.ALWAYS));
        VBox form = new VBox(6,
                caption("_Shift", shift), shift, window,
                caption("_Outgoing lead", outgoing), outgoing,
                caption("_Incoming lead", incoming), incoming,
                caption("_Notes and risks for the next shift", notes), notes,
                paper(),
                actions());
        form.getStyleClass().add("handover-form");
        return form;
    }

    private static TextField field(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private ComboBox<String> leadField(String id, StringProperty value) {
        ComboBox<String> lead = new ComboBox<>(vm.people());
        lead.setId(id);
        lead.setEditable(true);
        lead.setMaxWidth(Double.MAX_VALUE);
        lead.getEditor().textProperty().bindBidirectional(value);
        return lead;
    }

    /// The paper: a caption (Alt+P) and two toggles, one always chosen.
    private Node paper() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton a4 = paperButton("A4", Paper.A4, group);
        ToggleButton letter = paperButton("Letter", Paper.LETTER, group);
        a4.getStyleClass().add(Styles.LEFT_PILL);
        letter.getStyleClass().add(Styles.RIGHT_PILL);
        group.selectedToggleProperty().addListener((_, old, chosen) -> {
            if (chosen == null) {
                group.selectToggle(old);
            } else {
                vm.paperProperty().set((Paper) chosen.getUserData());
            }
        });
        vm.paperProperty().subscribe(chosen -> group.selectToggle(chosen == Paper.A4 ? a4 : letter));
        return new VBox(6, caption("_Paper", a4), new HBox(a4, letter));
    }

    private static ToggleButton paperButton(String text, Paper paper, ToggleGroup group) {
        ToggleButton button = new ToggleButton(text);
        button.setId("handover-paper-" + paper.name().toLowerCase(Locale.ROOT));
        button.setUserData(paper);
        button.setToggleGroup(group);
        return button;
    }

    private Node actions() {
        Button save = commandButton("Save PDF…", Material2MZ.SAVE, vm.savePdfCommand(), SAVE_PDF);
        save.setId("handover-save");
        save.getStyleClass().add(Styles.ACCENT);
        Button print = commandButton("Print…", Material2MZ.PRINT, vm.printCommand(), PRINT);
        print.setId("handover-print");
        Button keep = commandButton("Keep notes", Material2AL.ASSIGNMENT_TURNED_IN, vm.saveNotesCommand(), SAVE_NOTES);
        Button refresh = commandButton("Refresh", Material2MZ.REFRESH, vm.refreshCommand(), REFRESH);
        FlowPane actions = new FlowPane(8, 8, save, print, keep, refresh);
        actions.getStyleClass().add("handover-actions");
        return actions;
    }

    // The preview

    private Node preview() {
        Label count = new Label();
        count.setId("handover-page-count");
        count.textProperty().bind(vm.pageCountProperty());
        count.getStyleClass().add(Styles.TEXT_MUTED);
        pageStack.setAlignment(Pos.TOP_CENTER);
        // Each sheet of paper as wide as its page, not as the preview: the desk shows around it.
        pageStack.setFillWidth(false);
        pageStack.getStyleClass().add("handover-pages");
        StackPane centred = new StackPane(pageStack);
        centred.setAlignment(Pos.TOP_CENTER);
        preview.setContent(centred);
        preview.setFitToWidth(true);
        preview.getStyleClass().add("handover-preview");
        preview.setFocusTraversable(true);
        vm.pages().addListener((ListChangeListener<BufferedImage>) _ -> showPages());
        preview.viewportBoundsProperty().addListener((_, _, _) -> fitPages());
        showPages();
        BorderPane side = new BorderPane(preview);
        HBox top = new HBox(count);
        top.getStyleClass().add("handover-preview-top");
        side.setTop(top);
        return side;
    }

    private void showPages() {
        double top = preview.getVvalue();
        pageStack.getChildren().setAll(vm.pages().stream().map(page -> {
            ImageView view = new ImageView(PageImages.toFx(page));
            view.setPreserveRatio(true);
            view.setSmooth(true);
            StackPane sheet = new StackPane(view);
            sheet.getStyleClass().add("handover-page");
            return (Node) sheet;
        }).toList());
        fitPages();
        preview.setVvalue(top);
    }

    /// Each page as wide as the preview allows, up to a little over its rendered size.
    private void fitPages() {
        double room = preview.getViewportBounds().getWidth() - 48;
        for (Node sheet : pageStack.getChildren()) {
            ImageView view = (ImageView) ((StackPane) sheet).getChildren().getFirst();
            double natural = view.getImage().getWidth();
            view.setFitWidth(Math.max(200, Math.min(room, natural * LARGEST_ZOOM)));
        }
    }

    // Keys

    private void shortcut(KeyEvent event) {
        Command command = SAVE_PDF.match(event) ? vm.savePdfCommand()
                : PRINT.match(event) ? vm.printCommand()
                : SAVE_NOTES.match(event) ? vm.saveNotesCommand()
                : REFRESH.match(event) ? vm.refreshCommand() : null;
        if (command != null) {
            event.consume();
            command.execute();
        }
    }

    private static Button commandButton(String text, Ikon icon, Command command, KeyCombination shortcut) {
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
        caption.getStyleClass().add("handover-caption");
        return caption;
    }

    private static VBox column(Node... children) {
        return new VBox(4, children);
    }

    private static Node problem(ObservableStringValue text) {
        return new ProblemLabel(text, "handover-problem");
    }
}
