package dev.sitrep.ui.shell;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/// How this console's link to the database stands, as the change-feed poller last saw it.
public sealed interface ConnectionState {

    /// The last poll worked and no other console has written lately.
    record Connected() implements ConnectionState {
    }

    /// The last poll worked and brought changes someone else made at another console.
    record Shared(String lastOtherActor) implements ConnectionState {
    }

    /// Polling has failed since `since`.
    record Unreachable(Instant since, String problem) implements ConnectionState {
    }

    ConnectionState CONNECTED = new Connected();

    /// What the status bar says, with times in `zone`.
    default String describe(ZoneId zone) {
        return switch (this) {
            case Connected() -> "connected";
            case Shared(String _) -> "shared with another console";
            case Unreachable(Instant since, String _) -> "database unreachable since "
                    + DateTimeFormatter.ofPattern("HH:mm").withZone(zone).format(since);
        };
    }
}
