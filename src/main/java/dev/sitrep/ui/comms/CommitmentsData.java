package dev.sitrep.ui.comms;

import dev.sitrep.domain.Commitment;
import dev.sitrep.domain.CommitmentState;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.EtaRisk;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.Text;
import dev.sitrep.domain.UpdateSchedule.Urgency;
import dev.sitrep.store.CommitmentRevision;
import dev.sitrep.store.Store;
import dev.sitrep.ui.comms.CommitmentsViewModel.Row;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/// The incident's commitments with what their rows need (revisions, tasks, customers), read together off the
/// FX thread; the rows and their due times are worked out from it for any moment.
record CommitmentsData(Incident incident, List<Commitment> commitments, Map<UUID, List<CommitmentRevision>> revisions,
                       Map<UUID, IncidentTask> tasks, Map<UUID, Customer> customers) {

    static CommitmentsData load(Store store, Incident incident) {
        List<Commitment> commitments = store.commitments().forIncident(incident.id());
        Map<UUID, List<CommitmentRevision>> revisions = commitments.stream().collect(Collectors.toMap(
                Commitment::id, commitment -> store.commitments().revisions(commitment.id())));
        return new CommitmentsData(incident, commitments, revisions, store.tasks().forIncident(incident.id())
                .stream().collect(Collectors.toMap(IncidentTask::id, Function.identity())),
                store.inventory().customers().stream().collect(Collectors.toMap(Customer::id, Function.identity())));
    }

    Optional<Commitment> find(UUID id) {
        return commitments.stream().filter(commitment -> commitment.id().equals(id)).findFirst();
    }

    String customerName(UUID customerId) {
        Customer customer = customers.get(customerId);
        return customer == null ? "the customer" : customer.name();
    }

    /// The customers the incident's commitments were made to, by name.
    List<Customer> promisedCustomers() {
        return commitments.stream().map(commitment -> customers.get(commitment.customerId()))
                .filter(Objects::nonNull).distinct()
                .sorted(Comparator.comparing(Customer::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /// Every commitment as a row at `now`: pending ones first, then by due time.
    List<Row> rows(Instant now, ZoneId zone) {
        Set<UUID> atRisk = EtaRisk.commitmentsAtRisk(commitments, tasks.values());
        return commitments.stream()
                .sorted(Comparator.comparing((Commitment commitment) -> !commitment.state().isPending())
                        .thenComparing(Commitment::dueAt))
                .map(commitment -> row(commitment, atRisk.contains(commitment.id()), now, zone))
                .toList();
    }

    private Row row(Commitment commitment, boolean atRisk, Instant now, ZoneId zone) {
        String customer = customerName(commitment.customerId());
        boolean pending = commitment.state().isPending();
        IncidentTask task = commitment.taskId() == null ? null : tasks.get(commitment.taskId());
        String eta = task == null || task.eta() == null ? "" : DueText.time(task.eta(), now, zone);
        String taskText = task == null ? "" : task.title() + (eta.isEmpty() ? "" : " · ETA " + eta);
        return new Row(commitment.id(), commitment.customerId(), customer, commitment.what(),
                pending ? DueText.due(commitment.dueAt(), now, zone) : DueText.time(commitment.dueAt(), now, zone),
                pending ? Urgency.of(commitment.dueAt(), now, DueText.WARNING) : Urgency.NONE,
                history(revisions.getOrDefault(commitment.id(), List.of()), now, zone), commitment.state(),
                atRisk ? "at risk: task ETA " + eta : "", taskText,
                String.join(" ", customer, commitment.what(), taskText).toLowerCase(Locale.ROOT));
    }

    /// "promised 12:00, then 14:00, then 16:30"; empty for a time never revised.
    private static String history(List<CommitmentRevision> revisions, Instant now, ZoneId zone) {
        if (revisions.isEmpty()) {
            return "";
        }
        return "promised " + Stream.concat(Stream.of(revisions.getFirst().previousDue()),
                        revisions.stream().map(CommitmentRevision::newDue))
                .map(due -> DueText.time(due, now, zone)).collect(Collectors.joining(", then "));
    }

    /// "6 pending · 2 at risk · 1 overdue · 1 missed of 9 commitments".
    String summary(Instant now) {
        long pending = commitments.stream().filter(c -> c.state().isPending()).count();
        long atRisk = EtaRisk.commitmentsAtRisk(commitments, tasks.values()).size();
        long overdue = commitments.stream().filter(c -> c.state().isPending() && now.isAfter(c.dueAt())).count();
        long missed = commitments.stream().filter(c -> c.state() == CommitmentState.MISSED).count();
        List<String> parts = new ArrayList<>();
        parts.add(pending + " pending");
        Stream.of(atRisk == 0 ? "" : atRisk + " at risk", overdue == 0 ? "" : overdue + " overdue",
                missed == 0 ? "" : missed + " missed").filter(part -> !part.isEmpty()).forEach(parts::add);
        return String.join(" · ", parts) + " of " + Text.count(commitments.size(), "commitment");
    }
}
