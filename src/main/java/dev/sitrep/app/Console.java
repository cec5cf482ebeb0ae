package dev.sitrep.app;

import dev.sitrep.domain.Incident;
import dev.sitrep.domain.Operator;
import dev.sitrep.io.demo.DemoData;
import dev.sitrep.io.demo.DemoScenario;
import dev.sitrep.store.Store;
import dev.sitrep.ui.board.BoardParts;
import dev.sitrep.ui.board.BulkTasksViewModel;
import dev.sitrep.ui.board.DowntimeViewModel;
import dev.sitrep.ui.board.RosterViewModel;
import dev.sitrep.ui.board.TaskBoardView;
import dev.sitrep.ui.board.TaskBoardViewModel;
import dev.sitrep.ui.board.TaskEditorViewModel;
import dev.sitrep.ui.common.Command;
import dev.sitrep.ui.common.DialogService;
import dev.sitrep.ui.common.FilePicker;
import dev.sitrep.ui.common.FxDialogService;
import dev.sitrep.ui.common.FxFilePicker;
import dev.sitrep.ui.common.TaskExecutor;
import dev.sitrep.ui.common.Workspace;
import dev.sitrep.ui.comms.CallLogDialog;
import dev.sitrep.ui.comms.CallLogViewModel;
import dev.sitrep.ui.comms.CommitmentsViewModel;
import dev.sitrep.ui.comms.CommsFeedViewModel;
import dev.sitrep.ui.comms.CommsParts;
import dev.sitrep.ui.comms.CommsView;
import dev.sitrep.ui.comms.CustomerBoardViewModel;
import dev.sitrep.ui.comms.DeferredWorkViewModel;
import dev.sitrep.ui.comms.ReminderNotifications;
import dev.sitrep.ui.comms.RemindersViewModel;
import dev.sitrep.ui.comms.StatusUpdateViewModel;
import dev.sitrep.ui.incident.IncidentView;
import dev.sitrep.ui.incident.IncidentViewModel;
import dev.sitrep.ui.inventory.InventoryView;
import dev.sitrep.ui.inventory.InventoryViewModel;
import dev.sitrep.ui.inventoryimport.InventoryImportDialog;
import dev.sitrep.ui.inventoryimport.InventoryImportViewModel;
import dev.sitrep.ui.shell.ChangeFeedPoller;
import dev.sitrep.ui.shell.ShellActions;
import dev.sitrep.ui.shell.ShellMenuItem;
import dev.sitrep.ui.shell.ShellScreen;
import dev.sitrep.ui.shell.ShellView;
import dev.sitrep.ui.shell.ShellViewModel;
import dev.sitrep.ui.shell.Theme;
import dev.sitrep.ui.signin.SignInDialog;
import dev.sitrep.ui.signin.SignInViewModel;
import dev.sitrep.ui.site.SiteDevicesDialog;
import dev.sitrep.ui.site.SiteViewModel;
import dev.sitrep.ui.snapshot.SnapshotViewModel;
import dev.sitrep.ui.handover.FxSheetPrinter;
import dev.sitrep.ui.handover.HandoverView;
import dev.sitrep.ui.handover.HandoverViewModel;
import dev.sitrep.ui.snapshot.TransferWindow;
import dev.sitrep.ui.timeline.TimelineView;
import dev.sitrep.ui.timeline.TimelineViewModel;
import dev.sitrep.ui.wall.WallViewModel;
import dev.sitrep.ui.wall.WallWindow;
import dev.sitrep.ui.welcome.WelcomeView;
import dev.sitrep.ui.welcome.WelcomeViewModel;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/// The composition root of one console window: builds every view model and view by hand, hands each its
/// collaborators through its constructor, and owns what must be closed with the window.
///
/// Nothing here reaches for a global: the store, the settings, the clock and the executor come in, the rest
/// is made here and passed down.
final class Console implements AutoCloseable {

    /// How long the handover preview waits after a keystroke before it is worked out again.
    private static final Duration HANDOVER_PREVIEW_DELAY = Duration.ofMillis(600);

