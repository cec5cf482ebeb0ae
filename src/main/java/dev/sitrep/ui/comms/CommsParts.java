package dev.sitrep.ui.comms;

import java.time.Clock;

/// The view models of the Comms screen's parts, each made once for the console's life and following the
/// current incident and the journal on its own.
///
/// @param clock   the console's clock, whose zone the times are shown in
/// @param callLog one for the console: a call half typed when its dialog closed is still there next time
public record CommsParts(CustomerBoardViewModel customers, CommsFeedViewModel feed, CallLogViewModel callLog,
                         StatusUpdateViewModel updates, CommitmentsViewModel commitments,
                         DeferredWorkViewModel deferred, Clock clock) {
}
