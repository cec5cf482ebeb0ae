package dev.sitrep.ui.incident;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.Phase;
import dev.sitrep.domain.Severity;
import dev.sitrep.ui.common.Command;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/// The incident screen: what the war room is working on, where it stands, and the controls to move it on.
public final class IncidentView extends BorderPane {

    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final Duration ELAPSED_REFRESH = Duration.seconds(30);

    private final IncidentViewModel vm;
    private final Label code = new Label();
    private final Label severity = new Label();
    private final Label kind = new Label();
    private final Label title = new Label();
    private final HBox stepper = new HBox();
    private final HBox phaseActions = new HBox(8);
    private final Label summary = new Label();
    private final ScrollPane details;
    private final VBox empty;
    private IncidentFormDialog dialog;

    public IncidentView(IncidentViewModel vm) {
        this.vm = vm;
        getStyleClass().add("incident-view");
        getStylesheets().add(stylesheet());
        details = createDetails();
        empty = createEmptyState();
        bind();
        Timeline clock = new Timeline(new KeyFrame(ELAPSED_REFRESH, _ -> vm.tick()));
        clock.setCycleCount(Timeline.INDEFINITE);
        clock.play();
    }

    static String stylesheet() {
        return Objects.requireNonNull(IncidentView.class.getResource("incident.css")).toExternalForm();
    }

    // Layout

    private ScrollPane createDetails() {
        code.getStyleClass().addAll(Styles.TITLE_2, "incident-code");
        severity.getStyleClass().add("severity-badge");
        kind.getStyleClass().addAll("kind-chip", Styles.TEXT_MUTED);
        HBox heading = new HBox(12, code, severity, kind, spacer(), commandButton("_Edit…", Material2AL.EDIT,
                vm.editCommand()), commandButton("_Declare…", Material2AL.ADD_ALERT, vm.declareCommand()));
        heading.setAlignment(Pos.CENTER_LEFT);
        title.getStyleClass().addAll(Styles.TITLE_3, "incident-title");
        title.setWrapText(true);

        stepper.getStyleClass().add("phase-stepper");
        stepper.setAlignment(Pos.CENTER_LEFT);
        phaseActions.getStyleClass().add("phase-actions");
        phaseActions.setAlignment(Pos.CENTER_LEFT);

        summary.getStyleClass().add("incident-summary");
        summary.setWrapText(true);
        Label summaryCaption = caption("Summary");
        VBox box = new VBox(16, heading, title, section("Phase", stepper), phaseActions, facts(),
                new VBox(6, summaryCaption, summary));
        box.getStyleClass().add("incident-details");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        return scroll;
    }

