package dev.sitrep.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

/// How pressing one affected customer is for the technical account managers at a moment, and the order the
/// customer board lists customers in: the ones the war room is letting down first.
///
/// A customer whose status update is overdue comes first, the most overdue first; then one whose call back
/// is overdue, the longest waiting first; then one with a commitment at risk; then everyone else. Within the
/// last two groups the soonest update due comes first. Ties go by name, so the order never flickers.
///
/// @param updateDue           when their next status update is due; `null` when none is owed (a resolved
///                            incident)
/// @param earliestCallbackDue the earliest call back still owed to them, or `null` when none is
/// @param commitmentsAtRisk   their pending commitments whose task is expected after the time promised
public record CustomerAttention(UUID customerId, String name, Instant updateDue, Instant earliestCallbackDue,
                                int commitmentsAtRisk) {

    /// Why a customer stands where they stand, the most pressing first.
    public enum Reason implements WireEnum {
        UPDATE_OVERDUE, CALLBACK_OVERDUE, COMMITMENT_AT_RISK, NOTHING_PRESSING;

        @Override
        public String wire() {
            return WireEnum.wireOf(this);
        }
    }

    public CustomerAttention {
        Objects.requireNonNull(customerId, "customerId");
        name = Text.orEmpty(name);
        if (commitmentsAtRisk < 0) {
            throw new IllegalArgumentException("commitmentsAtRisk must not be negative: " + commitmentsAtRisk);
        }
    }

    /// The first of the reasons that holds at `now`. Something due exactly now is not late yet.
    public Reason reason(Instant now) {
        if (updateDue != null && now.isAfter(updateDue)) {
            return Reason.UPDATE_OVERDUE;
        }
        if (earliestCallbackDue != null && now.isAfter(earliestCallbackDue)) {
            return Reason.CALLBACK_OVERDUE;
        }
        return commitmentsAtRisk > 0 ? Reason.COMMITMENT_AT_RISK : Reason.NOTHING_PRESSING;
    }

    /// Most urgent first at `now`: by [Reason], then by the time that put the customer in their group (the
    /// update's due time, or the call back's for an overdue call back), then by when the next update is due,
    /// then by name.
    public static Comparator<CustomerAttention> mostUrgentFirst(Instant now) {
        Objects.requireNonNull(now, "now");
        Comparator<Instant> soonestFirst = Comparator.nullsLast(Comparator.naturalOrder());
        return Comparator.comparing((CustomerAttention customer) -> customer.reason(now))
                .thenComparing(customer -> customer.decidingTime(now), soonestFirst)
                .thenComparing(CustomerAttention::updateDue, soonestFirst)
                .thenComparing(CustomerAttention::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(CustomerAttention::customerId);
    }

    private Instant decidingTime(Instant now) {
        return reason(now) == Reason.CALLBACK_OVERDUE ? earliestCallbackDue : updateDue;
    }
}
