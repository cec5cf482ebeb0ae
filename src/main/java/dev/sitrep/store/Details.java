package dev.sitrep.store;

import dev.sitrep.domain.WireEnum;

import java.util.LinkedHashMap;
import java.util.Map;

/// Builds a journal entry's details map (see the journal details convention): the names and values a
/// readable sentence needs, as they are at the time of the change.
final class Details {

    private final Map<String, String> values = new LinkedHashMap<>();

    private Details() {
    }

    static Details of(String key, String value) {
        return new Details().and(key, value);
    }

    /// Adds `key`; a `null` value leaves it out, an empty one is kept (it means "none").
    Details and(String key, String value) {
        if (value != null) {
            values.put(key, value);
        }
        return this;
    }

    Details and(String key, WireEnum word) {
        return and(key, word == null ? null : word.wire());
    }

    /// A separate builder starting with the same details, for several entries about one change.
    Details copy() {
        Details copy = new Details();
        copy.values.putAll(values);
        return copy;
    }

    Map<String, String> map() {
        return values;
    }
}
