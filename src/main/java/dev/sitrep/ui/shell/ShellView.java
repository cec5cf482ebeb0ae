package dev.sitrep.ui.shell;

import atlantafx.base.theme.Styles;
import dev.sitrep.domain.Incident;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/// The main window's content: menus, the incident switcher, the navigation rail, the current screen (or the
/// welcome on an empty database) and the status bar.
public final class ShellView extends BorderPane {

    /// Toggles between the light and the dark theme.
    public static final KeyCombination THEME_SHORTCUT =
            new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private static final PseudoClass OPEN = PseudoClass.getPseudoClass("open");
    private static final PseudoClass UNREACHABLE = PseudoClass.getPseudoClass("unreachable");
    private static final PseudoClass SHARED = PseudoClass.getPseudoClass("shared");

    private final ShellViewModel vm;
    private final List<ShellScreen> screens;
    private final Node welcome;
    private final StackPane content = new StackPane();

    public ShellView(ShellViewModel vm, List<ShellScreen> screens, Node welcome, ShellActions actions) {
        this.vm = vm;
        this.screens = List.copyOf(screens);
        this.welcome = welcome;
        getStyleClass().add("shell");
        getStylesheets().add(stylesheet());
        setTop(new VBox(menuBar(actions), topBar()));
        NavigationRail rail = new NavigationRail(this.screens, vm.selectedScreenProperty(), vm::showScreen);
        rail.disableProperty().bind(vm.contentProperty().isNotEqualTo(ShellViewModel.Content.SCREENS));
        setLeft(rail);
        content.getStyleClass().add("shell-content");
        setCenter(content);
        setBottom(statusBar());
        vm.contentProperty().subscribe(_ -> showContent());
        vm.selectedScreenProperty().subscribe(_ -> showContent());
        addEventFilter(KeyEvent.KEY_PRESSED, this::switchScreenByShortcut);
        addEventFilter(KeyEvent.KEY_PRESSED, event -> runMenuShortcut(actions, event));
    }

    /// Menu items' shortcuts work wherever the focus is, for the same reason as the screens'.
    private static void runMenuShortcut(ShellActions actions, KeyEvent event) {
        actions.items().stream()
                .filter(item -> item.accelerator() != null && item.accelerator().match(event))
                .findFirst()
                .ifPresent(item -> {
                    item.command().execute();
                    event.consume();
                });
    }

    /// Screen shortcuts work wherever the focus is: a filter sees the key before a focused control (a combo box,
    /// a list) can consume it, which would keep it from the menu's accelerators.
    private void switchScreenByShortcut(KeyEvent event) {
        if (vm.contentProperty().get() != ShellViewModel.Content.SCREENS) {
            return;
        }
        for (int index = 0; index < screens.size(); index++) {
            if (screenShortcut(index).match(event)) {
                vm.showScreen(index);
                event.consume();
                return;
            }
        }
    }

    /// The shell's stylesheet: layout of the frame, and the colours ControlsFX looks up, mapped to AtlantaFX's.
    public static String stylesheet() {
        return Objects.requireNonNull(ShellView.class.getResource("shell.css")).toExternalForm();
    }

    /// "Ctrl+1" for the first screen (the platform's shortcut key).
    static String shortcutText(int index) {
        return screenShortcut(index).getDisplayText();
    }

