package dev.sitrep.ui.shell;

import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentDraft;
import dev.sitrep.domain.IncidentKind;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Phase;
import dev.sitrep.domain.Severity;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.store.ChangeFeed;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import dev.sitrep.ui.common.Workspace;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ShellViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T09:30:00Z"), ZoneOffset.UTC);

    /// Remembers in memory what the settings would keep.
    private static final class MemoryPreferences implements ShellPreferences {
        Theme theme = Theme.LIGHT;
        UUID incident;

        @Override
        public Theme theme() {
            return theme;
        }

        @Override
        public void rememberTheme(Theme chosen) {
            theme = chosen;
        }

        @Override
        public Optional<UUID> lastIncidentId() {
            return Optional.ofNullable(incident);
        }

        @Override
        public void rememberIncident(UUID incidentId) {
            incident = incidentId;
        }
    }

    @TempDir
    Path folder;

    private Store store;
    private Operator priya;
    private final Workspace workspace = new Workspace();
    private final MemoryPreferences preferences = new MemoryPreferences();
    private final SimpleObjectProperty<ConnectionState> connection =
            new SimpleObjectProperty<>(ConnectionState.CONNECTED);

    @BeforeEach
    void open() {
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("shell")), CLOCK);
        priya = store.staff().signIn("Priya Shah", StaffRole.COMMANDER);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ShellViewModel shell() {
        return new ShellViewModel(store, workspace, new CurrentThreadTaskExecutor(), preferences, connection,
                ZoneOffset.UTC, 3);
    }

    private Incident declare(String title, Severity severity) {
        return store.incidents().declare(new IncidentDraft(title, IncidentKind.OUTAGE, severity, priya.staffId(),
                "", Duration.ofMinutes(60)), priya);
    }

    @Test
    void welcomesOnAnEmptyDatabaseAndKeepsTheScreensShut() {
        ShellViewModel shell = shell();
        assertThat(shell.content()).isEqualTo(ShellViewModel.Content.LOADING);

        shell.reloadIncidents();
        shell.showScreen(1);

        assertThat(shell.content()).isEqualTo(ShellViewModel.Content.WELCOME);
        assertThat(shell.selectedScreenProperty().get()).isZero();
        assertThat(workspace.currentIncident()).isNull();
    }

    @Test
    void opensOnTheRememberedIncidentElseTheNewestOpenOne() {
        Incident older = declare("Older outage", Severity.SEV3);
        Incident resolved = declare("Resolved outage", Severity.SEV2);
        store.incidents().changePhase(resolved.id(), Phase.RESOLVED, priya);

        ShellViewModel shell = shell();
        shell.reloadIncidents();
        assertThat(workspace.currentIncident().id()).isEqualTo(older.id());
        assertThat(shell.incidents()).extracting(Incident::id).containsExactly(older.id(), resolved.id());

        Workspace nextSession = new Workspace();
        preferences.incident = resolved.id();
        new ShellViewModel(store, nextSession, new CurrentThreadTaskExecutor(), preferences, connection,
                ZoneOffset.UTC, 3).reloadIncidents();
        assertThat(nextSession.currentIncident().id()).isEqualTo(resolved.id());
    }

    @Test
    void picksUpAnIncidentDeclaredAtAnotherConsoleFromTheFeed() {
        ShellViewModel shell = shell();
        shell.reloadIncidents();
        ChangeFeed feed = store.changeFeed();

        Incident declaredElsewhere = declare("Exchange zero-day", Severity.SEV1);
        workspace.publish(feed.poll());

        assertThat(shell.incidents()).extracting(Incident::id).containsExactly(declaredElsewhere.id());
        assertThat(shell.content()).isEqualTo(ShellViewModel.Content.SCREENS);
        assertThat(workspace.currentIncident().id()).isEqualTo(declaredElsewhere.id());
        assertThat(preferences.incident).isEqualTo(declaredElsewhere.id());
    }

    @Test
    void switchesIncidentsAndScreensAndRemembersTheChoice() {
        Incident first = declare("First", Severity.SEV2);
        Incident second = declare("Second", Severity.SEV1);
        ShellViewModel shell = shell();
        shell.reloadIncidents();

        shell.selectIncident(first);
        shell.showScreen(2);
        shell.showScreen(7);

        assertThat(workspace.currentIncident()).isEqualTo(first);
        assertThat(preferences.incident).isEqualTo(first.id());
        assertThat(shell.selectedScreenProperty().get()).isEqualTo(2);
        assertThat(second.id()).isNotEqualTo(first.id());
    }

    @Test
    void togglesTheThemeAndRemembersIt() {
        ShellViewModel shell = shell();

        shell.toggleThemeCommand().execute();

        assertThat(shell.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(preferences.theme).isEqualTo(Theme.DARK);
    }

    @Test
    void describesDatabaseOperatorAndConnectionForTheStatusBar() {
        ShellViewModel shell = shell();
        assertThat(shell.operatorProperty().get()).isEqualTo("Nobody signed in");

        workspace.operatorProperty().set(priya);
        connection.set(new ConnectionState.Unreachable(Instant.parse("2026-03-14T09:41:00Z"), "gone"));

        assertThat(shell.databaseProperty().get()).isEqualTo(store.location().display());
        assertThat(shell.operatorProperty().get()).isEqualTo("Priya Shah · commander");
        assertThat(shell.connectionProperty().get()).isEqualTo("database unreachable since 09:41");
    }
}
