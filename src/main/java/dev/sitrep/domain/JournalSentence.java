package dev.sitrep.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

/// Turns a journal entry into the readable part of a timeline line: what was done to what, without the
/// time and without the actor, so that "Priya Shah" + [#describe] reads "Priya Shah set EXCH-02 (Leeds) to
/// restored".
///
/// Everything comes from the entry's details, captured when the change was made (see the journal details
/// convention in the architecture notes): the sentence describes the world as it was then, without a lookup.
/// Missing details and combinations this version does not know still give a sentence, never an error.
public final class JournalSentence {

    private JournalSentence() {
    }

    /// The sentence for `entry`, starting with a lower-case verb: "set EXCH-02 (Leeds) to restored".
    public static String describe(JournalEntry entry) {
        return switch (entry.action()) {
            case IMPORTED -> imported(entry);
            case SIGNED_IN -> signedIn(entry);
            default -> switch (entry.entity()) {
                case INCIDENT -> incident(entry);
                case IMPACT -> impact(entry);
                case TASK -> task(entry);
                case COMMUNICATION -> communication(entry);
                case COMMITMENT -> commitment(entry);
                case DEFERRED_WORK -> deferredWork(entry);
                case SHIFT -> shift(entry);
                case CUSTOMER, SITE, DEVICE, STAFF -> inventory(entry);
                case TEMPLATE -> template(entry);
                case DATABASE -> database(entry);
            };
        };
    }

    // Incidents

    private static String incident(JournalEntry entry) {
        String code = nameOr(entry, "the incident");
        return switch (entry.action()) {
            case DECLARED -> "declared " + code + prefixed(": ", entry.detail("title"));
            case UPDATED -> updated(code, entry);
            case PHASE_CHANGED -> "moved " + code + fromTo(entry, Phase.class);
            case RESOLVED -> "resolved " + code;
            case REOPENED -> "reopened " + code + prefixed(" as ", label(Phase.class, entry.detail("to")))
                    + prefixed(": ", entry.detail("reason"));
            default -> fallback(entry, code);
        };
    }

    // Impacts: one device in one incident

    private static String impact(JournalEntry entry) {
        String device = deviceName(entry);
        return switch (entry.action()) {
            case CREATED -> "added " + device + " to the incident"
                    + prefixed(" as ", label(DeviceStatus.class, firstOf(entry, "to", "status")))
                    + prefixed(": ", entry.detail("note"));
            case STATUS_CHANGED -> "set " + device + " to " + labelOr(DeviceStatus.class, entry.detail("to"),
                    "a new status") + prefixed(": ", entry.detail("note"));
            case ASSIGNED -> assigned(entry, device);
            case UPDATED -> impactUpdated(entry, device);
            default -> fallback(entry, device);
        };
    }

    private static String impactUpdated(JournalEntry entry, String device) {
        if (!entry.detail("note").isEmpty()) {
            return "updated the note on " + device + ": " + entry.detail("note");
        }
        if (entry.detail("fields").strip().equals("note")) {
            return "cleared the note on " + device;
        }
        return updated(device, entry);
    }

    // Tasks

    private static String task(JournalEntry entry) {
        String task = "task " + quotedNameOr(entry, "without a title");
        return switch (entry.action()) {
            case CREATED -> "added " + task + where(entry);
            case UPDATED -> updated(task, entry);
            case STATUS_CHANGED -> "set " + task + " to " + labelOr(TaskStatus.class, entry.detail("to"),
                    "a new status") + prefixed(": ", entry.detail("reason"));
            case ASSIGNED -> assigned(entry, task);
            default -> fallback(entry, task);
        };
    }

    // Customer contact

    private static String communication(JournalEntry entry) {
        String customer = entry.detail("customer");
        String summary = prefixed(": ", quoted(entry.detail("name")));
        return switch (entry.action()) {
            case LOGGED -> "logged " + communicationKind(entry.detail("kind"), customer) + summary;
            case UPDATED -> "updated the " + communicationNoun(entry.detail("kind")) + with(customer) + summary;
            case CALLBACK_DONE -> "called back " + (customer.isEmpty() ? "the customer" : customer) + summary;
            default -> fallback(entry, "a communication" + with(customer));
        };
    }

    private static String communicationKind(String kindWord, String customer) {
        return WireEnum.parse(CommunicationKind.class, kindWord).map(kind -> switch (kind) {
            case INBOUND_CALL -> "a call from " + orTheCustomer(customer);
            case OUTBOUND_CALL -> "a call to " + orTheCustomer(customer);
            case EMAIL -> "an email with " + orTheCustomer(customer);
            case STATUS_UPDATE -> "a status update to " + orTheCustomer(customer);
            case INTERNAL_NOTE -> "an internal note" + (customer.isEmpty() ? "" : " about " + customer);
        }).orElse("a communication" + with(customer));
    }

    private static String communicationNoun(String kindWord) {
        return WireEnum.parse(CommunicationKind.class, kindWord).map(WireEnum::label).orElse("communication");
    }

