package dev.sitrep.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/// Where the database lives: a JDBC URL and, for file databases, the file it maps to.
///
/// @param jdbcUrl the URL handed to H2, with the options Sitrep needs (auto-server and so on)
/// @param file    the database file without H2's `.mv.db` suffix, or `null` for a URL that names no file
public record DatabaseLocation(String jdbcUrl, Path file) {

    public static final String ENVIRONMENT_VARIABLE = "SITREP_DB";

    /// What H2 appends to a file database's name.
    public static final String H2_SUFFIX = ".mv.db";

    /// Lets a second Sitrep on the same file join the first through a server H2 starts on demand.
    private static final String AUTO_SERVER = ";AUTO_SERVER=TRUE";
    private static final String H2_PREFIX = "jdbc:h2:";
    private static final String FOLDER = "sitrep";
    private static final String FOLDER_CAPITALIZED = "Sitrep";
    private static final String DATABASE_NAME = "sitrep";

    /// The location for `--db` (a path or a full `jdbc:` URL), else `SITREP_DB`, else the user's data folder
    /// for this operating system.
    public static DatabaseLocation resolve(String dbOption, Map<String, String> environment, String osName,
                                           Path userHome) {
        if (!isBlank(dbOption)) {
            return of(dbOption.strip(), userHome);
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (!isBlank(fromEnvironment)) {
            return of(fromEnvironment.strip(), userHome);
        }
        return ofFile(dataFolder(environment, osName, userHome).resolve(DATABASE_NAME));
    }

    /// A file database at `file` (H2 adds `.mv.db`).
    public static DatabaseLocation ofFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.toString().contains(";")) {
            throw StoreException.rejected("Database path: H2 cannot use a path containing ';': " + absolute);
        }
        return new DatabaseLocation(H2_PREFIX + "file:" + absolute + AUTO_SERVER, absolute);
    }

    /// What to show a person: the file path, or the URL.
    public String display() {
        return file != null ? file.toString() : jdbcUrl;
    }

    /// A `jdbc:` URL as given, or a path as a file database (`~` meaning the home folder, `.mv.db` optional).
    private static DatabaseLocation of(String pathOrUrl, Path userHome) {
        if (pathOrUrl.regionMatches(true, 0, "jdbc:", 0, "jdbc:".length())) {
            return new DatabaseLocation(pathOrUrl, fileOfUrl(pathOrUrl, userHome));
        }
        String path = pathOrUrl.endsWith(H2_SUFFIX)
                ? pathOrUrl.substring(0, pathOrUrl.length() - H2_SUFFIX.length()) : pathOrUrl;
        return ofFile(expandHome(path, userHome));
    }

    /// The file an H2 URL opens (`jdbc:h2:file:...` or `jdbc:h2:<path>`), or `null` for memory, server and
    /// other databases.
    private static Path fileOfUrl(String url, Path userHome) {
        if (!url.regionMatches(true, 0, H2_PREFIX, 0, H2_PREFIX.length())) {
            return null;
        }
        String rest = url.substring(H2_PREFIX.length());
        int options = rest.indexOf(';');
        String name = options >= 0 ? rest.substring(0, options) : rest;
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (lower.matches("^[a-z]{2,}:.*")) {
            return null; // mem:, tcp:, ssl:, zip:, nio...: not a plain file this process can check
        }
        return name.isEmpty() ? null : expandHome(name, userHome).toAbsolutePath().normalize();
    }

    private static Path dataFolder(Map<String, String> environment, String osName, Path userHome) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path roaming = isBlank(appData) ? userHome.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return roaming.resolve(FOLDER_CAPITALIZED);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return userHome.resolve("Library").resolve("Application Support").resolve(FOLDER_CAPITALIZED);
        }
        // Linux and other Unix: the XDG base directory specification ignores a relative XDG_DATA_HOME.
        String xdg = environment.get("XDG_DATA_HOME");
        Path dataHome = !isBlank(xdg) && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return dataHome.resolve(FOLDER);
    }

    private static Path expandHome(String path, Path userHome) {
        if (path.equals("~")) {
            return userHome;
        }
        if (path.startsWith("~/") || path.startsWith("~\\")) {
            return userHome.resolve(path.substring(2));
        }
        return Path.of(path);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
