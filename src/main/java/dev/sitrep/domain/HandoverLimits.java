package dev.sitrep.domain;

/// How many lines of each list a handover sheet prints before it says "and 240 more": the room a manager
/// can read in five minutes. [#ROOMY] suits most incidents; a large one is printed again with [#tighter]
/// limits until it fits its pages.
///
/// @param openTaskRows    rows of open tasks shared out between the engineers, each getting at least
///                        `fewestTasksEach` and at most `mostTasksEach`
public record HandoverLimits(int sites, int recoverySites, int tasksDone, int blockers, int customers,
                             int openTaskRows, int fewestTasksEach, int mostTasksEach, int downtime, int promises,
                             int callbacks, int deferred) {

    public static final HandoverLimits ROOMY = new HandoverLimits(20, 10, 8, 8, 12, 36, 2, 6, 10, 8, 8, 6);

    public HandoverLimits {
        if (sites < 1 || recoverySites < 1 || tasksDone < 1 || blockers < 1 || customers < 1 || openTaskRows < 1
                || fewestTasksEach < 1 || mostTasksEach < fewestTasksEach || downtime < 1 || promises < 1
                || callbacks < 1 || deferred < 1) {
            throw new IllegalArgumentException("every list needs room for at least one line: " + this);
        }
    }

    /// About a quarter less of every list, never under three lines (one open task per engineer).
    public HandoverLimits tighter() {
        return new HandoverLimits(less(sites), less(recoverySites), less(tasksDone), less(blockers), less(customers),
                less(openTaskRows), Math.max(1, fewestTasksEach - 1), Math.max(Math.max(1, fewestTasksEach - 1),
                less(mostTasksEach)), less(downtime), less(promises), less(callbacks), less(deferred));
    }

    /// Whether [#tighter] would leave these as they are.
    public boolean isTightest() {
        return equals(tighter());
    }

    private static int less(int lines) {
        return Math.max(Math.min(lines, 3), lines * 3 / 4);
    }
}
