package dev.sitrep.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TimeEntryTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /// Monday 23 November 2026, 13:15 in London (GMT).
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 23, 13, 15, 0, 0, LONDON);

    @ParameterizedTest
    @CsvSource({
            "14:30, 2026-11-23T14:30:00Z",
            "9:00, 2026-11-24T09:00:00Z",
            "13:15, 2026-11-24T13:15:00Z",
            "+45m, 2026-11-23T14:00:00Z",
            "+2h, 2026-11-23T15:15:00Z",
            "+1h30m, 2026-11-23T14:45:00Z",
            "+1d, 2026-11-24T13:15:00Z",
            "today 18:00, 2026-11-23T18:00:00Z",
            "Tomorrow 09:00, 2026-11-24T09:00:00Z",
            "2026-11-25 07:30, 2026-11-25T07:30:00Z",
            "2026-11-25T07:30, 2026-11-25T07:30:00Z"})
    void readsTheFormsPeopleType(String typed, String expected) {
        assertThat(TimeEntry.parse(typed, NOW)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void readsTimesInTheGivenZone() {
        ZonedDateTime newYork = NOW.withZoneSameInstant(ZoneId.of("America/New_York"));

        assertThat(TimeEntry.parse("2026-11-25 07:30", newYork)).isEqualTo(Instant.parse("2026-11-25T12:30:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "25:00", "+", "+2x", "2026-13-01 10:00", "yesterday 10:00"})
    void refusesAnythingElseNamingTheFormsItReads(String typed) {
        assertThatIllegalArgumentException().isThrownBy(() -> TimeEntry.parse(typed, NOW))
                .withMessageContaining("is not a time").withMessageContaining(TimeEntry.TIME_FORMS);
    }

    @ParameterizedTest
    @CsvSource({"90, PT90M", "45m, PT45M", "2h, PT2H", "1h30m, PT1H30M", "1h 30m, PT1H30M", "1d, PT24H"})
    void readsLengths(String typed, Duration expected) {
        assertThat(TimeEntry.parseLength(typed)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "an hour", "-5m", "0", "0h"})
    void refusesLengthsThatAreNoneOrNotLengths(String typed) {
        assertThatIllegalArgumentException().isThrownBy(() -> TimeEntry.parseLength(typed))
                .withMessageContaining(TimeEntry.LENGTH_FORMS);
    }

    @Test
    void formatsWhatItReadsBack() {
        Instant moment = Instant.parse("2026-11-25T07:30:00Z");

        assertThat(TimeEntry.format(moment, LONDON)).isEqualTo("2026-11-25 07:30");
        assertThat(TimeEntry.parse(TimeEntry.format(moment, LONDON), NOW)).isEqualTo(moment);
        assertThat(TimeEntry.formatLength(Duration.ofMinutes(90))).isEqualTo("1h30m");
        assertThat(TimeEntry.formatLength(Duration.ofMinutes(45))).isEqualTo("45m");
        assertThat(TimeEntry.formatLength(Duration.ofHours(2))).isEqualTo("2h");
        assertThat(TimeEntry.parseLength(TimeEntry.formatLength(Duration.ofMinutes(150))))
                .isEqualTo(Duration.ofMinutes(150));
    }

    @Test
    void aShiftsStartIsReadLookingBack() {
        assertThat(TimeEntry.parsePast("08:00", NOW)).isEqualTo(at(2026, 11, 23, 8, 0));
        assertThat(TimeEntry.parsePast("20:00", NOW)).isEqualTo(at(2026, 11, 22, 20, 0));
        assertThat(TimeEntry.parsePast("yesterday 20:00", NOW)).isEqualTo(at(2026, 11, 22, 20, 0));
        assertThat(TimeEntry.parsePast("-12h", NOW)).isEqualTo(NOW.toInstant().minus(Duration.ofHours(12)));
        assertThat(TimeEntry.parsePast("now", NOW)).isEqualTo(NOW.toInstant());
        assertThat(TimeEntry.parsePast("2026-11-20 08:00", NOW)).isEqualTo(at(2026, 11, 20, 8, 0));
    }

    @Test
    void aPastTimeThatIsNoTimeNamesTheFormsItTakes() {
        assertThatIllegalArgumentException().isThrownBy(() -> TimeEntry.parsePast("this morning", NOW))
                .withMessage("\"this morning\" is not a time: write " + TimeEntry.PAST_FORMS + ".");
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, LONDON).toInstant();
    }
}
