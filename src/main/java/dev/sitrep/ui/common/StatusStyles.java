package dev.sitrep.ui.common;

import dev.sitrep.domain.DeviceStatus;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/// The style class of each device status ("status-at-risk"), and the stylesheet that gives a status word
/// its colour wherever the console lists devices. The word is always shown: colour alone says nothing to
/// someone who cannot tell the colours apart.
public final class StatusStyles {

    /// Every status's class, to remove the old one before adding the new.
    public static final List<String> ALL = Arrays.stream(DeviceStatus.values()).map(StatusStyles::of).toList();

    private StatusStyles() {
    }

    public static String of(DeviceStatus status) {
        return "status-" + status.wire().replace('_', '-');
    }

    /// Status words coloured from worst to best, for lists and tables of devices.
    public static String stylesheet() {
        return Objects.requireNonNull(StatusStyles.class.getResource("status.css")).toExternalForm();
    }
}
