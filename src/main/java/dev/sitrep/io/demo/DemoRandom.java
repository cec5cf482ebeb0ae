package dev.sitrep.io.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/// The one source of chance in a demo data set: the same seed gives the same draws, ids included.
final class DemoRandom {

    /// How busy each hour of the day is in a war room, relative to the busiest: nights are quieter, not silent.
    private static final double[] HOURLY_ACTIVITY = {
            0.30, 0.25, 0.22, 0.20, 0.20, 0.25, 0.45, 0.75, 0.95, 1.00, 1.00, 0.95,
            0.85, 0.95, 1.00, 1.00, 0.95, 0.80, 0.65, 0.55, 0.50, 0.45, 0.40, 0.35};
    private static final int TRIES_FOR_A_BUSY_HOUR = 12;

    private final Random random;

    DemoRandom(long seed) {
        this.random = new Random(seed);
    }

    /// A version 4 UUID drawn from this generator rather than from the system's entropy.
    UUID uuid() {
        long most = random.nextLong() & 0xffff_ffff_ffff_0fffL | 0x0000_0000_0000_4000L;
        long least = random.nextLong() & 0x3fff_ffff_ffff_ffffL | 0x8000_0000_0000_0000L;
        return new UUID(most, least);
    }

    /// A whole number from `from` to `to`, both included.
    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    double unit() {
        return random.nextDouble();
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    final <T> T pick(T... items) {
        return items[random.nextInt(items.length)];
    }

    /// Picks an item with probability proportional to its weight.
    <T> T weighted(List<T> items, double[] weights) {
        double sum = 0;
        for (double weight : weights) {
            sum += weight;
        }
        double draw = random.nextDouble() * sum;
        for (int i = 0; i < items.size(); i++) {
            draw -= weights[i];
            if (draw < 0) {
                return items.get(i);
            }
        }
        return items.getLast();
    }

    /// `count` distinct items in random order.
    <T> List<T> sample(List<T> items, int count) {
        List<T> copy = shuffled(items);
        return List.copyOf(copy.subList(0, Math.min(count, copy.size())));
    }

    <T> List<T> shuffled(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, swap);
        }
        return copy;
    }

    /// A time between `from` and `to` (to the second), uniformly.
    Instant instant(Instant from, Instant to) {
        long seconds = Math.max(0, Duration.between(from, to).toSeconds());
        return from.plusSeconds(seconds == 0 ? 0 : (long) (random.nextDouble() * seconds))
                .truncatedTo(ChronoUnit.SECONDS);
    }

    /// A time between `from` and `to` when people are more likely to be at work in `zone`: business hours
    /// draw most events, nights fewer.
    Instant workTime(Instant from, Instant to, ZoneId zone) {
        Instant candidate = instant(from, to);
        for (int i = 0; i < TRIES_FOR_A_BUSY_HOUR; i++) {
            int hour = candidate.atZone(zone).getHour();
            if (random.nextDouble() < HOURLY_ACTIVITY[hour]) {
                return candidate;
            }
            candidate = instant(from, to);
        }
        return candidate;
    }

    /// `count` times between `from` and `to`, oldest first.
    List<Instant> sortedTimes(int count, Instant from, Instant to, ZoneId zone) {
        List<Instant> times = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            times.add(workTime(from, to, zone));
        }
        times.sort(null);
        return times;
    }

    /// A duration from `from` to `to`, to the minute.
    Duration minutes(long from, long to) {
        return Duration.ofMinutes(from + (long) (random.nextDouble() * (to - from + 1)));
    }

    /// Splits `total` into whole parts in proportion to `weights`, largest remainders first, so the parts
    /// always add up to `total`.
    static int[] apportion(int total, double[] weights) {
        double sum = 0;
        for (double weight : weights) {
            sum += weight;
        }
        int[] parts = new int[weights.length];
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            parts[i] = (int) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        for (; given < total; given++) {
            int largest = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[largest]) {
                    largest = i;
                }
            }
            parts[largest]++;
            remainders[largest] = -1;
        }
        return parts;
    }
}
