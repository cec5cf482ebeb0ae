package dev.sitrep.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/// The console's colour scheme: AtlantaFX Primer, light or dark.
public enum Theme {
    LIGHT, DARK;

    /// The user-agent stylesheet that paints every control in this theme.
    public String userAgentStylesheet() {
        return switch (this) {
            case LIGHT -> new PrimerLight().getUserAgentStylesheet();
            case DARK -> new PrimerDark().getUserAgentStylesheet();
        };
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
