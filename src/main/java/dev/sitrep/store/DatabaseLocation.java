package dev.sitrep.store;

import java.nio.file.Path;
import java.util.Map;

/// Where the database lives: a JDBC URL and, for file databases, the file it maps to.
///
/// @param jdbcUrl the URL handed to H2, with the options Sitrep needs (auto-server and so on)
/// @param file    the database file without H2's `.mv.db` suffix, or `null` for a URL that names no file
public record DatabaseLocation(String jdbcUrl, Path file) {

    public static final String ENVIRONMENT_VARIABLE = "SITREP_DB";

    /// The location for `--db` (a path or a full `jdbc:` URL), else `SITREP_DB`, else the user's data folder
    /// for this operating system.
    public static DatabaseLocation resolve(String dbOption, Map<String, String> environment, String osName,
                                           Path userHome) {
        throw new UnsupportedOperationException("store: resolve");
    }

    /// A file database at `file` (H2 adds `.mv.db`).
    public static DatabaseLocation ofFile(Path file) {
        throw new UnsupportedOperationException("store: ofFile");
    }

    /// What to show a person: the file path, or the URL.
    public String display() {
        return file != null ? file.toString() : jdbcUrl;
    }
}
