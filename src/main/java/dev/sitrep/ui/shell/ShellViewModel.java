package dev.sitrep.ui.shell;

import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Operator;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.Command;
import dev.sitrep.ui.common.TaskExecutor;
import dev.sitrep.ui.common.Workspace;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/// The frame around the screens: which incident is current, which screen shows, the theme, and the status
/// line (database, operator, connection).
public final class ShellViewModel {

    /// What the content area shows.
    public enum Content {
        /// The incident list has not arrived yet.
        LOADING,
        /// The database holds no incident: the welcome actions.
        WELCOME,
        /// The screens, on the current incident.
        SCREENS
    }

    private final Store store;
    private final Workspace workspace;
    private final TaskExecutor executor;
    private final ShellPreferences preferences;
    private final int screenCount;

    // Outputs

    private final ObservableList<Incident> incidents = FXCollections.observableArrayList();
    private final ObservableList<Incident> incidentsView = FXCollections.unmodifiableObservableList(incidents);
    private final ReadOnlyObjectWrapper<Content> content = new ReadOnlyObjectWrapper<>(this, "content",
            Content.LOADING);
    private final ReadOnlyIntegerWrapper selectedScreen = new ReadOnlyIntegerWrapper(this, "selectedScreen", 0);
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme");
    private final ReadOnlyStringWrapper database = new ReadOnlyStringWrapper(this, "database", "");
    private final ReadOnlyStringWrapper operator = new ReadOnlyStringWrapper(this, "operator", "");
    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper(this, "connection", "");
    private final ReadOnlyObjectWrapper<ConnectionState> connectionState = new ReadOnlyObjectWrapper<>(this,
            "connectionState", ConnectionState.CONNECTED);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    // Commands

    private final Command toggleThemeCommand;

    /// @param connection  the poller's view of the database link
    /// @param screenCount how many screens the rail offers, numbered from 0
    public ShellViewModel(Store store, Workspace workspace, TaskExecutor executor, ShellPreferences preferences,
                          ObservableValue<ConnectionState> connection, ZoneId zone, int screenCount) {
        this.store = store;
        this.workspace = workspace;
        this.executor = executor;
        this.preferences = preferences;
        this.screenCount = screenCount;
        theme.set(preferences.theme());
        toggleThemeCommand = Command.of(this::toggleTheme);
        database.set(store.location().display());
        connection.subscribe(state -> {
            connectionState.set(state);
            this.connection.set(state.describe(zone));
        });
        workspace.operatorProperty().subscribe(this::showOperator);
        workspace.currentIncidentProperty().subscribe(this::rememberCurrent);
        workspace.onChanges(this::onChanges);
    }

    // Incidents

    /// Reads the incident list again, keeping the current incident or choosing one when none is current.
    public void reloadIncidents() {
        executor.execute(() -> store.incidents().all(), this::showIncidents,
                failure -> problem.set("Could not read the incidents: " + messageOf(failure)));
    }

    /// Makes `incident` current, unless it already is (a fresher copy of it may be current).
    public void selectIncident(Incident incident) {
        Incident current = workspace.currentIncident();
        if (incident != null && (current == null || !current.id().equals(incident.id()))) {
            workspace.currentIncidentProperty().set(incident);
        }
    }

    private void showIncidents(List<Incident> loaded) {
        problem.set("");
        incidents.setAll(loaded);
        if (workspace.currentIncident() == null) {
            choose(loaded).ifPresent(workspace.currentIncidentProperty()::set);
        }
        content.set(loaded.isEmpty() && workspace.currentIncident() == null ? Content.WELCOME : Content.SCREENS);
    }

    /// The incident remembered from last time, else the newest open one, else the newest.
    private Optional<Incident> choose(List<Incident> loaded) {
        Optional<UUID> remembered = preferences.lastIncidentId();
        return remembered.flatMap(id -> loaded.stream().filter(incident -> incident.id().equals(id)).findFirst())
                .or(() -> loaded.stream().filter(Incident::isOpen).findFirst())
                .or(() -> loaded.stream().findFirst());
    }

    private void rememberCurrent(Incident current) {
        if (current != null) {
            preferences.rememberIncident(current.id());
            if (content.get() == Content.WELCOME) {
                content.set(Content.SCREENS);
            }
        }
    }

    private void onChanges(List<JournalEntry> entries) {
        if (entries.stream().anyMatch(entry -> entry.entity() == EntityType.INCIDENT
                || entry.entity() == EntityType.DATABASE)) {
            reloadIncidents();
        }
    }

    // Screens

    /// Shows screen `index` (0-based); ignored while the welcome shows or when no such screen exists.
    public void showScreen(int index) {
        if (index >= 0 && index < screenCount && content.get() == Content.SCREENS) {
            selectedScreen.set(index);
        }
    }

    // Theme

    private void toggleTheme() {
        theme.set(theme.get().other());
        preferences.rememberTheme(theme.get());
    }

    // Status

    private void showOperator(Operator signedIn) {
        operator.set(signedIn == null ? "Nobody signed in" : signedIn.name() + " · " + signedIn.role().label());
    }

    private static String messageOf(Throwable failure) {
        return Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getSimpleName());
    }

    // Accessors

    /// Every incident, open ones first, newest first.
    public ObservableList<Incident> incidents() {
        return incidentsView;
    }

    public ReadOnlyObjectProperty<Content> contentProperty() {
        return content.getReadOnlyProperty();
    }

    public Content content() {
        return content.get();
    }

    public ReadOnlyIntegerProperty selectedScreenProperty() {
        return selectedScreen.getReadOnlyProperty();
    }

    public int screenCount() {
        return screenCount;
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public Command toggleThemeCommand() {
        return toggleThemeCommand;
    }

    public ReadOnlyObjectProperty<Incident> currentIncidentProperty() {
        return workspace.currentIncidentProperty();
    }

    public ReadOnlyStringProperty databaseProperty() {
        return database.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty operatorProperty() {
        return operator.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConnectionState> connectionStateProperty() {
        return connectionState.getReadOnlyProperty();
    }

    /// Why the incident list could not be read, empty when it could.
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
