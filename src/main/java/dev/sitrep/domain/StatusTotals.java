package dev.sitrep.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/// How many devices stand at each status: for one site, or across a whole incident.
///
/// @param counts devices per status; statuses with no devices may be absent
public record StatusTotals(Map<DeviceStatus, Integer> counts) {

    public static final StatusTotals EMPTY = new StatusTotals(Map.of());

    public StatusTotals {
        EnumMap<DeviceStatus, Integer> copy = new EnumMap<>(DeviceStatus.class);
        counts.forEach((status, count) -> {
            if (count < 0) {
                throw new IllegalArgumentException("the count of " + status.label() + " devices is negative: " + count);
            }
            if (count > 0) {
                copy.put(status, count);
            }
        });
        counts = Map.copyOf(copy);
    }

    /// Counts the statuses of `impacts`.
    public static StatusTotals of(Collection<Impact> impacts) {
        return ofStatuses(impacts.stream().map(Impact::status).toList());
    }

    public static StatusTotals ofStatuses(Collection<DeviceStatus> statuses) {
        EnumMap<DeviceStatus, Integer> counts = new EnumMap<>(DeviceStatus.class);
        statuses.forEach(status -> counts.merge(status, 1, Integer::sum));
        return new StatusTotals(counts);
    }

    public int count(DeviceStatus status) {
        return counts.getOrDefault(status, 0);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /// Restored plus verified.
    public int recovered() {
        return count(DeviceStatus.RESTORED) + count(DeviceStatus.VERIFIED);
    }

    /// Devices that still need work.
    public int open() {
        return total() - recovered();
    }

    public int down() {
        return count(DeviceStatus.DOWN);
    }

    public int isolated() {
        return count(DeviceStatus.ISOLATED);
    }

    /// The share of devices recovered, from 0 to 1; 0 when there are no devices.
    public double progress() {
        int total = total();
        return total == 0 ? 0 : (double) recovered() / total;
    }

    /// The status that describes the lot: the open status of highest [DeviceStatus#severity]; when nothing is
    /// open, restored while any device is only restored, else verified; unknown when there are no devices.
    public DeviceStatus worstStatus() {
        if (counts.isEmpty()) {
            return DeviceStatus.UNKNOWN;
        }
        DeviceStatus worst = null;
        for (DeviceStatus status : counts.keySet()) {
            if (status.isOpen() && (worst == null || status.severity() > worst.severity())) {
                worst = status;
            }
        }
        if (worst != null) {
            return worst;
        }
        return count(DeviceStatus.RESTORED) > 0 ? DeviceStatus.RESTORED : DeviceStatus.VERIFIED;
    }

    /// These totals and `other` added together.
    public StatusTotals plus(StatusTotals other) {
        EnumMap<DeviceStatus, Integer> sum = new EnumMap<>(DeviceStatus.class);
        sum.putAll(counts);
        other.counts.forEach((status, count) -> sum.merge(status, count, Integer::sum));
        return new StatusTotals(sum);
    }
}