    private final Stage stage;
    private final Store store;
    private final Settings settings;
    private final Clock clock;
    private final TaskExecutor executor;
    private final Runnable exit;
    private final Workspace workspace = new Workspace();
    private final DialogService dialogs;
    private final FilePicker files;
    private final ChangeFeedPoller poller;
    private final ShellViewModel shell;
    private final IncidentViewModel incident;
    private final SnapshotViewModel snapshots;
    private final RemindersViewModel reminders;
    private ReminderNotifications notifications;
    private CallLogViewModel callLog;
    private WallWindow wall;
    private WallViewModel wallModel;
    private final WindowPlacement placement;
    private final ShellView view;

    /// @param executor runs store work off the UI thread and hands results back to it
    /// @param placement where the window is, tracked from when it was placed on the screen
    /// @param exit      ends the application once the window has closed (`Platform::exit`)
    Console(Stage stage, Store store, Settings settings, Clock clock, TaskExecutor executor,
            WindowPlacement placement, Runnable exit) {
        this.stage = stage;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.executor = executor;
        this.placement = placement;
        this.exit = exit;
        this.dialogs = new FxDialogService(() -> stage);
        this.files = new FxFilePicker(() -> stage);
        this.poller = new ChangeFeedPoller(store.changeFeed()::poll, workspace, Platform::runLater, clock);
        this.incident = new IncidentViewModel(store, workspace, executor, dialogs, clock);
        this.reminders = new RemindersViewModel(store, workspace, executor, clock);
        List<ShellScreen> screens = screens();
        this.shell = new ShellViewModel(store, workspace, executor, settings, poller.stateProperty(),
                clock.getZone(), screens.size());
        WelcomeView welcome = new WelcomeView(new WelcomeViewModel(workspace, executor, incident.declareCommand(),
                Command.of(this::importInventory), this::loadDemo));
        this.snapshots = new SnapshotViewModel(store, workspace, executor, dialogs, files, clock);
        new TransferWindow(snapshots, stage);
        this.view = new ShellView(shell, screens, welcome,
                new ShellActions(fileItems(), List.of(new ShellMenuItem("_Wall display", Material2MZ.TV,
                        new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        Command.of(this::showWall)),
                        new ShellMenuItem("Wall: _stale after…", null, null, Command.of(this::askWallStaleAfter))),
                this::switchOperator, this::quit));
        shell.themeProperty().subscribe(Console::applyTheme);
    }

    /// The screens of the rail, in shortcut order (Ctrl+1, Ctrl+2, ...). Each view is built when first shown.
    private List<ShellScreen> screens() {
        IncidentView incidentView = new IncidentView(incident);
        return List.of(
                new ShellScreen("Incident", Material2AL.ADD_ALERT, () -> incidentView),
                new ShellScreen("Inventory", Material2MZ.STORAGE, () -> new InventoryView(
                        new InventoryViewModel(store, workspace, executor), this::openSite)),
                new ShellScreen("Timeline", Material2MZ.TIMELINE, () -> new TimelineView(
                        new TimelineViewModel(store, workspace, executor))),
                new ShellScreen("Tasks", Material2AL.ASSIGNMENT, () -> new TaskBoardView(
                        new TaskBoardViewModel(store, workspace, executor, clock, settings), new BoardParts(
                        new RosterViewModel(store, workspace, executor, clock),
                        new DowntimeViewModel(store, workspace, executor, clock),
                        new TaskEditorViewModel(store, workspace, executor, clock),
                        () -> new BulkTasksViewModel(store, workspace, executor, clock)))),
                new ShellScreen("Comms", Material2AL.CHAT, () -> new CommsView(new CommsParts(
                        new CustomerBoardViewModel(store, workspace, executor, clock),
                        new CommsFeedViewModel(store, workspace, executor, clock), callLog(),
                        new StatusUpdateViewModel(store, workspace, executor, dialogs, files, clock),
                        new CommitmentsViewModel(store, workspace, executor, clock),
                        new DeferredWorkViewModel(store, workspace, executor, clock), clock), this::logCall),
                        reminders.attentionProperty()),
                new ShellScreen("Handover", Material2MZ.PRINT, () -> new HandoverView(new HandoverViewModel(store,
                        workspace, executor, files, new FxSheetPrinter(() -> stage), clock, HANDOVER_PREVIEW_DELAY))));
    }

