package dev.sitrep.io.csv;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/// The columns of an inventory CSV file, in the order a message lists them.
///
/// @param header    the column's name in the header row
/// @param required  whether the header must have it
/// @param maxLength the most characters the database keeps for it (the schema's `VARCHAR` size); 0 when the
///                  value is checked otherwise
public enum Column {
    CUSTOMER("customer", true, 200),
    SITE("site", true, 200),
    HOSTNAME("hostname", true, 255),
    KIND("kind", true, 0),
    PRODUCT("product", true, 200),
    VERSION("version", true, 100),
    CITY("city", true, 200),
    CRITICALITY("criticality", true, 0),
    TIMEZONE("timezone", false, 64),
    NOTES("notes", false, 20_000);

    private final String header;
    private final boolean required;
    private final int maxLength;

    Column(String header, boolean required, int maxLength) {
        this.header = header;
        this.required = required;
        this.maxLength = maxLength;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    int maxLength() {
        return maxLength;
    }

    /// The column a header cell names: case, surrounding blanks and any space, `_` or `-` inside are ignored,
    /// so "Time Zone" and "TIME_ZONE" are [#TIMEZONE].
    static Optional<Column> named(String cell) {
        String wanted = cell.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
        return Arrays.stream(values()).filter(column -> column.header.equals(wanted)).findFirst();
    }

    /// Every header name, comma-separated, required ones first: for messages and the documentation.
    static String allHeaders() {
        return String.join(",", Arrays.stream(values()).map(Column::header).toList());
    }

    static List<Column> requiredColumns() {
        return Arrays.stream(values()).filter(Column::required).toList();
    }
}
