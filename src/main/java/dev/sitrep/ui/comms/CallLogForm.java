package dev.sitrep.ui.comms;

import atlantafx.base.theme.Styles;
import dev.sitrep.domain.TimeEntry;
import dev.sitrep.domain.Urgency;
import dev.sitrep.domain.WireEnum;
import dev.sitrep.ui.common.TextAreas;
import dev.sitrep.ui.common.ProblemLabel;
import dev.sitrep.ui.comms.CallLogViewModel.CallbackPick;
import dev.sitrep.ui.comms.CallLogViewModel.Direction;
import dev.sitrep.ui.comms.CallLogViewModel.Field;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/// The call log form, for a dialog or a screen to hold. Made for the keyboard: focus starts in the
/// customer field, Tab walks the fields in the order they show, and Enter logs the call from any of them
/// (Shift+Enter starts a new line in the summary). Alt+I and Alt+O set the direction, Alt+L, Alt+N and
/// Alt+H the urgency; the other fields have a mnemonic on their caption. After a call is logged the form
/// is empty again and the customer field has the focus, for the next call.
public final class CallLogForm extends VBox {

    private final CallLogViewModel vm;
    private final GridPane grid = new GridPane();
    private final Map<Field, Node> fields = new EnumMap<>(Field.class);
    private final TextField customer = new TextField();
    private final CustomerCompletion completion;
    private final ComboBox<String> channel = new ComboBox<>();
    private final TextArea summary = new TextArea();
    private final TextField callbackTime = new TextField();
    private int row;

    /// A form with its own Log call button, for a screen to hold.
    public CallLogForm(CallLogViewModel vm) {
        this(vm, true);
    }

    /// @param withLogButton false when a dialog's button bar holds the button
    CallLogForm(CallLogViewModel vm, boolean withLogButton) {
        this.vm = vm;
        getStyleClass().add("call-log");
        getStylesheets().add(stylesheet());
        completion = CustomerCompletion.attach(customer, vm, stylesheet());

        grid.getStyleClass().add("call-log-grid");
        grid.getColumnConstraints().addAll(new ColumnConstraints(), growing());
        addRow("_Customer", customerField(), customer, Field.CUSTOMER, null);
        TextField contact = contactField();
        addRow("Con_tact", contact, contact, Field.CONTACT, vm.contactHintProperty());
        SegmentedChoice<Direction> direction = new SegmentedChoice<>("call-direction",
                Arrays.asList(Direction.values()),
                choice -> choice == Direction.INBOUND ? "_Inbound" : "_Outbound",
                choice -> choice == Direction.INBOUND ? Material2AL.CALL_RECEIVED : Material2AL.CALL_MADE,
                vm.directionProperty());
        addRow("Direction", direction, direction, null, null);
        addRow("Ch_annel", channelField(), channel, Field.CHANNEL, null);
        addRow("_Summary", summaryField(), summary, Field.SUMMARY, null);
        SegmentedChoice<Urgency> urgency = new SegmentedChoice<>("call-urgency", Arrays.asList(Urgency.values()),
                choice -> "_" + capitalised(choice), CallLogForm::urgencyIcon, vm.urgencyProperty());
        addRow("Urgency", urgency, urgency, null, null);
        addRow("Call_back", callbackRow(), callbackTime, Field.CALLBACK, vm.callbackPreviewProperty());

        getChildren().addAll(heading(), grid, footer(withLogButton));
        addEventFilter(KeyEvent.KEY_PRESSED, this::enterLogs);
        vm.loggedProperty().subscribe(logged -> {
            if (!logged.isEmpty()) {
                customer.requestFocus();
            }
        });
    }

    /// Puts the focus in the customer field, where a call starts.
    public void focusCustomer() {
        customer.requestFocus();
        customer.selectAll();
    }

    static String stylesheet() {
        return Objects.requireNonNull(CallLogForm.class.getResource("call-log.css")).toExternalForm();
    }

    // Fields

    private Label heading() {
        Label incident = new Label();
        incident.textProperty().bind(vm.incidentNameProperty());
        incident.getStyleClass().addAll(Styles.TEXT_MUTED, "call-log-incident");
        return incident;
    }

    private TextField customerField() {
        customer.setId("call-customer");
        customer.setPromptText("A few letters of the name: ↓ shows the affected customers");
        customer.textProperty().bindBidirectional(vm.customerTextProperty());
        leaving(customer, Field.CUSTOMER);
        return customer;
    }

    private TextField contactField() {
        TextField contact = new TextField();
        contact.setId("call-contact");
        contact.setPromptText("Who you spoke to");
        contact.textProperty().bindBidirectional(vm.contactProperty());
        leaving(contact, Field.CONTACT);
        return contact;
    }

    private ComboBox<String> channelField() {
        channel.setId("call-channel");
        channel.setEditable(true);
        channel.getItems().setAll(CallLogViewModel.CHANNELS);
        channel.getEditor().textProperty().bindBidirectional(vm.channelProperty());
        channel.setPrefWidth(220);
        leaving(channel, Field.CHANNEL);
        return channel;
    }

    private VBox summaryField() {
        summary.setId("call-summary");
        summary.setPromptText("What the call was about");
        summary.setWrapText(true);
        summary.setPrefRowCount(3);
        summary.textProperty().bindBidirectional(vm.summaryProperty());
        TextAreas.tabLeaves(summary);
        Label keys = new Label("Enter logs the call · Shift+Enter starts a new line");
        keys.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return new VBox(4, summary, keys);
    }