    private GridPane facts() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("incident-facts");
        addFact(grid, 0, 0, "Commander", vm.commanderProperty());
        addFact(grid, 1, 0, "Customer updates", vm.cadenceProperty());
        addFact(grid, 0, 2, "Declared", vm.declaredAtProperty());
        addFact(grid, 1, 2, "Elapsed", vm.elapsedProperty());
        addFact(grid, 2, 2, "Resolved", vm.resolvedAtProperty());
        return grid;
    }

    private static void addFact(GridPane grid, int row, int column, String name, ObservableStringValue value) {
        Label valueLabel = new Label();
        valueLabel.textProperty().bind(value.map(text -> text.isEmpty() ? "—" : text));
        valueLabel.getStyleClass().add("fact-value");
        grid.add(caption(name), column, row);
        grid.add(valueLabel, column + 1, row);
    }

    private VBox createEmptyState() {
        Label heading = new Label("No current incident");
        heading.getStyleClass().add(Styles.TITLE_3);
        Label hint = new Label("Declare one, or pick one in the incident switcher.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Button declare = commandButton("_Declare an incident…", Material2AL.ADD_ALERT, vm.declareCommand());
        declare.getStyleClass().add(Styles.ACCENT);
        VBox box = new VBox(12, heading, hint, declare);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("incident-empty");
        return box;
    }

    // Bindings

    private void bind() {
        vm.incidentProperty().subscribe(this::show);
        vm.moves().subscribe(this::showPhaseActions);
        vm.formProperty().subscribe(this::showForm);
    }

    private void show(Incident incident) {
        setCenter(incident == null ? empty : details);
        if (incident == null) {
            return;
        }
        code.setText(incident.code());
        title.setText(incident.title());
        kind.setText(incident.kind().label());
        severity.setText(incident.severity().label());
        severity.getStyleClass().removeAll(Arrays.stream(Severity.values()).map(IncidentView::severityClass).toList());
        severity.getStyleClass().add(severityClass(incident.severity()));
        summary.setText(incident.summary().isEmpty() ? "No summary yet." : incident.summary());
        summary.pseudoClassStateChanged(PseudoClass.getPseudoClass("empty"), incident.summary().isEmpty());
        showStepper(incident.phase());
        showPhaseActions();
    }

    private void showStepper(Phase phase) {
        stepper.getChildren().clear();
        for (Phase step : Phase.values()) {
            if (step.ordinal() > 0) {
                Label arrow = new Label("›");
                arrow.getStyleClass().add("phase-arrow");
                stepper.getChildren().add(arrow);
            }
            Label label = new Label(step.label());
            label.getStyleClass().add("phase-step");
            label.pseudoClassStateChanged(DONE, step.ordinal() < phase.ordinal() || phase.isResolved());
            label.pseudoClassStateChanged(CURRENT, step == phase);
            stepper.getChildren().add(label);
        }
    }

    private void showPhaseActions() {
        phaseActions.getChildren().clear();
        for (IncidentViewModel.PhaseMove move : vm.moves()) {
            Button button = new Button(move.label());
            button.getStyleClass().add(move.confirms() ? Styles.SUCCESS
                    : move.to().ordinal() < phaseOrdinal() ? Styles.FLAT : Styles.BUTTON_OUTLINED);
            button.setMnemonicParsing(false);
            button.disableProperty().bind(vm.busyProperty());
            button.setOnAction(_ -> vm.moveTo(move.to()));
            phaseActions.getChildren().add(button);
        }
        if (vm.isResolved()) {
            MenuButton reopen = new MenuButton("Reopen…", new FontIcon(Material2MZ.REPLAY));
            for (Phase target : vm.reopenTargets()) {
                MenuItem item = new MenuItem("as " + target.label() + "…");
                item.setOnAction(_ -> vm.reopen(target));
                reopen.getItems().add(item);
            }
            reopen.disableProperty().bind(vm.busyProperty());
            Label note = new Label("Resolved incidents change phase only by reopening, with a reason.");
            note.getStyleClass().add(Styles.TEXT_MUTED);
            phaseActions.getChildren().addAll(reopen, note);
        }
    }

    private int phaseOrdinal() {
        Incident incident = vm.incident();
        return incident == null ? 0 : incident.phase().ordinal();
    }

    private void showForm(IncidentForm form) {
        if (dialog != null) {
            IncidentFormDialog closing = dialog;
            dialog = null;
            closing.close();
        }
        if (form == null) {
            return;
        }
        dialog = new IncidentFormDialog(form, vm.busyProperty(), () -> vm.submit(form));
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.setOnHidden(_ -> vm.cancel(form));
        dialog.show();
    }

    // Small pieces

    private static Button commandButton(String text, Material2AL icon, Command command) {
        Button button = new Button(text, new FontIcon(icon));
        button.setMnemonicParsing(true);
        button.disableProperty().bind(command.executableProperty().not());
        button.setOnAction(_ -> command.execute());
        return button;
    }

    private static VBox section(String name, Node content) {
        return new VBox(6, caption(name), content);
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll("fact-caption", Styles.TEXT_MUTED);
        return label;
    }

    private static Region spacer() {
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    private static String severityClass(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }
}
