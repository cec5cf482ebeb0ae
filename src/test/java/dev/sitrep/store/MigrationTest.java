package dev.sitrep.store;

import dev.sitrep.domain.StaffRole;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationTest extends StoreTestSupport {

    @Test
    void anEmptyDatabaseGetsTheWholeDomainSchema() throws SQLException {
        assertThat(tables()).contains("CUSTOMER", "SITE", "DEVICE", "STAFF", "INCIDENT", "IMPACT", "TASK",
                "COMMUNICATION", "COMMITMENT", "COMMITMENT_REVISION", "DEFERRED_WORK", "SHIFT", "SHIFT_MEMBER",
                "MESSAGE_TEMPLATE", "JOURNAL", "JOURNAL_HEAD", "flyway_schema_history");
        assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST_VERSION);
    }

    @Test
    void theSchemaHasTheColumnsTheDomainNeeds() throws SQLException {
        assertThat(columns("COMMUNICATION")).contains("CHANNEL", "URGENCY", "CALLBACK_DUE", "CALLBACK_DONE_AT");
        assertThat(columns("COMMITMENT_REVISION"))
                .contains("COMMITMENT_ID", "PREVIOUS_DUE", "NEW_DUE", "REVISED_AT", "REVISED_BY");
        assertThat(columns("SHIFT_MEMBER")).contains("SHIFT_ID", "STAFF_ID", "JOINED_AT", "LEFT_AT");
        assertThat(columns("JOURNAL"))
                .containsExactly("SEQ", "AT", "ACTOR", "INCIDENT_ID", "ENTITY", "ENTITY_ID", "ACTION", "DETAILS", "ID");
        assertThat(columnType("CUSTOMER", "ID")).isEqualTo("UUID");
        assertThat(columnType("INCIDENT", "DECLARED_AT")).isEqualTo("TIMESTAMP WITH TIME ZONE");
    }

    @Test
    void theQueriesHaveIndexes() throws SQLException {
        assertThat(indexColumns("JOURNAL")).contains("INCIDENT_ID,SEQ");
        assertThat(indexColumns("IMPACT")).contains("INCIDENT_ID,STATUS");
        assertThat(indexColumns("TASK")).contains("INCIDENT_ID,STATUS");
        assertThat(indexColumns("COMMUNICATION")).contains("INCIDENT_ID,AT");
    }

    @Test
    void enumColumnsAcceptOnlyTheirWireWords() throws SQLException {
        try (Connection connection = sql(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO customer (id, name, sla_tier) "
                    + "VALUES (RANDOM_UUID(), 'Acme', 'bronze')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("CK_CUSTOMER_SLA_TIER");
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO staff (id, name, role) "
                    + "VALUES (RANDOM_UUID(), 'Kim', 'intern')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("CK_STAFF_ROLE");
        }
    }

    @Test
    void namesAreUniqueWhereTheDomainSaysSo() throws SQLException {
        try (Connection connection = sql(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO customer (id, name, sla_tier) VALUES (RANDOM_UUID(), 'Acme', 'gold')");
            assertThatThrownBy(() -> statement.executeUpdate(
                    "INSERT INTO customer (id, name, sla_tier) VALUES (RANDOM_UUID(), 'Acme', 'gold')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("UQ_CUSTOMER_NAME");
            assertThatThrownBy(() -> statement.executeUpdate(
                    "INSERT INTO staff (id, name, role) VALUES (RANDOM_UUID(), 'PRIYA SHAH', 'tam')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("UQ_STAFF_NAME");
        }
    }

    @Test
    void timesAreStoredInUtcWithTheirFullPrecision() throws SQLException {
        clock.set(START.plusNanos(123_456_789));
        incident("Outage");
        try (Connection connection = sql(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT declared_at FROM incident")) {
            rows.next();
            OffsetDateTime declared = rows.getObject(1, OffsetDateTime.class);
            assertThat(declared.getOffset()).isEqualTo(ZoneOffset.UTC);
            assertThat(declared.toInstant()).isEqualTo(START.plusNanos(123_456_789));
        }
    }

    @Test
    void reopeningAMigratedDatabaseKeepsItsData() {
        Store again = store;
        again.close();
        store = Store.open(again.location(), clock);
        assertThat(store.staff().findByName("priya shah")).isPresent();
        assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST_VERSION);
        assertThat(store.staff().signIn("Priya Shah", StaffRole.COMMANDER).staffId()).isEqualTo(priya.staffId());
    }

    @Test
    void theLatestVersionIsTheNewestMigrationShipped() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            List<MigrationVersion> versions = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith("V"))
                    .map(name -> MigrationVersion.fromVersion(name.substring(1, name.indexOf("__")).replace('_', '.')))
                    .sorted().toList();
            assertThat(versions.getLast()).isEqualTo(MigrationVersion.fromVersion(Migrations.LATEST_VERSION));
        }
    }

    @Test
    void aMigratedDatabaseIsCurrentUntilAMigrationFails() throws SQLException {
        JdbcConnectionPool dataSource = JdbcConnectionPool.create(store.location().jdbcUrl(), "sitrep", "");
        try {
            assertThat(Migrations.isCurrent(dataSource, "test")).isTrue();

            try (Connection connection = sql(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE");
            }

            assertThat(Migrations.isCurrent(dataSource, "test")).as("Flyway has to look at a failed one").isFalse();
        } finally {
            dataSource.dispose();
        }
    }

    @Test
    void anEmptyDatabaseIsNotCurrent() {
        JdbcConnectionPool dataSource = JdbcConnectionPool.create("jdbc:h2:mem:empty", "sitrep", "");
        try {
            assertThat(Migrations.isCurrent(dataSource, "test")).isFalse();
        } finally {
            dataSource.dispose();
        }
    }

    private List<String> tables() throws SQLException {
        return strings("SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'");
    }

    private List<String> columns(String table) throws SQLException {
        return strings("SELECT column_name FROM information_schema.columns WHERE table_schema = 'PUBLIC' "
                + "AND table_name = '" + table + "' ORDER BY ordinal_position");
    }

    private String columnType(String table, String column) throws SQLException {
        return strings("SELECT data_type FROM information_schema.columns WHERE table_schema = 'PUBLIC' "
                + "AND table_name = '" + table + "' AND column_name = '" + column + "'").getFirst();
    }

    private List<String> indexColumns(String table) throws SQLException {
        return strings("SELECT LISTAGG(column_name, ',') WITHIN GROUP (ORDER BY ordinal_position) "
                + "FROM information_schema.index_columns WHERE table_schema = 'PUBLIC' AND table_name = '"
                + table + "' GROUP BY index_name");
    }

    private List<String> strings(String query) throws SQLException {
        try (Connection connection = sql(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery(query)) {
            List<String> result = new ArrayList<>();
            while (rows.next()) {
                result.add(rows.getString(1));
            }
            return result;
        }
    }
}
