package dev.sitrep.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/// How many affected devices were restored or verified, over time since the incident was declared: the
/// wall's burn-up chart, replayed from the journal.
///
/// Each device's status is followed through its `impact` entries (`created` with its first status, then
/// `status_changed` from one status to another); a point is added wherever the number of recovered
/// devices changes. A device set back from restored to down counts down again.
///
/// @param points oldest first, starting at the declaration with nothing recovered
public record BurnUp(List<Point> points) {

    /// The number of recovered devices from `at` on.
    public record Point(Instant at, int recovered) {
        public Point {
            Objects.requireNonNull(at, "at");
        }
    }

    public BurnUp {
        points = List.copyOf(points);
    }

    /// The burn-up of an incident declared at `declaredAt`, from its journal entries (any order; only
    /// impact entries count).
    public static BurnUp of(Instant declaredAt, List<JournalEntry> journal) {
        Replay replay = new Replay(declaredAt);
        journal.stream()
                .sorted(Comparator.comparing(JournalEntry::at).thenComparingLong(JournalEntry::seq))
                .forEach(replay::add);
        return replay.burnUp();
    }

    /// A burn-up kept up to date entry by entry, as the journal grows: what a live wall holds instead of
    /// the whole journal.
    public static final class Replay {

        private final Instant declaredAt;
        private final Map<String, Boolean> recoveredByDevice = new HashMap<>();
        private final List<Point> points = new ArrayList<>();
        private int recovered;

        public Replay(Instant declaredAt) {
            this.declaredAt = Objects.requireNonNull(declaredAt, "declaredAt");
            points.add(new Point(declaredAt, 0));
        }

        /// Follows `entry` if it changes a device's status; entries come in journal order.
        public void add(JournalEntry entry) {
            if (entry.entity() != EntityType.IMPACT) {
                return;
            }
            String word = switch (entry.action()) {
                case CREATED -> entry.detail("status");
                case STATUS_CHANGED -> entry.detail("to");
                default -> "";
            };
            if (word.isEmpty()) {
                return;
            }
            boolean now = WireEnum.parse(DeviceStatus.class, word).map(DeviceStatus::isRecovered).orElse(false);
            Boolean before = recoveredByDevice.put(entry.entityId(), now);
            int change = (now ? 1 : 0) - (Boolean.TRUE.equals(before) ? 1 : 0);
            if (change != 0) {
                recovered += change;
                points.add(new Point(entry.at().isBefore(declaredAt) ? declaredAt : entry.at(), recovered));
            }
        }

        public BurnUp burnUp() {
            return new BurnUp(points);
        }
    }

    /// The number recovered at the last point.
    public int latest() {
        return points.isEmpty() ? 0 : points.getLast().recovered();
    }

    /// At most `buckets` + 1 points with the same shape, for drawing: the value at the end of each of
    /// `buckets` equal spans from the first point to `now`.
    public BurnUp sampled(int buckets, Instant now) {
        if (points.isEmpty() || buckets < 1) {
            return this;
        }
        Instant start = points.getFirst().at();
        Duration span = Duration.between(start, now.isAfter(start) ? now : start);
        List<Point> sampled = new ArrayList<>(buckets + 1);
        sampled.add(points.getFirst());
        int next = 0;
        int value = points.getFirst().recovered();
        for (int bucket = 1; bucket <= buckets; bucket++) {
            Instant end = start.plus(span.multipliedBy(bucket).dividedBy(buckets));
            while (next < points.size() && !points.get(next).at().isAfter(end)) {
                value = points.get(next++).recovered();
            }
            sampled.add(new Point(end, value));
        }
        return new BurnUp(sampled);
    }
}
