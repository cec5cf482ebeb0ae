package dev.sitrep.app;

import dev.sitrep.domain.Priority;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.ui.board.BoardFilter;
import dev.sitrep.ui.shell.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsTest {

    private final Preferences node = Preferences.userRoot().node("/dev/sitrep-test/settings-" + UUID.randomUUID());
    private final Settings settings = new Settings(node);

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void remembersNothingOnAFirstStart() {
        assertThat(settings.operator()).isEmpty();
        assertThat(settings.theme()).isEqualTo(Theme.LIGHT);
        assertThat(settings.window()).isEmpty();
        assertThat(settings.lastIncidentId()).isEmpty();
        assertThat(settings.wallStaleAfter()).isEqualTo(Settings.DEFAULT_WALL_STALE_AFTER);
        assertThat(settings.boardFilter()).isEqualTo(BoardFilter.NONE);
    }

    @Test
    void givesBackWhatItWasGivenAcrossInstances() {
        UUID incident = UUID.randomUUID();
        settings.rememberOperator("  Priya Shah ", StaffRole.TAM);
        settings.rememberTheme(Theme.DARK);
        settings.rememberWindow(new WindowBounds(-1200, 40, 1440, 900, true));
        settings.rememberIncident(incident);
        settings.rememberWallStaleAfter(Duration.ofMinutes(45));
        BoardFilter filter = new BoardFilter(UUID.randomUUID(), UUID.randomUUID(), null, Priority.P1, "exch", true);
        settings.rememberBoardFilter(filter);

        Settings reread = new Settings(node);
        assertThat(reread.wallStaleAfter()).isEqualTo(Duration.ofMinutes(45));
        assertThat(reread.operator()).contains(new Settings.RememberedOperator("Priya Shah", StaffRole.TAM));
        assertThat(reread.theme()).isEqualTo(Theme.DARK);
        assertThat(reread.window()).contains(new WindowBounds(-1200, 40, 1440, 900, true));
        assertThat(reread.lastIncidentId()).contains(incident);
        assertThat(reread.boardFilter()).isEqualTo(filter);
    }

    @Test
    void treatsValuesItCannotReadAsNotRemembered() {
        node.put("operator.name", "Priya Shah");
        node.put("operator.role", "astronaut");
        node.put("theme", "sepia");
        node.put("incident.current", "not-a-uuid");
        node.putDouble("window.width", -5);
        node.putDouble("window.height", 700);
        node.putInt("wall.staleMinutes", -3);
        node.put("board.engineer", "nobody");
        node.put("board.priority", "urgent");

        assertThat(settings.operator()).isEmpty();
        assertThat(settings.theme()).isEqualTo(Theme.LIGHT);
        assertThat(settings.lastIncidentId()).isEmpty();
        assertThat(settings.window()).isEmpty();
        assertThat(settings.wallStaleAfter()).isEqualTo(Settings.DEFAULT_WALL_STALE_AFTER);
        assertThat(settings.boardFilter()).isEqualTo(BoardFilter.NONE);
    }
}
