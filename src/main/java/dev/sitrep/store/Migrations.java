package dev.sitrep.store;

import dev.sitrep.store.StoreException.Reason;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/// Brings a database's schema up to this build's version with Flyway, after refusing one that a newer
/// build has already taken further.
final class Migrations {

    static final String LOCATION = "classpath:db/migration";

    /// The version of the newest migration under [#LOCATION]; a test keeps the two in step.
    static final String LATEST_VERSION = "3";

    private static final String HISTORY_TABLE = "flyway_schema_history";

    /// Flyway reports every step at INFO through java.util.logging; Sitrep prints its own one-line summaries,
    /// so only Flyway's warnings and errors get through. Held in a field: the logging system keeps loggers
    /// only weakly, and a collected one would forget its level.
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private Migrations() {
    }

    /// Migrates the database and returns the schema version it is at.
    ///
    /// @throws StoreException `SCHEMA_TOO_NEW` before anything is written when the database holds a
    ///                        migration newer than any this build ships
    static String migrate(DataSource dataSource, String where) {
        if (isCurrent(dataSource, where)) {
            return LATEST_VERSION;
        }
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .load();
        try {
            refuseNewerSchema(flyway, where);
            MigrateResult result = flyway.migrate();
            return currentVersion(flyway).orElse(result.targetSchemaVersion);
        } catch (FlywayException e) {
            throw translate(e, where);
        }
    }

    /// True when every migration applied so far succeeded and the newest is this build's newest: the usual
    /// case at every start but the first, answered with one query instead of Flyway's classpath scan and
    /// validation, which would double the time to open the database.
    static boolean isCurrent(DataSource dataSource, String where) {
        try (Connection connection = dataSource.getConnection()) {
            if (!hasHistory(connection)) {
                return false;
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT \"version\", \"success\" FROM \""
                         + HISTORY_TABLE + "\" WHERE \"version\" IS NOT NULL")) {
                MigrationVersion newest = MigrationVersion.EMPTY;
                while (rows.next()) {
                    if (!rows.getBoolean(2)) {
                        return false;
                    }
                    MigrationVersion version = MigrationVersion.fromVersion(rows.getString(1));
                    newest = version.compareTo(newest) > 0 ? version : newest;
                }
                return newest.equals(MigrationVersion.fromVersion(LATEST_VERSION));
            }
        } catch (SQLException e) {
            throw SqlErrors.translateOpen(e, where);
        }
    }

    private static boolean hasHistory(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, HISTORY_TABLE, null)) {
            return tables.next();
        }
    }

    private static void refuseNewerSchema(Flyway flyway, String where) {
        MigrationInfo[] all = flyway.info().all();
        MigrationVersion known = Arrays.stream(all)
                .filter(info -> !isFuture(info))
                .map(MigrationInfo::getVersion)
                .filter(Objects::nonNull)
                .max(MigrationVersion::compareTo)
                .orElse(MigrationVersion.EMPTY);
        Optional<MigrationVersion> newest = Arrays.stream(all)
                .filter(Migrations::isFuture)
                .map(MigrationInfo::getVersion)
                .filter(Objects::nonNull)
                .max(MigrationVersion::compareTo);
        if (newest.isPresent()) {
            throw new StoreException(Reason.SCHEMA_TOO_NEW, "The database " + where + " has schema version "
                    + newest.get().getVersion() + ", but this Sitrep knows versions up to " + known.getVersion()
                    + ". It was written by a newer Sitrep: open it with that version or a newer one. "
                    + "Nothing was changed.");
        }
    }

    private static boolean isFuture(MigrationInfo info) {
        return switch (info.getState()) {
            case FUTURE_SUCCESS, FUTURE_FAILED -> true;
            default -> false;
        };
    }

    private static Optional<String> currentVersion(Flyway flyway) {
        MigrationInfo current = flyway.info().current();
        return current == null || current.getVersion() == null
                ? Optional.empty() : Optional.of(current.getVersion().getVersion());
    }

    private static StoreException translate(FlywayException e, String where) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return SqlErrors.translateOpen(sql, where);
            }
        }
        return new StoreException(Reason.FAILED,
                "The schema of the database " + where + " could not be brought up to date: " + e.getMessage(), e);
    }
}
