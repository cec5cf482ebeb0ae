package dev.sitrep.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ShiftTest {

    private static final Instant EIGHT = Instant.parse("2026-11-23T08:00:00Z");
    private static final Instant NINE = EIGHT.plus(Duration.ofHours(1));
    private static final Instant TEN = EIGHT.plus(Duration.ofHours(2));
    private final UUID incident = UUID.randomUUID();
    private final UUID priya = UUID.randomUUID();
    private final UUID sam = UUID.randomUUID();

    @Test
    void theFirstPersonStartsAShiftAndLeadsIt() {
        Shift shift = Shift.startedBy(incident, priya, EIGHT);

        assertThat(shift.isRunning()).isTrue();
        assertThat(shift.leadId()).isEqualTo(priya);
        assertThat(shift.start()).isEqualTo(EIGHT);
        assertThat(shift.isOn(priya)).isTrue();
        assertThat(shift.isOn(sam)).isFalse();
    }

    @Test
    void joiningTwiceChangesNothingAndLeavingEndsOnlyTheStint() {
        Shift shift = Shift.startedBy(incident, priya, EIGHT).join(sam, NINE);

        assertThat(shift.join(sam, TEN)).isEqualTo(shift);
        Shift samLeft = shift.leave(sam, TEN);
        assertThat(samLeft.isOn(sam)).isFalse();
        assertThat(samLeft.isRunning()).isTrue();
        assertThat(samLeft.members()).containsExactly(new Shift.Member(priya, EIGHT, null),
                new Shift.Member(sam, NINE, TEN));
    }

    @Test
    void aPersonWhoLeftCanComeBackForASecondStint() {
        Shift back = Shift.startedBy(incident, priya, EIGHT).join(sam, EIGHT).leave(sam, NINE).join(sam, TEN);

        assertThat(back.isOn(sam)).isTrue();
        assertThat(back.members()).hasSize(3);
    }

    @Test
    void theShiftEndsWhenItsLastPersonLeaves() {
        Shift ended = Shift.startedBy(incident, priya, EIGHT).join(sam, NINE).leave(priya, TEN).leave(sam, TEN);

        assertThat(ended.isRunning()).isFalse();
        assertThat(ended.end()).isEqualTo(TEN);
        assertThat(ended.isOn(sam)).isFalse();
    }

    @Test
    void theLatestShiftIsTheOneRunningElseTheLastStarted() {
        Shift ended = Shift.startedBy(incident, priya, EIGHT).leave(priya, NINE);
        Shift running = Shift.startedBy(incident, sam, NINE);
        Shift laterEnded = Shift.startedBy(incident, priya, TEN).leave(priya, TEN.plusSeconds(600));

        assertThat(Shift.latest(List.of(ended, running, laterEnded))).contains(running);
        assertThat(Shift.latest(List.of(ended, laterEnded))).contains(laterEnded);
        assertThat(Shift.latest(List.of())).isEmpty();
    }

    @Test
    void aRunningShiftsWindowEndsNow() {
        Shift running = Shift.startedBy(incident, sam, NINE);

        assertThat(running.window(TEN)).isEqualTo(new TimeWindow(NINE, TEN));
        assertThat(running.leave(sam, TEN).window(TEN.plusSeconds(3600))).isEqualTo(new TimeWindow(NINE, TEN));
    }
}
