package dev.sitrep.domain;

/// The columns of the task board.
public enum TaskStatus implements WireEnum {
    TODO, IN_PROGRESS, BLOCKED, DONE;

    @Override
    public String wire() {
        return WireEnum.wireOf(this);
    }

    @Override
    public String label() {
        return this == TODO ? "to do" : WireEnum.super.label();
    }
}