    private static KeyCombination screenShortcut(int index) {
        return new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (index + 1)), KeyCombination.SHORTCUT_DOWN);
    }

    // Menus

    private MenuBar menuBar(ShellActions actions) {
        MenuItem switchOperator = new MenuItem("Switch operator…", new FontIcon(Material2MZ.SUPERVISOR_ACCOUNT));
        switchOperator.setOnAction(_ -> actions.switchOperator().run());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(_ -> actions.quit().run());
        Menu file = new Menu("_File");
        for (List<ShellMenuItem> group : actions.fileItems()) {
            group.stream().map(ShellView::menuItem).forEach(file.getItems()::add);
            file.getItems().add(new SeparatorMenuItem());
        }
        file.getItems().addAll(switchOperator, new SeparatorMenuItem(), quit);

        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setAccelerator(THEME_SHORTCUT);
        vm.themeProperty().subscribe(theme -> dark.setSelected(theme == Theme.DARK));
        dark.setOnAction(_ -> {
            vm.toggleThemeCommand().execute();
            dark.setSelected(vm.themeProperty().get() == Theme.DARK);
        });
        Menu view = new Menu("_View");
        actions.viewItems().stream().map(ShellView::menuItem).forEach(view.getItems()::add);
        if (!actions.viewItems().isEmpty()) {
            view.getItems().add(new SeparatorMenuItem());
        }
        view.getItems().addAll(dark, new SeparatorMenuItem());
        view.getItems().addAll(screenItems());
        MenuBar bar = new MenuBar(file, view);
        bar.getStyleClass().add("shell-menu");
        return bar;
    }

    private static MenuItem menuItem(ShellMenuItem item) {
        MenuItem menuItem = new MenuItem(item.text(), item.icon() == null ? null : new FontIcon(item.icon()));
        menuItem.setAccelerator(item.accelerator());
        menuItem.disableProperty().bind(item.command().executableProperty().not());
        menuItem.setOnAction(_ -> item.command().execute());
        return menuItem;
    }

    private List<MenuItem> screenItems() {
        ToggleGroup group = new ToggleGroup();
        List<MenuItem> items = new java.util.ArrayList<>();
        for (int index = 0; index < screens.size(); index++) {
            int screen = index;
            RadioMenuItem item = new RadioMenuItem(screens.get(index).title());
            item.setToggleGroup(group);
            item.setAccelerator(screenShortcut(index));
            item.setOnAction(_ -> {
                vm.showScreen(screen);
                item.setSelected(vm.selectedScreenProperty().get() == screen);
            });
            vm.selectedScreenProperty().subscribe(selected -> item.setSelected(selected.intValue() == screen));
            items.add(item);
        }
        return items;
    }

    // Top bar: the incident switcher

    private HBox topBar() {
        Label brand = new Label("Sitrep", new FontIcon(Material2AL.LOCAL_FIRE_DEPARTMENT));
        brand.getStyleClass().add("shell-brand");
        Label caption = new Label("Incident");
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        ComboBox<Incident> switcher = incidentSwitcher();
        caption.setLabelFor(switcher);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label problem = new Label();
        problem.getStyleClass().add("shell-problem");
        problem.textProperty().bind(vm.problemProperty());
        HBox bar = new HBox(12, brand, new Separator(Orientation.VERTICAL), caption, switcher, spacer, problem);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("shell-top-bar");
        return bar;
    }

    private ComboBox<Incident> incidentSwitcher() {
        ComboBox<Incident> switcher = new ComboBox<>(vm.incidents());
        switcher.setId("incident-switcher");
        switcher.getStyleClass().add("incident-switcher");
        switcher.setPromptText("No incident yet");
        switcher.setCellFactory(_ -> new IncidentCell());
        switcher.setButtonCell(new IncidentCell());
        switcher.setVisibleRowCount(12);
        vm.currentIncidentProperty().subscribe(current -> showCurrent(switcher, current));
        vm.incidents().subscribe(() -> showCurrent(switcher, vm.currentIncidentProperty().get()));
        switcher.valueProperty().subscribe(vm::selectIncident);
        return switcher;
    }

    /// Shows the current incident as the list's copy of it, so the list marks it as selected. An incident the
    /// list does not hold yet (just declared or loaded) waits for the list: shown before, the combo box would
    /// draw it as plain text and keep doing so.
    private void showCurrent(ComboBox<Incident> switcher, Incident current) {
        if (current == null) {
            switcher.setValue(null);
            return;
        }
        vm.incidents().stream()
                .filter(incident -> incident.id().equals(current.id()))
                .findFirst()
                .filter(listed -> switcher.getValue() != listed)
                .ifPresent(switcher::setValue);
    }

    /// One incident: its code, a severity badge and its title; resolved ones dimmed.
    private static final class IncidentCell extends ListCell<Incident> {

        private final Label code = new Label();
        private final Label severity = new Label();
        private final Label title = new Label();
        private final HBox row = new HBox(8, code, severity, title);

        IncidentCell() {
            code.getStyleClass().add("switcher-code");
            severity.getStyleClass().add("switcher-severity");
            title.getStyleClass().add("switcher-title");
            row.setAlignment(Pos.CENTER_LEFT);
            getStyleClass().add("incident-cell");
        }

        @Override
        protected void updateItem(Incident incident, boolean empty) {
            super.updateItem(incident, empty);
            if (empty || incident == null) {
                setGraphic(null);
                setText(empty ? null : "No incident yet");
                return;
            }
            setText(null);
            code.setText(incident.code());
            severity.setText(incident.severity().label());
            severity.getStyleClass().removeIf(style -> style.startsWith("sev"));
            severity.getStyleClass().add(incident.severity().name().toLowerCase(Locale.ROOT));
            title.setText(incident.isOpen() ? incident.title() : incident.title() + " (resolved)");
            pseudoClassStateChanged(OPEN, incident.isOpen());
            setGraphic(row);
        }
    }

    // Content

    private void showContent() {
        Node shown = switch (vm.content()) {
            case LOADING -> loading();
            case WELCOME -> welcome;
            case SCREENS -> screens.get(vm.selectedScreenProperty().get()).view();
        };
        if (content.getChildren().size() != 1 || content.getChildren().getFirst() != shown) {
            content.getChildren().setAll(shown);
            firstFocusable(shown).ifPresent(Node::requestFocus);
        }
    }

    /// The control the keyboard goes to when a screen is shown, so that Tab and the screen's own shortcuts
    /// (Ctrl+F) start there rather than on the incident switcher: its first focusable control.
    private static Optional<Node> firstFocusable(Node node) {
        if (!node.isVisible() || node.isDisabled()) {
            return Optional.empty();
        }
        if (node.isFocusTraversable()) {
            return Optional.of(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = firstFocusable(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Node loading() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        return spinner;
    }

    // Status bar

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.getStyleClass().add("shell-status");
        bar.textProperty().bind(vm.databaseProperty().map(path -> "Database: " + path));
        bar.setGraphic(new FontIcon(Material2AL.DNS));

        Label operator = new Label();
        operator.setId("status-operator");
        operator.setGraphic(new FontIcon(Material2MZ.PERSON));
        operator.textProperty().bind(vm.operatorProperty());

        Label connection = new Label();
        connection.setId("status-connection");
        connection.getStyleClass().add("status-connection");
        connection.setGraphic(new FontIcon(Material2AL.FIBER_MANUAL_RECORD));
        connection.textProperty().bind(vm.connectionProperty());
        vm.connectionStateProperty().subscribe(state -> {
            connection.pseudoClassStateChanged(UNREACHABLE, state instanceof ConnectionState.Unreachable);
            connection.pseudoClassStateChanged(SHARED, state instanceof ConnectionState.Shared);
        });

        bar.getRightItems().addAll(operator, new Separator(Orientation.VERTICAL), connection);
        return bar;
    }
}
