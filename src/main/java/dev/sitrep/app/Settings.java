package dev.sitrep.app;

import dev.sitrep.domain.Priority;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.domain.Text;
import dev.sitrep.domain.WireEnum;
import dev.sitrep.ui.board.BoardFilter;
import dev.sitrep.ui.board.BoardPreferences;
import dev.sitrep.ui.shell.ShellPreferences;
import dev.sitrep.ui.shell.Theme;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/// What this console remembers for the person at it: who signed in last, the theme, where the window was,
/// which incident was current, and how the wall and the task board were set. Kept in [Preferences], so it
/// lives per user and per machine, not in the shared database.
///
/// A value that cannot be read (edited by hand, written by another version) counts as not remembered.
public final class Settings implements ShellPreferences, BoardPreferences {

    /// The preferences node of a normal run; tests and benchmarks hand in their own.
    public static final String NODE = "/dev/sitrep";

    /// The operator remembered from the last sign-in.
    public record RememberedOperator(String name, StaffRole role) {
    }

    private static final String OPERATOR_NAME = "operator.name";
    private static final String OPERATOR_ROLE = "operator.role";
    private static final String THEME = "theme";
    private static final String WINDOW_X = "window.x";
    private static final String WINDOW_Y = "window.y";
    private static final String WINDOW_WIDTH = "window.width";
    private static final String WINDOW_HEIGHT = "window.height";
    private static final String WINDOW_MAXIMIZED = "window.maximized";
    private static final String CURRENT_INCIDENT = "incident.current";
    private static final String WALL_STALE_MINUTES = "wall.staleMinutes";
    private static final String BOARD_ENGINEER = "board.engineer";
    private static final String BOARD_CUSTOMER = "board.customer";
    private static final String BOARD_SITE = "board.site";
    private static final String BOARD_PRIORITY = "board.priority";
    private static final String BOARD_TEXT = "board.text";
    private static final String BOARD_MINE = "board.mine";

    /// How long an open site may go without a change before the wall marks it stale, unless set otherwise.
    public static final Duration DEFAULT_WALL_STALE_AFTER = Duration.ofHours(2);

    private final Preferences node;

    public Settings(Preferences node) {
        this.node = node;
    }

    /// The settings of this user at [#NODE].
    public static Settings forUser() {
        return new Settings(Preferences.userRoot().node(NODE));
    }

    // Operator

    public Optional<RememberedOperator> operator() {
        String name = Text.orEmpty(node.get(OPERATOR_NAME, ""));
        Optional<StaffRole> role = WireEnum.parse(StaffRole.class, node.get(OPERATOR_ROLE, null));
        return name.isEmpty() || role.isEmpty() ? Optional.empty()
                : Optional.of(new RememberedOperator(name, role.get()));
    }

    public void rememberOperator(String name, StaffRole role) {
        node.put(OPERATOR_NAME, Text.orEmpty(name));
        node.put(OPERATOR_ROLE, role.wire());
        flush();
    }

    // Theme

    @Override
    public Theme theme() {
        String word = node.get(THEME, Theme.LIGHT.name()).toUpperCase(Locale.ROOT);
        try {
            return Theme.valueOf(word);
        } catch (IllegalArgumentException unknown) {
            return Theme.LIGHT;
        }
    }

    @Override
    public void rememberTheme(Theme theme) {
        node.put(THEME, theme.name().toLowerCase(Locale.ROOT));
        flush();
    }

    // Window

    public Optional<WindowBounds> window() {
        double width = node.getDouble(WINDOW_WIDTH, 0);
        double height = node.getDouble(WINDOW_HEIGHT, 0);
        if (!(width > 0) || !(height > 0)) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(node.getDouble(WINDOW_X, 0), node.getDouble(WINDOW_Y, 0), width,
                height, node.getBoolean(WINDOW_MAXIMIZED, false)));
    }

    public void rememberWindow(WindowBounds bounds) {
        node.putDouble(WINDOW_X, bounds.x());
        node.putDouble(WINDOW_Y, bounds.y());
        node.putDouble(WINDOW_WIDTH, bounds.width());
        node.putDouble(WINDOW_HEIGHT, bounds.height());
        node.putBoolean(WINDOW_MAXIMIZED, bounds.maximized());
        flush();
    }

    // Current incident

    @Override
    public Optional<UUID> lastIncidentId() {
        String id = node.get(CURRENT_INCIDENT, "");
        try {
            return id.isEmpty() ? Optional.empty() : Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    @Override
    public void rememberIncident(UUID incidentId) {
        node.put(CURRENT_INCIDENT, incidentId.toString());
        flush();
    }

    // Wall

    public Duration wallStaleAfter() {
        int minutes = node.getInt(WALL_STALE_MINUTES, (int) DEFAULT_WALL_STALE_AFTER.toMinutes());
        return minutes > 0 ? Duration.ofMinutes(minutes) : DEFAULT_WALL_STALE_AFTER;
    }

    public void rememberWallStaleAfter(Duration staleAfter) {
        node.putInt(WALL_STALE_MINUTES, (int) staleAfter.toMinutes());
        flush();
    }

    // Task board

    @Override
    public BoardFilter boardFilter() {
        return new BoardFilter(uuid(BOARD_ENGINEER), uuid(BOARD_CUSTOMER), uuid(BOARD_SITE),
                WireEnum.parse(Priority.class, node.get(BOARD_PRIORITY, null)).orElse(null),
                node.get(BOARD_TEXT, ""), node.getBoolean(BOARD_MINE, false));
    }

    @Override
    public void rememberBoardFilter(BoardFilter filter) {
        putUuid(BOARD_ENGINEER, filter.engineer());
        putUuid(BOARD_CUSTOMER, filter.customer());
        putUuid(BOARD_SITE, filter.site());
        node.put(BOARD_PRIORITY, filter.priority() == null ? "" : filter.priority().wire());
        node.put(BOARD_TEXT, filter.text());
        node.putBoolean(BOARD_MINE, filter.mine());
        flush();
    }

    private UUID uuid(String key) {
        try {
            String id = node.get(key, "");
            return id.isEmpty() ? null : UUID.fromString(id);
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    private void putUuid(String key, UUID id) {
        node.put(key, id == null ? "" : id.toString());
    }

    /// Writes now rather than at some later moment, so a console that is killed still remembers.
    /// A preferences store that cannot be written costs only the memory of this session.
    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException ignored) {
            // The settings stay in memory for this session; nothing the operator typed is lost.
        }
    }
}
