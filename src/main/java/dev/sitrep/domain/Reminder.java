package dev.sitrep.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/// Something a TAM must act on now: a customer's status update is overdue, or a promised call back has
/// fallen due. Each has a key that stays the same while it is the same event, so it is announced once; a
/// new due time (the update was sent, the cadence clock restarted, and it fell due again) is a new event.
///
/// @param customerId      the customer owed the update or the call, `null` for a call back to nobody known
/// @param communicationId the call whose call back is due; `null` for an update
public record Reminder(String key, Kind kind, UUID customerId, UUID communicationId, String contact,
                       Instant dueAt) {

    public enum Kind {
        UPDATE_OVERDUE, CALLBACK_DUE
    }

    public Reminder {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        contact = Text.orEmpty(contact);
        Objects.requireNonNull(dueAt, "dueAt");
    }

    /// What is due at `now`, earliest first: overdue updates by the schedule, and call backs whose time
    /// has come and that nobody has marked done.
    public static List<Reminder> due(UpdateSchedule schedule, Collection<Communication> communications,
                                     Instant now) {
        List<Reminder> due = new ArrayList<>();
        for (UpdateSchedule.CustomerDue customer : schedule.due()) {
            if (customer.isOverdue(now)) {
                due.add(new Reminder("update:" + customer.customerId() + "@" + customer.dueAt(),
                        Kind.UPDATE_OVERDUE, customer.customerId(), null, "", customer.dueAt()));
            }
        }
        for (Communication call : communications) {
            if (call.callbackPending() && !call.callbackDue().isAfter(now)) {
                due.add(new Reminder("callback:" + call.id() + "@" + call.callbackDue(), Kind.CALLBACK_DUE,
                        call.customerId(), call.id(), call.contact(), call.callbackDue()));
            }
        }
        due.sort(Comparator.comparing(Reminder::dueAt).thenComparing(Reminder::key));
        return due;
    }
}
