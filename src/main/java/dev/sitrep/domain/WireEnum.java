package dev.sitrep.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/// An enum with a stable lower-case word for storage and files, and a label for people.
///
/// The word is what the database and the JSON snapshot hold ("at_risk"); the label is what a
/// screen or a printed sheet shows ("at risk"). Renaming a constant must never change its word.
public interface WireEnum {

    /// The stable word stored in the database and in snapshots.
    String wire();

    /// The word as a person reads it.
    default String label() {
        return wire().replace('_', ' ');
    }

    /// Finds the constant whose word is `wire`, ignoring case and surrounding blanks.
    static <E extends Enum<E> & WireEnum> Optional<E> parse(Class<E> type, String wire) {
        if (wire == null) {
            return Optional.empty();
        }
        // Stored words match as they are; only words typed by people need the normalising.
        E stored = WireWords.byWord(type, wire);
        if (stored != null) {
            return Optional.of(stored);
        }
        String wanted = wire.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Optional.ofNullable(WireWords.byWord(type, wanted));
    }

    /// Like [#parse] but fails with a message that lists the accepted words.
    static <E extends Enum<E> & WireEnum> E require(Class<E> type, String wire) {
        return parse(type, wire).orElseThrow(() -> new IllegalArgumentException(
                "'" + wire + "' is not one of " + words(type)));
    }

    /// The accepted words of `type`, for messages.
    static <E extends Enum<E> & WireEnum> String words(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(WireEnum::wire).toList());
    }

    /// The default word: the constant's name in lower case.
    static String wireOf(Enum<?> constant) {
        return WireWords.defaultWord(constant);
    }
}