    private static String with(String customer) {
        return customer.isEmpty() ? "" : " with " + customer;
    }

    private static String orTheCustomer(String customer) {
        return customer.isEmpty() ? "the customer" : customer;
    }

    // Promises to customers and work that slipped

    private static String commitment(JournalEntry entry) {
        String customer = entry.detail("customer");
        String what = quotedNameOr(entry, "");
        String commitment = "the commitment" + (customer.isEmpty() ? "" : " to " + customer) + prefixed(" ", what);
        return switch (entry.action()) {
            case CREATED -> "promised " + (customer.isEmpty() ? "a customer" : customer) + prefixed(" ", what);
            case UPDATED -> updated(commitment, entry);
            case STATUS_CHANGED -> "marked " + commitment + " "
                    + labelOr(CommitmentState.class, entry.detail("to"), "changed");
            default -> fallback(entry, commitment);
        };
    }

    private static String deferredWork(JournalEntry entry) {
        String customer = entry.detail("customer");
        String what = quotedNameOr(entry, "work");
        String forCustomer = customer.isEmpty() ? "" : " for " + customer;
        return switch (entry.action()) {
            case CREATED -> "deferred " + what + forCustomer;
            case UPDATED -> updated("deferred work " + what + forCustomer, entry);
            default -> fallback(entry, "deferred work " + what + forCustomer);
        };
    }

    // Shifts

    private static String shift(JournalEntry entry) {
        String lead = entry.detail("lead");
        String name = entry.detail("name");
        String ledBy = lead.isEmpty() ? "" : " led by " + lead;
        String theShift = lead.isEmpty() && !name.isEmpty() ? "the shift " + name : "the shift" + ledBy;
        return switch (entry.action()) {
            case SHIFT_STARTED -> lead.isEmpty() && !name.isEmpty() ? "started " + theShift : "started a shift" + ledBy;
            case SHIFT_ENDED -> "ended " + theShift;
            case UPDATED -> joinedOrLeft(theShift, entry).orElseGet(() -> updated(theShift, entry));
            default -> fallback(entry, theShift);
        };
    }

    /// "joined the shift led by Priya Shah", "took Sam Lee off ...": who started or ended their stint, when
    /// that is the whole change.
    private static Optional<String> joinedOrLeft(String theShift, JournalEntry entry) {
        if (!entry.detail("fields").equals("members")) {
            return Optional.empty();
        }
        String joined = entry.detail("joined");
        String left = entry.detail("left");
        if (!joined.isEmpty() && left.isEmpty()) {
            return Optional.of(joined.equals(entry.actor()) ? "joined " + theShift
                    : "put " + joined + " on " + theShift);
        }
        if (joined.isEmpty() && !left.isEmpty()) {
            return Optional.of(left.equals(entry.actor()) ? "left " + theShift
                    : "took " + left + " off " + theShift);
        }
        return Optional.empty();
    }

    // Status-update templates

    /// "added the template “Status update”", "renamed the template “Update” to “Status update”", "changed the
    /// body of the template “Status update”", "deleted the template “Status update”".
    private static String template(JournalEntry entry) {
        String template = "the template " + quotedNameOr(entry, "without a name");
        String previous = entry.detail("previousName");
        return switch (entry.action()) {
            case CREATED -> "added " + template;
            case UPDATED -> !previous.isEmpty() && entry.detail("fields").equals("name")
                    ? "renamed the template " + quoted(previous) + " to " + quoted(entry.detail("name"))
                    : updated(template, entry) + (previous.isEmpty() ? "" : " (was " + quoted(previous) + ")");
            case DELETED -> "deleted " + template;
            default -> fallback(entry, template);
        };
    }

    // Inventory and staff

    private static String inventory(JournalEntry entry) {
        String thing = switch (entry.entity()) {
            case DEVICE -> "device " + deviceName(entry);
            case SITE -> "site " + nameOr(entry, "without a name") + prefixed(" of ", entry.detail("customer"));
            case STAFF -> "staff member " + nameOr(entry, "without a name");
            default -> noun(entry.entity()) + " " + nameOr(entry, "without a name");
        };
        return switch (entry.action()) {
            case CREATED -> "added " + thing;
            case UPDATED -> updated(thing, entry);
            default -> fallback(entry, thing);
        };
    }

    private static String signedIn(JournalEntry entry) {
        String role = label(StaffRole.class, entry.detail("role"));
        return "signed in" + prefixed(" as ", role);
    }

    /// "imported the snapshot night-shift.json (1,204 added, 3 updated)".
    private static String database(JournalEntry entry) {
        String snapshot = "the snapshot " + nameOr(entry, "without a name");
        String counts = prefixed(" (", entry.detail("counts")) + (entry.detail("counts").isEmpty() ? "" : ")");
        return switch (entry.action()) {
            case IMPORTED -> "imported " + snapshot + counts;
            case REPLACED -> "replaced the database with " + snapshot + counts;
            default -> fallback(entry, "the database");
        };
    }

