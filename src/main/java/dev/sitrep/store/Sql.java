package dev.sitrep.store;

import dev.sitrep.domain.WireEnum;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/// Prepared-statement plumbing shared by the repositories: binding Java values to parameters and reading
/// columns back.
///
/// Times go in as UTC `OffsetDateTime`s, enums as their wire words, UUIDs as H2 UUIDs.
final class Sql {

    private Sql() {
    }

    /// Reads one row into a value.
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    /// Runs `sql` once per parameter row with JDBC batches of [Table#BATCH] rows.
    static void batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows) {
                bind(statement, row);
                statement.addBatch();
                if (++pending == Table.BATCH) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        }
    }

    static <T> List<T> list(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        }
    }

    /// Hands each row to `action` as it is read, so a large result never sits in memory whole.
    static <T> void forEach(Connection connection, String sql, RowMapper<T> mapper, Consumer<? super T> action,
                            Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(Table.BATCH);
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    action.accept(mapper.map(rows));
                }
            }
        }
    }

    static <T> Optional<T> one(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(mapper.map(rows)) : Optional.empty();
            }
        }
    }

    static long count(Connection connection, String sql, Object... parameters) throws SQLException {
        return one(connection, sql, row -> row.getLong(1), parameters).orElse(0L);
    }

    /// Binds `parameters` in order, converting each to what H2 stores.
    static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, toSql(parameters[i]));
        }
    }

    private static Object toSql(Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> instant.atOffset(ZoneOffset.UTC);
            case WireEnum word -> word.wire();
            default -> value;
        };
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static UUID uuid(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    static <E extends Enum<E> & WireEnum> E word(ResultSet row, String column, Class<E> type)
            throws SQLException {
        return WireEnum.require(type, row.getString(column));
    }
}
