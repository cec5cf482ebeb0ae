package dev.sitrep.store;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/// The names of the fields an update changes, for the journal's `fields` detail.
final class Changes {

    private final List<String> fields = new ArrayList<>();

    /// The components of two records of one type that differ, by their names.
    static Changes between(Record before, Record after) {
        Changes changes = new Changes();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            try {
                Method accessor = component.getAccessor();
                changes.compare(component.getName(), accessor.invoke(before), accessor.invoke(after));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
        return changes;
    }

    /// Notes `field` as changed when `before` and `after` differ.
    Changes compare(String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(field);
        }
        return this;
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    boolean contains(String field) {
        return fields.contains(field);
    }

    /// The changed fields, comma-separated, in the order they were compared.
    String fields() {
        return String.join(",", fields);
    }
}