    /// File menu: a call, snapshots out and in, inventory in.
    private List<List<ShellMenuItem>> fileItems() {
        return List.of(
                List.of(new ShellMenuItem("_Log a call…", Material2AL.ADD_IC_CALL,
                        new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), Command.of(this::logCall))),
                List.of(new ShellMenuItem("_Export database as JSON…", Material2MZ.SAVE_ALT,
                                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                                snapshots.exportDatabaseCommand()),
                        new ShellMenuItem("Export _incident as JSON…", null,
                                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
                                        KeyCombination.SHIFT_DOWN), snapshots.exportIncidentCommand())),
                List.of(new ShellMenuItem("_Import JSON snapshot…", Material2AL.FILE_UPLOAD,
                                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                                snapshots.importCommand()),
                        new ShellMenuItem("_Replace database from JSON…", null, null, snapshots.replaceCommand())),
                List.of(new ShellMenuItem("Import inventory from _CSV…", Material2MZ.TABLE_VIEW,
                        new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        Command.of(this::importInventory))));
    }

    /// Shows the console in the window (placed where it was last time, unless it is on the screen already),
    /// starts following the journal, and signs the operator in.
    void show() {
        stage.setTitle("Sitrep");
        if (stage.getScene() == null) {
            stage.setScene(new Scene(view));
        } else {
            stage.getScene().setRoot(view);
        }
        if (!stage.isShowing()) {
            placement.restore(stage, settings.window());
        }
        stage.setOnCloseRequest(event -> {
            event.consume();
            quit();
        });
        shell.reloadIncidents();
        stage.show();
        stage.getScene().getStylesheets().add(ReminderNotifications.stylesheet());
        notifications = new ReminderNotifications(reminders, stage, () -> shell.themeProperty().get() == Theme.DARK);
        poller.start();
        signInOnStart();
    }

    Workspace workspace() {
        return workspace;
    }

    ShellViewModel shell() {
        return shell;
    }

    Scene scene() {
        return view.getScene();
    }

    // Calls and reminders

    /// One call log for the console's life: a call half typed when its dialog closed is still there.
    private CallLogViewModel callLog() {
        if (callLog == null) {
            callLog = new CallLogViewModel(store, workspace, executor, clock);
        }
        return callLog;
    }

    /// Opens the call log over whatever screen is showing: TAMs log calls as they happen.
    private void logCall() {
        CallLogDialog dialog = new CallLogDialog(callLog());
        dialog.initOwner(stage);
        dialog.show();
    }

    // The wall

    /// Opens the wall display full screen on the screen the operator picks; with one screen, on that one.
    /// Built when first asked for, so a console that never shows it never follows the journal for it.
    private void showWall() {
        if (wall == null) {
            wallModel = new WallViewModel(store, workspace, executor, clock, settings.wallStaleAfter());
            wall = new WallWindow(wallModel);
        }
        if (wall.isShowing() || Screen.getScreens().size() == 1) {
            wall.show(Screen.getPrimary());
            return;
        }
        pickScreen().ifPresent(wall::show);
    }

    /// Asks which screen the wall goes on, offering first one the console is not on.
    private Optional<Screen> pickScreen() {
        List<Screen> screens = Screen.getScreens();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < screens.size(); i++) {
            Rectangle2D bounds = screens.get(i).getBounds();
            names.add(String.format(Locale.ROOT, "Screen %d: %.0f x %.0f%s", i + 1, bounds.getWidth(),
                    bounds.getHeight(), screens.get(i).equals(consoleScreen()) ? " (this console)" : ""));
        }
        Screen offered = screens.stream().filter(screen -> !screen.equals(consoleScreen())).findFirst()
                .orElse(Screen.getPrimary());
        ChoiceDialog<String> choice = new ChoiceDialog<>(names.get(screens.indexOf(offered)), names);
        choice.initOwner(stage);
        choice.setTitle("Wall display");
        choice.setHeaderText("Which screen does the wall go on?");
        choice.setContentText("Screen");
        return choice.showAndWait().map(name -> screens.get(names.indexOf(name)));
    }

    private Screen consoleScreen() {
        double x = stage.getX() + stage.getWidth() / 2;
        double y = stage.getY() + stage.getHeight() / 2;
        return Screen.getScreens().stream().filter(screen -> screen.getBounds().contains(x, y)).findFirst()
                .orElse(Screen.getPrimary());
    }

    /// Asks how many minutes without a change make an open site stale on the wall, and remembers it.
    private void askWallStaleAfter() {
        String current = String.valueOf(settings.wallStaleAfter().toMinutes());
        dialogs.askText("Stale sites on the wall", "Minutes without a change before an open site is marked "
                + "stale (5 to 1440):", current).ifPresent(answer -> {
            Integer minutes = wholeNumber(answer);
            if (minutes == null || minutes < 5 || minutes > 1440) {
                dialogs.showError("Stale sites on the wall", "'" + answer + "' is not a number of minutes from 5 "
                        + "to 1440. The wall keeps " + current + " minutes.");
                return;
            }
            settings.rememberWallStaleAfter(Duration.ofMinutes(minutes));
            if (wallModel != null) {
                wallModel.staleAfterProperty().set(Duration.ofMinutes(minutes));
            }
        });
    }

    private static Integer wholeNumber(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /// A site's affected devices, to change their statuses; a site of no incident shows none.
    private void openSite(UUID siteId) {
        SiteDevicesDialog dialog = new SiteDevicesDialog(new SiteViewModel(store, workspace, executor, clock, siteId));
        dialog.initOwner(stage);
        dialog.show();
    }

    // Operator

    /// Signs the remembered operator in again (the journal records each session), or asks who is here.
    private void signInOnStart() {
        settings.operator().ifPresentOrElse(
                remembered -> executor.execute(() -> store.staff().signIn(remembered.name(), remembered.role()),
                        workspace.operatorProperty()::set, _ -> askForOperator()),
                this::askForOperator);
    }

    private void switchOperator() {
        askForOperator();
    }

    private void askForOperator() {
        boolean firstSignIn = workspace.operator() == null;
        SignInViewModel vm = new SignInViewModel(store, workspace, executor, this::remember);
        SignInDialog dialog = new SignInDialog(vm, firstSignIn ? "Quit" : "Cancel");
        dialog.initOwner(stage);
        dialog.setOnHidden(_ -> {
            if (workspace.operator() == null) {
                quit();
            }
        });
        dialog.show();
    }

    private void remember(Operator operator) {
        settings.rememberOperator(operator.name(), operator.role());
    }

    // Inventory import

    /// Opens the import wizard; the screens follow what it writes through the change feed.
    private void importInventory() {
        InventoryImportDialog dialog = new InventoryImportDialog(new InventoryImportViewModel(store, workspace,
                executor, files));
        dialog.initOwner(stage);
        dialog.show();
    }

    // Demo data

    /// Runs on the store's executor: generates the scenario and writes it in one transaction.
    private Incident loadDemo(DemoScenario scenario) {
        Incident loaded = DemoData.load(store, scenario, 1, DemoData.DEFAULT_SEED);
        Platform.runLater(shell::reloadIncidents);
        return loaded;
    }

    // Theme and closing

    private static void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
    }

    private void quit() {
        settings.rememberWindow(placement.capture(stage));
        close();
        stage.hide();
        exit.run();
    }

    /// Stops following the journal; the store is closed by whoever opened it.
    @Override
    public void close() {
        poller.close();
        if (notifications != null) {
            notifications.stop();
        }
    }
}
