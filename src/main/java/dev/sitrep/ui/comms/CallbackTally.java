package dev.sitrep.ui.comms;

import dev.sitrep.domain.Text;
import dev.sitrep.ui.comms.CommsFeedViewModel.CallbackState;
import dev.sitrep.ui.comms.CommsFeedViewModel.FeedRow;

import java.util.List;

/// How many callbacks are open in the feed, and how many of them are overdue or due soon.
record CallbackTally(long open, long overdue, long dueSoon) {

    static CallbackTally of(List<FeedRow> rows) {
        long open = 0;
        long overdue = 0;
        long dueSoon = 0;
        for (FeedRow row : rows) {
            open += row.callback().open() ? 1 : 0;
            overdue += row.callback() == CallbackState.OVERDUE ? 1 : 0;
            dueSoon += row.callback() == CallbackState.DUE_SOON ? 1 : 0;
        }
        return new CallbackTally(open, overdue, dueSoon);
    }

    /// "3 callbacks open · 1 overdue · 2 due within 15 min", or "No callback open".
    String text() {
        StringBuilder text = new StringBuilder(open == 0 ? "No callback open" : Text.count(open, "callback") + " open");
        if (overdue > 0) {
            text.append(" · ").append(Text.number(overdue)).append(" overdue");
        }
        if (dueSoon > 0) {
            text.append(" · ").append(Text.number(dueSoon)).append(" due within ")
                    .append(CommsFeedViewModel.DUE_SOON.toMinutes()).append(" min");
        }
        return text.toString();
    }

    /// The state of the most pressing open callback.
    CallbackState mostPressing() {
        return overdue > 0 ? CallbackState.OVERDUE : dueSoon > 0 ? CallbackState.DUE_SOON
                : open > 0 ? CallbackState.DUE : CallbackState.NONE;
    }
}
