package dev.sitrep.ui.comms;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class DueTextTest {

    /// Monday 23 November 2026, 12:00 in London.
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void aTimeCarriesItsDayOnlyWhenItIsNotToday() {
        assertThat(DueText.time(Instant.parse("2026-11-23T23:59:00Z"), NOW, LONDON)).isEqualTo("23:59");
        assertThat(DueText.time(Instant.parse("2026-11-24T00:01:00Z"), NOW, LONDON)).isEqualTo("Tue 00:01");
        assertThat(DueText.time(Instant.parse("2026-11-17T09:00:00Z"), NOW, LONDON)).isEqualTo("Tue 09:00");
        assertThat(DueText.time(Instant.parse("2026-11-30T09:00:00Z"), NOW, LONDON)).isEqualTo("Mon 30 Nov 09:00");
    }

    @Test
    void aMomentSaidBackNamesTodayTomorrowAndYesterday() {
        assertThat(DueText.moment(Instant.parse("2026-11-23T16:00:00Z"), NOW, LONDON)).isEqualTo("today 16:00");
        assertThat(DueText.moment(Instant.parse("2026-11-24T09:00:00Z"), NOW, LONDON)).isEqualTo("tomorrow 09:00");
        assertThat(DueText.moment(Instant.parse("2026-11-22T17:00:00Z"), NOW, LONDON)).isEqualTo("yesterday 17:00");
        assertThat(DueText.moment(Instant.parse("2026-11-26T09:00:00Z"), NOW, LONDON)).isEqualTo("Thu 09:00");
    }

    @Test
    void lengthsRoundUpToTheMinuteSoOneSecondLateIsLate() {
        assertThat(DueText.length(Duration.ofSeconds(1))).isEqualTo("1 min");
        assertThat(DueText.length(Duration.ofMinutes(59))).isEqualTo("59 min");
        assertThat(DueText.length(Duration.ofMinutes(65))).isEqualTo("1 h 05 min");
        assertThat(DueText.length(Duration.ofMinutes(-25))).isEqualTo("25 min");
    }

    @Test
    void aDueTimeSaysHowPressingItIsInWords() {
        assertThat(DueText.due(NOW.plus(Duration.ofMinutes(40)), NOW, ZoneOffset.UTC)).isEqualTo("due 12:40");
        assertThat(DueText.due(NOW.plus(Duration.ofMinutes(12)), NOW, ZoneOffset.UTC)).isEqualTo("due in 12 min");
        assertThat(DueText.due(NOW, NOW, ZoneOffset.UTC)).isEqualTo("due now");
        assertThat(DueText.due(NOW.minus(Duration.ofMinutes(25)), NOW, ZoneOffset.UTC)).isEqualTo("overdue 25 min");
    }

    @Test
    void aTypedTimeIsReadAndSaidBackOrRefusedWithTheFormsItTakes() {
        DueText.Typed inTwoHours = DueText.read("+2h", NOW, ZoneOffset.UTC, false);
        assertThat(inTwoHours.time()).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(inTwoHours.hint()).isEqualTo("today 14:00, in 2 h 00 min");

        assertThat(DueText.read("  ", NOW, ZoneOffset.UTC, false).isBlank()).isTrue();
        assertThat(DueText.read("later", NOW, ZoneOffset.UTC, false).problem())
                .isEqualTo("\"later\" is not a time: write 14:30, +2h, +45m, tomorrow 09:00 or 2026-11-23 14:30.");
        assertThat(DueText.read("2026-11-23 09:00", NOW, ZoneOffset.UTC, false).problem())
                .isEqualTo("Today 09:00 has passed: give a time still to come.");
        assertThat(DueText.read("2026-11-23 09:00", NOW, ZoneOffset.UTC, true).hint())
                .isEqualTo("today 09:00, 3 h 00 min ago");
    }
}
