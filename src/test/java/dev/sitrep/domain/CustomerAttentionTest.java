package dev.sitrep.domain;

import dev.sitrep.domain.CustomerAttention.Reason;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomerAttentionTest {

    private static final Instant NOW = Instant.parse("2026-11-23T14:00:00Z");

    private static Instant minutes(int fromNow) {
        return NOW.plus(Duration.ofMinutes(fromNow));
    }

    private static CustomerAttention customer(String name, Instant updateDue, Instant callbackDue, int atRisk) {
        return new CustomerAttention(UUID.nameUUIDFromBytes(name.getBytes()), name, updateDue, callbackDue, atRisk);
    }

    private static List<String> sorted(CustomerAttention... customers) {
        List<CustomerAttention> list = new ArrayList<>(List.of(customers));
        list.sort(CustomerAttention.mostUrgentFirst(NOW));
        return list.stream().map(CustomerAttention::name).toList();
    }

    @Test
    void anOverdueUpdateComesBeforeAnOverdueCallBackBeforeACommitmentAtRiskBeforeTheRest() {
        CustomerAttention calm = customer("Calm", minutes(5), null, 0);
        CustomerAttention atRisk = customer("At risk", minutes(90), null, 1);
        CustomerAttention waitingForCall = customer("Waiting", minutes(60), minutes(-30), 2);
        CustomerAttention late = customer("Late", minutes(-1), null, 0);

        assertThat(sorted(calm, atRisk, waitingForCall, late)).containsExactly("Late", "Waiting", "At risk", "Calm");
        assertThat(late.reason(NOW)).isEqualTo(Reason.UPDATE_OVERDUE);
        assertThat(waitingForCall.reason(NOW)).as("an overdue call back outranks a commitment at risk")
                .isEqualTo(Reason.CALLBACK_OVERDUE);
        assertThat(atRisk.reason(NOW)).isEqualTo(Reason.COMMITMENT_AT_RISK);
        assertThat(calm.reason(NOW)).isEqualTo(Reason.NOTHING_PRESSING);
    }

    @Test
    void theMostOverdueUpdateComesFirst() {
        assertThat(sorted(customer("Ten late", minutes(-10), null, 0), customer("Hour late", minutes(-60), null, 0),
                customer("Overdue and waiting", minutes(-5), minutes(-90), 1)))
                .containsExactly("Hour late", "Ten late", "Overdue and waiting");
    }

    @Test
    void amongOverdueCallBacksTheLongestWaitingComesFirstWhateverTheirUpdates() {
        assertThat(sorted(customer("Waiting 5", minutes(10), minutes(-5), 0),
                customer("Waiting 40", minutes(100), minutes(-40), 0)))
                .containsExactly("Waiting 40", "Waiting 5");
    }

    @Test
    void theRestGoBySoonestUpdateDueThenByName() {
        assertThat(sorted(customer("Later", minutes(50), null, 0), customer("bolt", minutes(20), null, 0),
                customer("Acme", minutes(20), minutes(5), 0), customer("None owed", null, null, 0)))
                .containsExactly("Acme", "bolt", "Later", "None owed");
    }

    @Test
    void somethingDueExactlyNowIsNotLateYet() {
        CustomerAttention dueNow = customer("Due now", NOW, NOW, 0);

        assertThat(dueNow.reason(NOW)).isEqualTo(Reason.NOTHING_PRESSING);
        assertThat(dueNow.reason(NOW.plusSeconds(1))).isEqualTo(Reason.UPDATE_OVERDUE);
    }

    @Test
    void aCallBackStillToComeIsNotPressing() {
        assertThat(customer("Soon", minutes(30), minutes(5), 0).reason(NOW)).isEqualTo(Reason.NOTHING_PRESSING);
    }

    @Test
    void theReasonReadsAsWords() {
        assertThat(Reason.CALLBACK_OVERDUE.label()).isEqualTo("callback overdue");
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThatThrownBy(() -> customer("Broken", NOW, null, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
