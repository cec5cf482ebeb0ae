package dev.sitrep.io.demo;

import dev.sitrep.domain.Incident;
import dev.sitrep.domain.Shift;
import dev.sitrep.domain.Staff;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/// Staffs the war room's twelve-hour shifts from the declaration until now.
///
/// @param dayPool   who may work days besides the lead
/// @param nightPool who may work nights besides the lead
record ShiftRota(Staff dayLead, Staff nightLead, List<Staff> dayPool, int dayCrew, List<Staff> nightPool,
                 int nightCrew) {

    private static final long LATEST_JOIN_MINUTES = 20;

    /// Adds every shift to `builder`; `handover` writes the notes an ended shift left for the next.
    void staff(DemoBuilder builder, DemoRandom random, Incident incident, Instant now, ZoneId zone,
               Function<ShiftSlot, String> handover) {
        for (ShiftSlot slot : ShiftSlot.between(incident.declaredAt(), now, zone)) {
            Staff lead = slot.day() ? dayLead : nightLead;
            List<Staff> pool = new ArrayList<>(slot.day() ? dayPool : nightPool);
            pool.remove(lead);
            List<Staff> crew = random.sample(pool, slot.day() ? dayCrew : nightCrew);
            List<Shift.Member> members = new ArrayList<>();
            members.add(new Shift.Member(lead.id(), slot.start(), slot.end()));
            for (Staff person : crew) {
                Instant joined = slot.start().plus(random.minutes(0, LATEST_JOIN_MINUTES));
                Instant latest = slot.end() != null ? slot.end() : now;
                members.add(new Shift.Member(person.id(), joined.isAfter(latest) ? slot.start() : joined,
                        slot.end()));
            }
            String notes = slot.end() != null ? handover.apply(slot) : "";
            builder.shift(new Shift(random.uuid(), incident.id(), slot.start(), slot.end(), lead.id(), notes,
                    members));
        }
    }
}
