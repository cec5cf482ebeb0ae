package dev.sitrep.ui.timeline;

import dev.sitrep.domain.EntityType;

import java.time.LocalDate;

/// One journal entry as the timeline shows it: "14:02 Priya Shah set EXCH-02 (Leeds) to restored".
///
/// @param day        the entry's date in the operator's time zone, for the day headings
/// @param time       "14:02" in the operator's time zone
/// @param searchText what the text filter looks in, lower-cased once
public record TimelineRow(long seq, LocalDate day, String time, String actor, String sentence, EntityType entity,
                          String searchText) {

    /// The whole line, time first.
    public String line() {
        return time + " " + actor + " " + sentence;
    }
}
