package dev.sitrep.app.cli;

import java.time.Duration;
import java.util.Locale;

/// Durations as the command line prints them: "1.2 s". Counts are [dev.sitrep.domain.Text#count].
final class Quantities {

    private Quantities() {
    }

    /// A duration in seconds with one decimal.
    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toNanos() / 1e9);
    }
}
