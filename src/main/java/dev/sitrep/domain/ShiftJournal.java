package dev.sitrep.domain;

import dev.sitrep.domain.HandoverSheet.CustomerCalls;
import dev.sitrep.domain.HandoverSheet.IncidentChange;
import dev.sitrep.domain.HandoverSheet.ShiftActivity;
import dev.sitrep.domain.HandoverSheet.SiteRecovery;
import dev.sitrep.domain.HandoverSheet.TaskChange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/// What happened during a shift, read from the journal entries inside its window: devices brought back,
/// tasks finished and blocked, changes to the incident, contact with each customer, promises settled.
///
/// Everything comes from the entries' details (names as they were), so a device renamed since still reads
/// as it did then.
final class ShiftJournal {

    private final TaskPlaces places;
    private final HandoverLimits limits;
    private final Map<String, Recovery> recoveryBySite = new LinkedHashMap<>();
    private final Set<UUID> restored = new LinkedHashSet<>();
    private final Set<UUID> verified = new LinkedHashSet<>();
    private final List<TaskChange> tasksDone = new ArrayList<>();
    private final List<TaskChange> blockers = new ArrayList<>();
    private final List<IncidentChange> incidentChanges = new ArrayList<>();
    private final Map<String, Calls> callsByCustomer = new LinkedHashMap<>();
    private int promisesMet;
    private int promisesMissed;

    private ShiftJournal(TaskPlaces places, HandoverLimits limits) {
        this.places = places;
        this.limits = limits;
    }

    /// The activity of `window`, from `journal` (entries outside the window are passed over).
    ///
    /// @param blockedNow the tasks blocked now, to tell which new blockers are cleared since
    static ShiftActivity read(TimeWindow window, List<JournalEntry> journal, Set<UUID> blockedNow,
                              TaskPlaces places, HandoverLimits limits) {
        ShiftJournal shift = new ShiftJournal(places, limits);
        journal.stream()
                .filter(entry -> window.contains(entry.at()))
                .sorted(Comparator.comparing(JournalEntry::at).thenComparingLong(JournalEntry::seq))
                .forEach(entry -> shift.add(entry, blockedNow));
        return shift.activity();
    }

    private void add(JournalEntry entry, Set<UUID> blockedNow) {
        switch (entry.entity()) {
            case IMPACT -> impact(entry);
            case TASK -> task(entry, blockedNow);
            case INCIDENT -> incident(entry);
            case COMMUNICATION -> communication(entry);
            case COMMITMENT -> commitment(entry);
            default -> {
                // inventory, staff and shifts are not part of what the shift achieved
            }
        }
    }

    private void impact(JournalEntry entry) {
        if (entry.action() != JournalAction.STATUS_CHANGED) {
            return;
        }
        UUID device = StatusHistory.deviceOf(entry).orElse(null);
        String to = entry.detail("to");
        boolean isRestored = to.equals(DeviceStatus.RESTORED.wire());
        boolean isVerified = to.equals(DeviceStatus.VERIFIED.wire());
        if (device == null || !(isRestored || isVerified)) {
            return;
        }
        boolean first = isRestored ? restored.add(device) : verified.add(device);
        if (first) {
            recoveryBySite.computeIfAbsent(entry.detail("site") + "\n" + entry.detail("customer"),
                            _ -> new Recovery(entry.detail("site"), entry.detail("customer")))
                    .add(entry.detail("name"), isRestored);
        }
    }

    private void task(JournalEntry entry, Set<UUID> blockedNow) {
        if (entry.action() != JournalAction.STATUS_CHANGED) {
            return;
        }
        String to = entry.detail("to");
        if (to.equals(TaskStatus.DONE.wire())) {
            tasksDone.add(taskChange(entry, "", false));
        } else if (to.equals(TaskStatus.BLOCKED.wire())) {
            blockers.add(taskChange(entry, entry.detail("reason"), blockedNow.contains(taskId(entry))));
        }
    }

    private TaskChange taskChange(JournalEntry entry, String reason, boolean stillBlocked) {
        return new TaskChange(entry.detail("name"), places.of(entry.detail("name"), entry.detail("device"),
                entry.detail("site"), entry.detail("customer")), entry.actor(), entry.at(), reason, stillBlocked);
    }

