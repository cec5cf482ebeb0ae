package dev.sitrep.io.snapshot;

import dev.sitrep.domain.Text;
import dev.sitrep.store.SnapshotLoadResult;
import dev.sitrep.store.SnapshotLoadResult.Tally;
import dev.sitrep.store.SnapshotMode;

import java.nio.file.Path;
import java.time.Duration;

/// What an import did.
public record ImportSummary(Path file, SnapshotMode mode, SnapshotLoadResult result, Duration took) {

    /// "Merged night.json: 120 added, 3 updated, 22,292 unchanged in 1.9 s", or that nothing changed.
    public String describe() {
        Tally total = result.total();
        String name = file.getFileName().toString();
        if (mode == SnapshotMode.REPLACE) {
            return "Replaced the database with " + name + ": " + Text.count(total.added(), "row") + " in "
                    + Text.seconds(took);
        }
        if (total.added() == 0 && total.updated() == 0) {
            return name + " changed nothing: all " + Text.count(total.unchanged(), "row")
                    + " are in the database already.";
        }
        return "Merged " + name + ": " + Text.number(total.added()) + " added, " + Text.number(total.updated())
                + " updated, " + Text.number(total.unchanged()) + " unchanged in " + Text.seconds(took);
    }
}
