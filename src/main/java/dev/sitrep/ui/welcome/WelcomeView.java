package dev.sitrep.ui.welcome;

import atlantafx.base.theme.Styles;
import dev.sitrep.io.demo.DemoScenario;
import dev.sitrep.ui.common.Command;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.Objects;

/// The first thing a newcomer sees on an empty database: three large, plain actions.
public final class WelcomeView extends StackPane {

    private final WelcomeViewModel vm;

    public WelcomeView(WelcomeViewModel vm) {
        this.vm = vm;
        getStyleClass().add("welcome");
        getStylesheets().add(Objects.requireNonNull(WelcomeView.class.getResource("welcome.css")).toExternalForm());
        getChildren().add(content());
    }

    private VBox content() {
        Label heading = new Label("No incidents here yet");
        heading.getStyleClass().add(Styles.TITLE_1);
        Label lead = new Label("Start with one of these three.");
        lead.getStyleClass().addAll(Styles.TEXT_MUTED, "welcome-lead");

        HBox actions = new HBox(20, declareCard(), demoCard(), importCard());
        actions.setAlignment(Pos.CENTER);
        actions.getStyleClass().add("welcome-actions");

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(28, 28);
        Label progress = new Label();
        progress.textProperty().bind(vm.progressProperty());
        HBox loading = new HBox(10, spinner, progress);
        loading.setAlignment(Pos.CENTER);
        loading.visibleProperty().bind(vm.loadingProperty());
        loading.managedProperty().bind(loading.visibleProperty());

        Label problem = new Label();
        problem.getStyleClass().add("welcome-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        VBox box = new VBox(16, heading, lead, actions, loading, problem);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("welcome-content");
        return box;
    }

    private VBox declareCard() {
        Button declare = actionButton("Declare an incident", Material2AL.ADD_ALERT);
        declare.getStyleClass().add(Styles.ACCENT);
        declare.setDefaultButton(true);
        bind(declare, vm.declareCommand());
        return card(Material2AL.ADD_ALERT, "Something is happening now",
                "Open the war room: title, kind, severity and who is in command.", declare);
    }

    private VBox demoCard() {
        Button zeroDay = demoButton(DemoScenario.ZERO_DAY, "Zero-day");
        Button ransomware = demoButton(DemoScenario.RANSOMWARE, "Ransomware");
        HBox choices = new HBox(8, zeroDay, ransomware);
        choices.setAlignment(Pos.CENTER);
        return card(Material2MZ.PLAY_CIRCLE_OUTLINE, "Load a demo incident",
                "See Sitrep at work: a vendor zero-day at 26 customers, or ransomware two weeks in.", choices);
    }

    private Button demoButton(DemoScenario scenario, String text) {
        Button button = new Button(text);
        button.getStyleClass().add(Styles.BUTTON_OUTLINED);
        button.setTooltip(tooltip(scenario.description()));
        button.disableProperty().bind(vm.loadingProperty());
        button.setOnAction(_ -> vm.loadDemo(scenario));
        HBox.setHgrow(button, Priority.ALWAYS);
        button.setMaxWidth(Double.MAX_VALUE);
        return button;
    }

    private VBox importCard() {
        Button importInventory = actionButton("Import inventory", Material2AL.FILE_UPLOAD);
        importInventory.setTooltip(tooltip("Preview a CSV file's customers, sites and devices, then import them"));
        bind(importInventory, vm.importCommand());
        return card(Material2AL.FILE_UPLOAD, "Bring your inventory",
                "Customers, sites and devices from a CSV file, checked and previewed before anything is stored.",
                importInventory);
    }

    private static VBox card(Ikon icon, String title, String description, Node action) {
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("welcome-icon");
        Label titleLabel = new Label(title);
        titleLabel.getStyleClass().add(Styles.TITLE_3);
        // A title longer than the card wraps rather than losing its end.
        titleLabel.setWrapText(true);
        titleLabel.setTextAlignment(TextAlignment.CENTER);
        titleLabel.setMinHeight(Region.USE_PREF_SIZE);
        Label text = new Label(description);
        text.setWrapText(true);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        VBox.setVgrow(text, Priority.ALWAYS);
        VBox card = new VBox(12, glyph, titleLabel, text, action);
        card.setAlignment(Pos.TOP_CENTER);
        card.getStyleClass().add("welcome-card");
        return card;
    }

    private static Button actionButton(String text, Ikon icon) {
        Button button = new Button(text, new FontIcon(icon));
        button.getStyleClass().add(Styles.LARGE);
        button.setMaxWidth(Double.MAX_VALUE);
        return button;
    }

    private static void bind(Button button, Command command) {
        button.disableProperty().bind(command.executableProperty().not());
        button.setOnAction(_ -> command.execute());
    }

    private static Tooltip tooltip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setShowDelay(Duration.millis(300));
        return tooltip;
    }
}
