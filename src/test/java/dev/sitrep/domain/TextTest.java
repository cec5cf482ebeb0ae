package dev.sitrep.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {

    @Test
    void timeSinceDeclaredReadsAsTPlusDaysHoursAndMinutes() {
        assertThat(Text.sinceDeclared(Duration.ofMinutes(3 * 24 * 60 + 3 * 60 + 14))).isEqualTo("T+3d 03:14");
        assertThat(Text.sinceDeclared(Duration.ofMinutes(59))).isEqualTo("T+00:59");
        assertThat(Text.sinceDeclared(Duration.ofSeconds(-5))).as("a clock a little behind").isEqualTo("T+00:00");
    }

    @Test
    void countsReadInThousandsWithTheirNoun() {
        assertThat(Text.count(3_000, "device")).isEqualTo("3,000 devices");
        assertThat(Text.count(1, "journal entry", "journal entries")).isEqualTo("1 journal entry");
    }

    @Test
    void secondsHaveOneDecimal() {
        assertThat(Text.seconds(Duration.ofMillis(1_249))).isEqualTo("1.2 s");
    }
}
