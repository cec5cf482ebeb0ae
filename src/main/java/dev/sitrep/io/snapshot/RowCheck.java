package dev.sitrep.io.snapshot;

import dev.sitrep.domain.WireEnum;

import java.time.DateTimeException;
import java.time.ZoneId;

/// The checks a snapshot row passes before it becomes a domain record: what is required, how long text may
/// be (the database's column sizes), which words an enum takes. A failed check names the field.
final class RowCheck {

    /// A row's field that breaks a rule; the importer adds where in the file the row is.
    static final class Problem extends RuntimeException {

        private final String field;

        Problem(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }

        String field() {
            return field;
        }
    }

    private RowCheck() {
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new Problem(field, "is missing.");
        }
        return value;
    }

    /// Optional text: absent reads as empty.
    static String text(String field, String value, int maxLength) {
        String text = value == null ? "" : value;
        if (text.length() > maxLength) {
            throw new Problem(field, "is " + text.length() + " characters long; at most " + maxLength + " fit.");
        }
        return text;
    }

    /// Required text that is more than blanks: names, titles, codes.
    static String nonBlank(String field, String value, int maxLength) {
        String text = text(field, required(field, value), maxLength);
        if (text.isBlank()) {
            throw new Problem(field, "is empty.");
        }
        return text;
    }

    static <E extends Enum<E> & WireEnum> E word(String field, String value, Class<E> type) {
        return WireEnum.parse(type, required(field, value)).filter(word -> word.wire().equals(value))
                .orElseThrow(() -> new Problem(field, "\"" + value + "\" is not one of "
                        + WireEnum.words(type) + "."));
    }

    static int range(String field, Integer value, int min, int max) {
        int number = required(field, value);
        if (number < min || number > max) {
            throw new Problem(field, number + " is outside " + min + " to " + max + ".");
        }
        return number;
    }

    static ZoneId zone(String field, String value) {
        try {
            return ZoneId.of(text(field, required(field, value), 64));
        } catch (DateTimeException e) {
            throw new Problem(field, "\"" + value + "\" is not a time zone (such as Europe/London or UTC).");
        }
    }

    static void rule(boolean holds, String field, String message) {
        if (!holds) {
            throw new Problem(field, message);
        }
    }
}
