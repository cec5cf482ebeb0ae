package dev.sitrep.app.cli;

import java.time.Duration;
import java.util.Locale;

/// Numbers as the command line prints them: "1,204 journal entries", "1 incident", "1.2 s".
final class Quantities {

    private Quantities() {
    }

    /// `count` with thousands separators and the singular or plural noun that goes with it.
    static String of(long count, String singular, String plural) {
        return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? singular : plural);
    }

    /// `count` of a noun whose plural adds an "s".
    static String of(long count, String singular) {
        return of(count, singular, singular + "s");
    }

    /// A duration in seconds with one decimal.
    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toNanos() / 1e9);
    }
}