    private static UUID taskId(JournalEntry entry) {
        try {
            return UUID.fromString(entry.entityId());
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    private void incident(JournalEntry entry) {
        switch (entry.action()) {
            case DECLARED, PHASE_CHANGED, RESOLVED, REOPENED ->
                    incidentChanges.add(new IncidentChange(entry.at(), entry.actor(), JournalSentence.describe(entry)));
            default -> {
                // edits to the title or summary are not news for the next shift
            }
        }
    }

    private void communication(JournalEntry entry) {
        String customer = entry.detail("customer");
        if (customer.isEmpty()) {
            return;
        }
        switch (entry.action()) {
            case LOGGED -> WireEnum.parse(CommunicationKind.class, entry.detail("kind"))
                    .ifPresent(kind -> calls(customer).add(kind));
            case CALLBACK_DONE -> calls(customer).callbacksMade++;
            default -> {
                // corrections to a logged call are not more contact
            }
        }
    }

    private Calls calls(String customer) {
        return callsByCustomer.computeIfAbsent(customer, Calls::new);
    }

    private void commitment(JournalEntry entry) {
        if (entry.action() != JournalAction.STATUS_CHANGED) {
            return;
        }
        String to = entry.detail("to");
        if (to.equals(CommitmentState.MET.wire())) {
            promisesMet++;
        } else if (to.equals(CommitmentState.MISSED.wire())) {
            promisesMissed++;
        }
    }

    private ShiftActivity activity() {
        List<SiteRecovery> recovery = recoveryBySite.values().stream()
                .map(Recovery::toLine)
                .sorted(Comparator.comparingInt((SiteRecovery line) -> line.restored() + line.verified()).reversed()
                        .thenComparing(SiteRecovery::site, String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<TaskChange> newestDone = tasksDone.reversed();
        List<TaskChange> stillBlockedFirst = blockers.reversed().stream()
                .sorted(Comparator.comparing(TaskChange::stillBlocked).reversed())
                .toList();
        List<CustomerCalls> calls = callsByCustomer.values().stream()
                .map(Calls::toLine)
                .sorted(Comparator.comparingInt(CustomerCalls::total).reversed()
                        .thenComparing(CustomerCalls::customer, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new ShiftActivity(restored.size(), verified.size(), Shortlist.of(recovery, limits.recoverySites()),
                Shortlist.of(newestDone, limits.tasksDone()),
                Shortlist.of(stillBlockedFirst, limits.blockers()), incidentChanges,
                Shortlist.of(calls, limits.customers()), promisesMet, promisesMissed);
    }

    /// The devices of one site brought back during the shift.
    private static final class Recovery {
        private final String site;
        private final String customer;
        private final List<String> devices = new ArrayList<>();
        private int restored;
        private int verified;

        Recovery(String site, String customer) {
            this.site = site;
            this.customer = customer;
        }

        void add(String device, boolean isRestored) {
            if (isRestored) {
                restored++;
            } else {
                verified++;
            }
            if (!device.isEmpty() && !devices.contains(device)) {
                devices.add(device);
            }
        }

        SiteRecovery toLine() {
            return new SiteRecovery(site, customer, restored, verified, devices);
        }
    }

    /// One customer's contact during the shift.
    private static final class Calls {
        private final String customer;
        private int inbound;
        private int outbound;
        private int emails;
        private int statusUpdates;
        private int callbacksMade;

        Calls(String customer) {
            this.customer = customer;
        }

        void add(CommunicationKind kind) {
            switch (kind) {
                case INBOUND_CALL -> inbound++;
                case OUTBOUND_CALL -> outbound++;
                case EMAIL -> emails++;
                case STATUS_UPDATE -> statusUpdates++;
                case INTERNAL_NOTE -> {
                    // a note to ourselves is not contact with the customer
                }
            }
        }

        CustomerCalls toLine() {
            return new CustomerCalls(customer, inbound, outbound, emails, statusUpdates, callbacksMade);
        }
    }
}
