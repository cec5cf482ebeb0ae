package dev.sitrep.ui.board;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/// Something offered in a list with a check box: a device to make a task for, an engineer to take turns.
///
/// The value stays as it was read; only whether it is checked changes, so a list of thousands filters by
/// showing or hiding these same objects, never by making new ones.
public final class Checkable<T> {

    private final T value;
    private final BooleanProperty checked;

    public Checkable(T value, boolean checked) {
        this.value = value;
        this.checked = new SimpleBooleanProperty(this, "checked", checked);
    }

    public T value() {
        return value;
    }

    public BooleanProperty checkedProperty() {
        return checked;
    }

    public boolean isChecked() {
        return checked.get();
    }

    public void setChecked(boolean value) {
        checked.set(value);
    }

    @Override
    public String toString() {
        return (isChecked() ? "[x] " : "[ ] ") + value;
    }
}
