package dev.sitrep.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/// Which promises to customers are at risk: a pending commitment whose linked task is not done and is
/// expected (its ETA) after the time promised.
public final class EtaRisk {

    private EtaRisk() {
    }

    /// Whether `commitment` is at risk, given the incident's tasks by id.
    public static boolean atRisk(Commitment commitment, Map<UUID, IncidentTask> tasks) {
        if (!commitment.state().isPending() || commitment.taskId() == null) {
            return false;
        }
        IncidentTask task = tasks.get(commitment.taskId());
        return task != null && task.status() != TaskStatus.DONE && task.eta() != null
                && task.eta().isAfter(commitment.dueAt());
    }

    /// The commitments at risk among `commitments`, by id.
    public static Set<UUID> commitmentsAtRisk(Collection<Commitment> commitments, Collection<IncidentTask> tasks) {
        Map<UUID, IncidentTask> byId = byId(tasks);
        return commitments.stream().filter(commitment -> atRisk(commitment, byId)).map(Commitment::id)
                .collect(Collectors.toSet());
    }

    /// The tasks whose ETA breaks a promise: the board flags their cards.
    public static Set<UUID> tasksBreakingPromises(Collection<Commitment> commitments, Collection<IncidentTask> tasks) {
        Map<UUID, IncidentTask> byId = byId(tasks);
        return commitments.stream().filter(commitment -> atRisk(commitment, byId)).map(Commitment::taskId)
                .collect(Collectors.toSet());
    }

    private static Map<UUID, IncidentTask> byId(Collection<IncidentTask> tasks) {
        return tasks.stream().collect(Collectors.toMap(IncidentTask::id, Function.identity()));
    }
}
