package dev.sitrep.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.sitrep.domain.DeviceStatus.AT_RISK;
import static dev.sitrep.domain.DeviceStatus.DOWN;
import static dev.sitrep.domain.DeviceStatus.ISOLATED;
import static dev.sitrep.domain.DeviceStatus.RECOVERING;
import static dev.sitrep.domain.DeviceStatus.RESTORED;
import static dev.sitrep.domain.DeviceStatus.UNKNOWN;
import static dev.sitrep.domain.DeviceStatus.VERIFIED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class StatusTotalsTest {

    @Test
    void countsEachStatusAndTheRecoveredOnes() {
        StatusTotals totals = StatusTotals.ofStatuses(List.of(DOWN, DOWN, ISOLATED, RESTORED, VERIFIED, VERIFIED,
                RECOVERING));

        assertThat(totals.total()).isEqualTo(7);
        assertThat(totals.count(DOWN)).isEqualTo(2);
        assertThat(totals.count(AT_RISK)).isZero();
        assertThat(totals.down()).isEqualTo(2);
        assertThat(totals.isolated()).isEqualTo(1);
        assertThat(totals.recovered()).isEqualTo(3);
        assertThat(totals.open()).isEqualTo(4);
        assertThat(totals.progress()).isCloseTo(3.0 / 7, within(1e-9));
    }

    @Test
    void noDevicesMeansNoProgressAndAnUnknownStatus() {
        assertThat(StatusTotals.EMPTY.total()).isZero();
        assertThat(StatusTotals.EMPTY.progress()).isZero();
        assertThat(StatusTotals.EMPTY.worstStatus()).isEqualTo(UNKNOWN);
    }

    @Test
    void worstStatusIsTheOpenStatusOfHighestSeverity() {
        assertThat(StatusTotals.ofStatuses(List.of(VERIFIED, RECOVERING, ISOLATED, AT_RISK)).worstStatus())
                .isEqualTo(ISOLATED);
        assertThat(StatusTotals.ofStatuses(List.of(ISOLATED, DOWN, RESTORED)).worstStatus()).isEqualTo(DOWN);
        assertThat(StatusTotals.ofStatuses(List.of(RECOVERING, UNKNOWN)).worstStatus()).isEqualTo(UNKNOWN);
        assertThat(StatusTotals.ofStatuses(List.of(RECOVERING, VERIFIED)).worstStatus()).isEqualTo(RECOVERING);
    }

    @Test
    void aFullyRecoveredLotIsRestoredUntilEveryDeviceIsVerified() {
        assertThat(StatusTotals.ofStatuses(List.of(VERIFIED, RESTORED, VERIFIED)).worstStatus()).isEqualTo(RESTORED);
        assertThat(StatusTotals.ofStatuses(List.of(VERIFIED, VERIFIED)).worstStatus()).isEqualTo(VERIFIED);
        assertThat(StatusTotals.ofStatuses(List.of(VERIFIED, VERIFIED)).progress()).isEqualTo(1.0);
    }

    @Test
    void totalsAddUp() {
        StatusTotals sum = StatusTotals.ofStatuses(List.of(DOWN, VERIFIED))
                .plus(StatusTotals.ofStatuses(List.of(DOWN, AT_RISK)));

        assertThat(sum.count(DOWN)).isEqualTo(2);
        assertThat(sum.total()).isEqualTo(4);
        assertThat(sum).isEqualTo(StatusTotals.ofStatuses(List.of(AT_RISK, DOWN, DOWN, VERIFIED)));
    }

    @Test
    void zeroCountsDoNotMakeTotalsDiffer() {
        assertThat(new StatusTotals(Map.of(DOWN, 1, VERIFIED, 0)))
                .isEqualTo(new StatusTotals(Map.of(DOWN, 1)));
    }

    @Test
    void refusesNegativeCounts() {
        assertThatThrownBy(() -> new StatusTotals(Map.of(DOWN, -1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("down");
    }
}