    private HBox callbackRow() {
        SegmentedChoice<CallbackPick> picks = new SegmentedChoice<>("call-callback",
                Arrays.asList(CallbackPick.values()), CallbackPick::label, null, vm.callbackProperty());
        TextField time = callbackTime;
        time.setId("call-callback-time");
        time.setPromptText("14:30, +2h");
        time.setPrefColumnCount(8);
        time.setMinWidth(Region.USE_PREF_SIZE);
        time.textProperty().bindBidirectional(vm.callbackTextProperty());
        time.setTooltip(new Tooltip("A time: " + TimeEntry.TIME_FORMS));
        leaving(time, Field.CALLBACK);
        vm.callbackProperty().subscribe(pick -> {
            if (pick == CallbackPick.CUSTOM && picks.isFocusWithin()) {
                time.requestFocus();
            }
        });
        HBox callback = new HBox(10, picks, time);
        callback.setAlignment(Pos.CENTER_LEFT);
        return callback;
    }

    private HBox footer(boolean withLogButton) {
        Label logged = new Label();
        logged.getStyleClass().add("call-logged");
        logged.setGraphic(new FontIcon(Material2AL.CHECK_CIRCLE));
        logged.setWrapText(true);
        logged.textProperty().bind(vm.loggedProperty());
        logged.visibleProperty().bind(logged.textProperty().isNotEmpty());
        logged.managedProperty().bind(logged.visibleProperty());
        ProblemLabel problem = new ProblemLabel(vm.problemProperty(), "call-problem");
        VBox outcome = new VBox(4, logged, problem);
        outcome.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(outcome, Priority.ALWAYS);
        HBox footer = new HBox(12, outcome);
        if (withLogButton) {
            Button log = new Button();
            dressAsLogButton(log);
            log.setOnAction(_ -> logCall());
            footer.getChildren().add(log);
        }
        footer.getStyleClass().add("call-log-footer");
        footer.setAlignment(Pos.CENTER_LEFT);
        return footer;
    }

    /// The Log call button's text, icon, colour and enabled state, wherever it stands.
    void dressAsLogButton(Button log) {
        log.setText("Log call");
        log.setGraphic(new FontIcon(Material2MZ.PHONE_IN_TALK));
        log.setId("call-log");
        log.getStyleClass().add(Styles.ACCENT);
        log.setMinWidth(Region.USE_PREF_SIZE);
        log.disableProperty().bind(vm.logCommand().executableProperty().not());
    }

    // Keys

    /// Enter logs the call from any field, unless it picks a customer or a channel from an open list, or
    /// comes with Shift in the summary, where it starts a new line.
    private void enterLogs(KeyEvent event) {
        if (event.getCode() != KeyCode.ENTER || event.isAltDown() || event.isControlDown()
                || completion.isShowing() || channel.isShowing()) {
            return;
        }
        event.consume();
        if (event.isShiftDown()) {
            if (summary.isFocused()) {
                summary.replaceSelection("\n");
            }
            return;
        }
        logCall();
    }

    /// Logs the call, or takes the operator to the first field that needs fixing.
    public void logCall() {
        vm.logCommand().execute();
        vm.fieldToFix().map(fields::get).ifPresent(Node::requestFocus);
    }

    /// Leaving a field shows what is wrong with it.
    private void leaving(Node field, Field which) {
        field.focusWithinProperty().addListener((_, _, within) -> {
            if (!within) {
                vm.fieldLeft(which);
            }
        });
    }

    // Layout

    /// A row: the caption, the field, a hint under it when there is one, and the field's problem under that
    /// while it has one. The caption's mnemonic, and a problem when logging, take the operator to `focus`.
    private void addRow(String caption, Node content, Node focus, Field which, ObservableStringValue hint) {
        Label label = new Label(caption);
        label.setMnemonicParsing(true);
        label.setLabelFor(focus);
        label.getStyleClass().add("call-log-caption");
        label.setMinWidth(Region.USE_PREF_SIZE);
        VBox cell = new VBox(4, content);
        if (hint != null) {
            Label hintLabel = new Label();
            hintLabel.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            hintLabel.textProperty().bind(hint);
            hintLabel.visibleProperty().bind(hintLabel.textProperty().isNotEmpty());
            hintLabel.managedProperty().bind(hintLabel.visibleProperty());
            cell.getChildren().add(hintLabel);
        }
        if (which != null) {
            fields.put(which, focus);
            cell.getChildren().add(problemLabel(focus, vm.problemProperty(which)));
        }
        GridPane.setHgrow(cell, Priority.ALWAYS);
        GridPane.setValignment(label, VPos.TOP);
        grid.addRow(row++, label, cell);
    }

    private static Label problemLabel(Node field, ObservableStringValue problem) {
        Label label = new Label();
        label.getStyleClass().add("field-problem");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(problem);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        problem.subscribe(text -> field.pseudoClassStateChanged(Styles.STATE_DANGER, !text.isEmpty()));
        return label;
    }

    private static ColumnConstraints growing() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        column.setMinWidth(360);
        return column;
    }

    private static Ikon urgencyIcon(Urgency urgency) {
        return urgency == Urgency.HIGH ? Material2MZ.PRIORITY_HIGH : null;
    }

    private static String capitalised(WireEnum value) {
        String label = value.label();
        return label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }
}
