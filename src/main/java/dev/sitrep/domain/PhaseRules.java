package dev.sitrep.domain;

import java.util.Arrays;
import java.util.List;

/// Which phase moves a commander may make.
///
/// An open incident moves forward to any later phase (a fix found early may skip straight to monitoring) and
/// back by one phase (monitoring turns up a relapse: back to recovering). Resolving records the time; a
/// resolved incident leaves that phase only by an explicit reopen, which says why.
public final class PhaseRules {

    private PhaseRules() {
    }

    /// The phases an incident in `from` may move to by an ordinary phase change (not a reopen).
    public static List<Phase> allowedMoves(Phase from) {
        return Arrays.stream(Phase.values()).filter(to -> canMove(from, to)).toList();
    }

    public static boolean canMove(Phase from, Phase to) {
        if (from.isResolved() || from == to) {
            return false;
        }
        return to.ordinal() > from.ordinal() || to.ordinal() == from.ordinal() - 1;
    }

    /// Throws with a sentence a commander understands when `from` → `to` is not an ordinary move.
    public static void checkMove(Phase from, Phase to) {
        if (from == to) {
            throw new IllegalArgumentException("The incident is already " + to.label() + ".");
        }
        if (from.isResolved()) {
            throw new IllegalArgumentException("The incident is resolved: reopen it to change its phase.");
        }
        if (!canMove(from, to)) {
            throw new IllegalArgumentException("An incident that is " + from.label() + " can go back only to "
                    + Phase.values()[from.ordinal() - 1].label() + ", not to " + to.label() + ".");
        }
    }

    /// The phases a resolved incident may be reopened into.
    public static List<Phase> reopenTargets() {
        return Arrays.stream(Phase.values()).filter(phase -> !phase.isResolved()).toList();
    }

    /// Throws unless `from` is resolved and `to` is open.
    public static void checkReopen(Phase from, Phase to) {
        if (!from.isResolved()) {
            throw new IllegalArgumentException("Only a resolved incident can be reopened; this one is "
                    + from.label() + ".");
        }
        if (to.isResolved()) {
            throw new IllegalArgumentException("Reopen into an open phase, not resolved.");
        }
    }
}
