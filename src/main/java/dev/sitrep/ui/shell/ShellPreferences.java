package dev.sitrep.ui.shell;

import java.util.Optional;
import java.util.UUID;

/// What the shell remembers between sessions; the application backs it with the operator's settings.
public interface ShellPreferences {

    Theme theme();

    void rememberTheme(Theme theme);

    /// The incident that was current when the console last closed, if any.
    Optional<UUID> lastIncidentId();

    void rememberIncident(UUID incidentId);
}
