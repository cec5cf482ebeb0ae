package dev.sitrep.io.demo;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DemoRandomTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void apportionsWholePartsThatAddUpToTheTotal() {
        int[] parts = DemoRandom.apportion(40, new double[]{0.30, 0.225, 0.15, 0.15, 0.125, 0.05});

        assertThat(parts).containsExactly(12, 9, 6, 6, 5, 2);
        assertThat(Arrays.stream(DemoRandom.apportion(3_001, new double[]{1, 1, 1})).sum()).isEqualTo(3_001);
    }

    @Test
    void drawsTheSameVersionFourUuidsFromTheSameSeed() {
        UUID first = new DemoRandom(5).uuid();

        assertThat(new DemoRandom(5).uuid()).isEqualTo(first);
        assertThat(new DemoRandom(6).uuid()).isNotEqualTo(first);
        assertThat(first.version()).isEqualTo(4);
        assertThat(first.variant()).isEqualTo(2);
    }

    @Test
    void workTimesStayInsideTheirWindowAndFavourOfficeHours() {
        DemoRandom random = new DemoRandom(1);
        Instant from = Instant.parse("2026-03-02T00:00:00Z");
        Instant to = from.plusSeconds(14 * 24 * 3600);

        List<Instant> times = random.sortedTimes(5_000, from, to, LONDON);

        assertThat(times).isSorted().allSatisfy(t -> assertThat(t).isBetween(from, to));
        long office = times.stream().filter(t -> t.atZone(LONDON).getHour() >= 9 && t.atZone(LONDON).getHour() < 17)
                .count();
        long night = times.stream().filter(t -> t.atZone(LONDON).getHour() < 5).count();
        assertThat(office).as("8 office hours").isGreaterThan(night * 3);
        assertThat(night).as("the war room never sleeps").isPositive();
    }

    @Test
    void shiftsChangeAtSevenAndNineteenLocalTimeUntilNow() {
        Instant declared = Instant.parse("2026-03-27T05:12:00Z");
        Instant now = Instant.parse("2026-03-30T10:00:00Z");

        List<ShiftSlot> slots = ShiftSlot.between(declared, now, LONDON);

        assertThat(slots.getFirst().start()).isEqualTo(declared);
        assertThat(slots.getFirst().day()).isFalse();
        assertThat(slots.getLast().end()).isNull();
        assertThat(slots.getLast().day()).isTrue();
        assertThat(slots.subList(1, slots.size())).allSatisfy(slot -> {
            int hour = slot.start().atZone(LONDON).getHour();
            assertThat(hour).isIn(7, 19);
            assertThat(slot.day()).isEqualTo(hour == 7);
        });
        for (int i = 1; i < slots.size(); i++) {
            assertThat(slots.get(i).start()).isEqualTo(slots.get(i - 1).end());
        }
        assertThat(slots).hasSize(8);
    }
}