    private static String imported(JournalEntry entry) {
        if (entry.entity() == EntityType.DATABASE) {
            return database(entry);
        }
        String name = entry.detail("name");
        return name.isEmpty() ? "imported " + plural(entry.entity()) : "imported " + noun(entry.entity()) + " " + name;
    }

    // Shared phrasing

    private static String assigned(JournalEntry entry, String thing) {
        String engineer = entry.detail("engineer");
        return engineer.isEmpty() ? "took the engineer off " + thing : "put " + engineer + " on " + thing;
    }

    private static String updated(String thing, JournalEntry entry) {
        List<String> fields = Arrays.stream(entry.detail("fields").split(","))
                .map(JournalSentence::fieldName)
                .filter(field -> !field.isEmpty())
                .toList();
        return fields.isEmpty() ? "updated " + thing : "changed the " + listed(fields) + " of " + thing;
    }

    /// For a pairing that has no sentence of its own (a newer console wrote it, or a new use of an action):
    /// the action's verb, then the thing.
    private static String fallback(JournalEntry entry, String thing) {
        return switch (entry.action()) {
            case CREATED -> "added " + thing;
            case UPDATED -> updated(thing, entry);
            case DELETED -> "removed " + thing;
            case DECLARED -> "declared " + thing;
            case PHASE_CHANGED, STATUS_CHANGED -> "changed " + thing + fromTo(entry, null);
            case RESOLVED -> "resolved " + thing;
            case REOPENED -> "reopened " + thing + prefixed(": ", entry.detail("reason"));
            case ASSIGNED -> assigned(entry, thing);
            case LOGGED -> "logged " + thing;
            case CALLBACK_DONE -> "marked the callback on " + thing + " done";
            case SHIFT_STARTED -> "started " + thing;
            case SHIFT_ENDED -> "ended " + thing;
            case SIGNED_IN -> "signed in";
            case IMPORTED -> "imported " + thing;
            case REPLACED -> "replaced " + thing;
            case OTHER -> "changed " + thing;
        };
    }

    /// A device as people name it: "EXCH-02 (Leeds)", the site, or the customer when no site was captured.
    private static String deviceName(JournalEntry entry) {
        String place = entry.detail("site").isEmpty() ? entry.detail("customer") : entry.detail("site");
        return nameOr(entry, "a device") + (place.isEmpty() ? "" : " (" + place + ")");
    }

    private static String where(JournalEntry entry) {
        String site = entry.detail("site");
        String customer = entry.detail("customer");
        if (!site.isEmpty()) {
            return " at " + site + prefixed(", ", customer);
        }
        return prefixed(" for ", customer);
    }

    private static <E extends Enum<E> & WireEnum> String fromTo(JournalEntry entry, Class<E> words) {
        String from = words == null ? entry.detail("from").replace('_', ' ') : label(words, entry.detail("from"));
        String to = words == null ? entry.detail("to").replace('_', ' ') : label(words, entry.detail("to"));
        return prefixed(" from ", from) + prefixed(" to ", to);
    }

    /// The label of a stored word ("at_risk" → "at risk"); a word this version does not know is shown as
    /// it reads, and an empty word stays empty.
    private static <E extends Enum<E> & WireEnum> String label(Class<E> type, String word) {
        return WireEnum.parse(type, word).map(WireEnum::label).orElse(word.replace('_', ' '));
    }

    private static <E extends Enum<E> & WireEnum> String labelOr(Class<E> type, String word, String otherwise) {
        String label = label(type, word);
        return label.isEmpty() ? otherwise : label;
    }

    /// "severity" → "severity"; "updateCadence" or "update_cadence" → "update cadence".
    private static String fieldName(String field) {
        return field.strip()
                .replaceAll("([a-z])([A-Z])", "$1 $2")
                .replace('_', ' ')
                .toLowerCase(Locale.ROOT);
    }

    private static String listed(List<String> items) {
        if (items.size() == 1) {
            return items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }

    private static String noun(EntityType entity) {
        return entity.label();
    }

    private static String plural(EntityType entity) {
        return switch (entity) {
            case STAFF -> "staff";
            case DEFERRED_WORK -> "deferred work";
            default -> entity.label() + "s";
        };
    }

    /// The first of `keys` that has a value, or empty.
    private static String firstOf(JournalEntry entry, String... keys) {
        for (String key : keys) {
            if (!entry.detail(key).isEmpty()) {
                return entry.detail(key);
            }
        }
        return "";
    }

    private static String nameOr(JournalEntry entry, String otherwise) {
        String name = entry.detail("name");
        return name.isEmpty() ? otherwise : name;
    }

    private static String quotedNameOr(JournalEntry entry, String otherwise) {
        String name = entry.detail("name");
        return name.isEmpty() ? otherwise : quoted(name);
    }

    private static String quoted(String text) {
        return text.isEmpty() ? "" : "“" + text + "”";
    }

    private static String prefixed(String joiner, String value) {
        return value.isEmpty() ? "" : joiner + value;
    }
}
