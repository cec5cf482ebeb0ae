package dev.sitrep.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/// Everything the next shift must know, worked out by [HandoverCompiler] from the incident's state and
/// the journal of the shift that ends. Long lists are already cut to what matters most ([Shortlist]).
///
/// Lists about the past ("what happened") cover the request's window; lists about what comes (tasks,
/// downtime, promises, callbacks) are the state at [HandoverRequest#generatedAt].
public record HandoverSheet(Incident incident, HandoverRequest request, Situation situation,
                            ShiftActivity activity, OpenWork openWork, Shortlist<DowntimeLine> downtime,
                            Shortlist<PromiseLine> promises, Shortlist<CallbackLine> callbacks,
                            Shortlist<DeferredLine> deferred, List<TeamMember> outgoingTeam,
                            List<TeamMember> incomingTeam) {

    public HandoverSheet {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(openWork, "openWork");
        outgoingTeam = List.copyOf(outgoingTeam);
        incomingTeam = List.copyOf(incomingTeam);
    }

    /// The devices at the start and at the end of the shift, and each site.
    public record Situation(StatusTotals atStart, StatusTotals atEnd, Shortlist<SiteProgress> sites) {
    }

    /// One site: its worst open status now, and its recovery now and when the shift started.
    public record SiteProgress(String site, String customer, DeviceStatus worst, int total, int recovered,
                               int totalAtStart, int recoveredAtStart) {

        public double progress() {
            return total == 0 ? 0 : (double) recovered / total;
        }
    }

    /// What the journal says happened during the shift.
    ///
    /// @param restored      devices set to restored during the shift
    /// @param verified      devices set to verified during the shift
    /// @param recovery      those devices by site, most first
    /// @param promisesMet   commitments marked met during the shift
    /// @param promisesMissed commitments marked missed during the shift
    public record ShiftActivity(int restored, int verified, Shortlist<SiteRecovery> recovery,
                                Shortlist<TaskChange> tasksDone, Shortlist<TaskChange> newBlockers,
                                List<IncidentChange> incidentChanges, Shortlist<CustomerCalls> calls,
                                int promisesMet, int promisesMissed) {
        public ShiftActivity {
            incidentChanges = List.copyOf(incidentChanges);
        }
    }

    /// The devices of one site restored or verified during the shift.
    ///
    /// @param devices their names, in the order they came back
    public record SiteRecovery(String site, String customer, int restored, int verified, List<String> devices) {
        public SiteRecovery {
            devices = List.copyOf(devices);
        }
    }

    /// A task that was finished, or blocked, during the shift.
    ///
    /// @param reason       what a blocked task waits for; empty for a finished one
    /// @param stillBlocked whether a task blocked during the shift is blocked still
    public record TaskChange(String title, String place, String by, Instant at, String reason,
                             boolean stillBlocked) {
    }

    /// A change to the incident itself (its phase, its resolution), as a journal sentence.
    public record IncidentChange(Instant at, String by, String what) {
    }

    /// The contact with one customer during the shift, by kind.
    public record CustomerCalls(String customer, int inbound, int outbound, int emails, int statusUpdates,
                                int callbacksMade) {

        public int total() {
            return inbound + outbound + emails + statusUpdates;
        }
    }

    /// The open tasks, by who is on them.
    ///
    /// @param engineers the people with open tasks; those with nobody on them come first
    public record OpenWork(int open, int blocked, List<EngineerTasks> engineers) {
        public OpenWork {
            engineers = List.copyOf(engineers);
        }
    }

    /// One engineer's open tasks, the most pressing first.
    ///
    /// @param engineer their name, or empty for the tasks nobody is on
    public record EngineerTasks(String engineer, int open, int blocked, Shortlist<TaskLine> tasks) {

        public boolean isNobody() {
            return engineer.isEmpty();
        }
    }

    /// An open task as the next shift needs it.
    ///
    /// @param eta      when it is expected done, or `null`
    /// @param downtime its planned downtime, or `null`
    public record TaskLine(String title, String place, TaskStatus status, String blockedReason,
                           Priority priority, Instant eta, EtaState etaState, TimeWindow downtime) {
    }

    /// How an ETA stands when the sheet is made.
    public enum EtaState {
        NONE,
        ON_TIME,
        /// Due within the hour.
        SOON,
        OVERDUE,
        /// Later than a time promised to the customer.
        BREAKS_PROMISE
    }

    /// A planned downtime window in the next 24 hours.
    ///
    /// @param engineer who is on the task, or empty
    /// @param running  whether the window has begun
    public record DowntimeLine(TimeWindow window, String task, String place, String engineer, boolean running) {
    }

    /// A promise to a customer that the next shift must keep an eye on.
    ///
    /// @param taskEta the ETA of the task that delivers it, or `null`
    public record PromiseLine(String customer, String what, Instant due, PromiseState state, Instant taskEta) {
    }

    /// Why a promise is on the sheet.
    public enum PromiseState {
        /// Its time has passed and nobody marked it met.
        OVERDUE,
        /// The task that delivers it is expected later than promised.
        AT_RISK,
        /// Due in the next 24 hours.
        DUE
    }

    /// A call back owed to a customer.
    public record CallbackLine(String customer, String contact, Instant due, String summary, String loggedBy,
                               boolean overdue) {
    }

    /// Another customer's work that slipped, and the customer has not been told.
    ///
    /// @param revisedDue the new date, or `null` when there is none yet
    public record DeferredLine(String customer, String what, Instant originalDue, Instant revisedDue) {
    }

    /// A person on the outgoing or incoming team, with their time on shift in the last 24 hours.
    public record TeamMember(String name, StaffRole role, String phone, Duration lastDay, ShiftHours.Level level,
                             boolean lead) {
    }
}
