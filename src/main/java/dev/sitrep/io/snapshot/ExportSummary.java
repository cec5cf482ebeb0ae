package dev.sitrep.io.snapshot;

import dev.sitrep.domain.Text;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/// What an export wrote.
///
/// @param incident the incident's code for an incident snapshot, `null` for the whole database
public record ExportSummary(Path file, long bytes, long rows, String incident, Duration took) {

    /// "Exported INC-2026-0001 to night.json: 22,415 rows, 8.4 MB in 1.2 s".
    public String describe() {
        return "Exported " + (incident == null ? "the database" : incident) + " to " + file + ": "
                + Text.count(rows, "row") + ", " + megabytes(bytes) + " in " + Text.seconds(took);
    }

    static String megabytes(long bytes) {
        return bytes < 100_000 ? String.format(Locale.ROOT, "%.1f kB", bytes / 1e3)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
