package dev.sitrep.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/// A call, e-mail, status update or internal note about a customer.
///
/// @param customerId     the customer, or `null` for an internal note about no one in particular
/// @param channel        how it came in or went out (phone, Teams, SMS, ...), free text
/// @param loggedBy       the operator who logged it
/// @param callbackDue    when the customer expects a call back, or `null`
/// @param callbackDoneAt when that call back was made, or `null`
public record Communication(UUID id, UUID incidentId, UUID customerId, CommunicationKind kind, String channel,
                            String contact, String summary, Urgency urgency, String loggedBy, Instant at,
                            Instant callbackDue, Instant callbackDoneAt) {

    public Communication {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(kind, "kind");
        channel = Text.orEmpty(channel);
        contact = Text.orEmpty(contact);
        summary = Text.orEmpty(summary);
        urgency = Objects.requireNonNullElse(urgency, Urgency.NORMAL);
        loggedBy = Text.orEmpty(loggedBy);
        Objects.requireNonNull(at, "at");
    }

    /// A call back is owed and not yet made.
    public boolean callbackPending() {
        return callbackDue != null && callbackDoneAt == null;
    }
}
