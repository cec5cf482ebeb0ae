package dev.sitrep.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/// When each affected customer is owed their next status update, by the incident's cadence.
///
/// A customer's next update is due one cadence after their last status update, or after the declaration
/// while they have had none. A resolved incident owes no further updates.
///
/// @param due one entry per affected customer, the soonest due first
public record UpdateSchedule(Incident incident, List<CustomerDue> due) {

    public UpdateSchedule {
        Objects.requireNonNull(incident, "incident");
        due = List.copyOf(due);
    }

    /// The schedule of `incident` for the customers it affects, from the communications logged so far.
    ///
    /// @param communications the incident's communications; only status updates to affected customers count
    public static UpdateSchedule of(Incident incident, Collection<UUID> affectedCustomers,
                                    Collection<Communication> communications) {
        if (!incident.isOpen()) {
            return new UpdateSchedule(incident, List.of());
        }
        Map<UUID, Instant> lastUpdates = lastStatusUpdates(incident, communications);
        List<CustomerDue> due = new LinkedHashSet<>(affectedCustomers).stream()
                .map(customer -> dueFor(incident, customer, lastUpdates.get(customer)))
                .sorted(Comparator.comparing(CustomerDue::dueAt).thenComparing(CustomerDue::customerId))
                .toList();
        return new UpdateSchedule(incident, due);
    }

    /// The customer whose update is due soonest (or most overdue); empty when none is owed.
    public Optional<CustomerDue> next() {
        return due.stream().findFirst();
    }

    /// The earliest time an update is due across the affected customers.
    public Optional<Instant> nextDueAt() {
        return next().map(CustomerDue::dueAt);
    }

    /// Some customer's update is late at `now`.
    public boolean isOverdue(Instant now) {
        return next().map(customer -> customer.isOverdue(now)).orElse(false);
    }

    /// How pressing the next update is at `now`, the wall's colour for its countdown.
    public enum Urgency {
        /// No update is owed: the incident is resolved, or affects no customer yet.
        NONE,
        /// Due later than the warning time.
        LATER,
        /// Due within the warning time.
        SOON,
        /// Late.
        OVERDUE;

        /// How pressing something due at `due` is at `now`: [#SOON] from `warning` before it, [#OVERDUE] once
        /// `now` is past it, [#NONE] when nothing is due (`due` is `null`). A call back or a promise is as
        /// pressing as an update by the same rule.
        public static Urgency of(Instant due, Instant now, Duration warning) {
            if (due == null) {
                return NONE;
            }
            Duration left = Duration.between(now, due);
            return left.isNegative() ? OVERDUE : left.compareTo(warning) <= 0 ? SOON : LATER;
        }
    }

    /// [Urgency#SOON] from `warning` before the next update is due, [Urgency#OVERDUE] once it is late.
    public Urgency urgency(Instant now, Duration warning) {
        return Urgency.of(nextDueAt().orElse(null), now, warning);
    }

    /// Time until the next update is due; negative once it is overdue, empty when none is owed.
    public Optional<Duration> remaining(Instant now) {
        return next().map(customer -> customer.remaining(now));
    }

    /// The customers whose update is late at `now`, most overdue first.
    public List<CustomerDue> overdue(Instant now) {
        return due.stream().filter(customer -> customer.isOverdue(now)).toList();
    }

    public Optional<CustomerDue> forCustomer(UUID customerId) {
        return due.stream().filter(customer -> customer.customerId().equals(customerId)).findFirst();
    }

    private static CustomerDue dueFor(Incident incident, UUID customer, Instant lastUpdate) {
        Instant since = lastUpdate == null || lastUpdate.isBefore(incident.declaredAt())
                ? incident.declaredAt() : lastUpdate;
        return new CustomerDue(customer, lastUpdate, since.plus(incident.updateCadence()));
    }

    private static Map<UUID, Instant> lastStatusUpdates(Incident incident, Collection<Communication> communications) {
        Map<UUID, Instant> last = new HashMap<>();
        for (Communication communication : communications) {
            if (communication.kind() == CommunicationKind.STATUS_UPDATE
                    && communication.customerId() != null
                    && communication.incidentId().equals(incident.id())) {
                last.merge(communication.customerId(), communication.at(),
                        (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return last;
    }

    /// When one customer's next update is due.
    ///
    /// @param lastUpdateAt their last status update in the incident, or `null` if they have had none
    public record CustomerDue(UUID customerId, Instant lastUpdateAt, Instant dueAt) {

        public CustomerDue {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(dueAt, "dueAt");
        }

        /// The update is late: `now` is past its due time.
        public boolean isOverdue(Instant now) {
            return now.isAfter(dueAt);
        }

        /// Time until it is due; negative once it is overdue.
        public Duration remaining(Instant now) {
            return Duration.between(now, dueAt);
        }
    }
}
