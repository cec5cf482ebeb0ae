package dev.sitrep.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.function.Function;

/// How one domain record maps to one table: the columns to select, how to read a row, and how to insert one.
///
/// @param name    the table, for `FROM` clauses
/// @param columns the selected columns in the order the mapper reads them
/// @param insert  an `INSERT` statement whose parameters are [#values] in order
record Table<T>(String name, String columns, Sql.RowMapper<T> mapper, String insert,
                Function<T, Object[]> values) {

    /// Rows per JDBC batch: large enough to save round trips, small enough to keep memory flat.
    static final int BATCH = 1_000;

    /// `SELECT <columns> FROM <table> <rest>`.
    String select(String rest) {
        return "SELECT " + columns + " FROM " + name + " " + rest;
    }

    void insert(Connection connection, T row) throws SQLException {
        Sql.update(connection, insert, values.apply(row));
    }

    /// Inserts `row`, or updates the row with the same `key` columns.
    void upsert(Connection connection, T row, String key) throws SQLException {
        String placeholders = String.join(", ", Collections.nCopies(columns.split(",").length, "?"));
        Sql.update(connection, "MERGE INTO " + name + " (" + columns + ") KEY (" + key + ") VALUES ("
                + placeholders + ")", values.apply(row));
    }

    /// Inserts all `rows` with JDBC batches.
    void insertAll(Connection connection, Collection<? extends T> rows) throws SQLException {
        Sql.batch(connection, insert, rows.stream().map(values).toList());
    }
}
