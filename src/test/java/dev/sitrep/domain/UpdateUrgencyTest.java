package dev.sitrep.domain;

import dev.sitrep.domain.UpdateSchedule.Urgency;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/// The one rule for how pressing a due time is: updates, call backs and promises alike.
class UpdateUrgencyTest {

    private static final Instant DUE = Instant.parse("2026-11-23T14:30:00Z");
    private static final Duration WARNING = Duration.ofMinutes(15);

    @Test
    void laterThenSoonFromTheWarningThenOverdueOncePast() {
        assertThat(Urgency.of(DUE, DUE.minus(Duration.ofMinutes(16)), WARNING)).isEqualTo(Urgency.LATER);
        assertThat(Urgency.of(DUE, DUE.minus(WARNING), WARNING)).isEqualTo(Urgency.SOON);
        assertThat(Urgency.of(DUE, DUE, WARNING)).as("due now is not late yet").isEqualTo(Urgency.SOON);
        assertThat(Urgency.of(DUE, DUE.plusSeconds(1), WARNING)).isEqualTo(Urgency.OVERDUE);
    }

    @Test
    void nothingDueIsNeverPressing() {
        assertThat(Urgency.of(null, DUE, WARNING)).isEqualTo(Urgency.NONE);
    }
}
