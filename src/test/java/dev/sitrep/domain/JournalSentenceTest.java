package dev.sitrep.domain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class JournalSentenceTest {

    private static final UUID INCIDENT = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private static String describe(EntityType entity, JournalAction action, Map<String, String> details) {
        JournalEntry entry = new JournalEntry(UUID.randomUUID(), 7, Instant.parse("2026-05-12T14:02:00Z"), "Priya Shah", INCIDENT,
                entity, "some-id", action, details);
        return JournalSentence.describe(entry);
    }

    @Nested
    class Incidents {

        @Test
        void declaredNamesCodeAndTitle() {
            assertThat(describe(EntityType.INCIDENT, JournalAction.DECLARED,
                    Map.of("name", "INC-2026-0001", "title", "Exchange zero-day")))
                    .isEqualTo("declared INC-2026-0001: Exchange zero-day");
        }

        @Test
        void updatedListsChangedFieldsReadably() {
            assertThat(describe(EntityType.INCIDENT, JournalAction.UPDATED,
                    Map.of("name", "INC-2026-0001", "fields", "severity,summary,updateCadence")))
                    .isEqualTo("changed the severity, summary and update cadence of INC-2026-0001");
        }

        @Test
        void updatedWithOneSnakeCaseField() {
            assertThat(describe(EntityType.INCIDENT, JournalAction.UPDATED,
                    Map.of("name", "INC-2026-0001", "fields", "update_cadence")))
                    .isEqualTo("changed the update cadence of INC-2026-0001");
        }

        @Test
        void updatedWithoutFieldsStillReads() {
            assertThat(describe(EntityType.INCIDENT, JournalAction.UPDATED, Map.of("name", "INC-2026-0001")))
                    .isEqualTo("updated INC-2026-0001");
        }

        @Test
        void phaseChangedGivesBothPhases() {
            assertThat(describe(EntityType.INCIDENT, JournalAction.PHASE_CHANGED,
                    Map.of("name", "INC-2026-0001", "from", "responding", "to", "recovering")))
                    .isEqualTo("moved INC-2026-0001 from responding to recovering");
        }

        @Test
        void resolved() {
            assertThat(describe(EntityType.INCIDENT, JournalAction.RESOLVED,
                    Map.of("name", "INC-2026-0001", "from", "monitoring", "to", "resolved")))
                    .isEqualTo("resolved INC-2026-0001");
        }

        @Test
        void reopenedSaysIntoWhichPhaseAndWhy() {
            assertThat(describe(EntityType.INCIDENT, JournalAction.REOPENED, Map.of("name", "INC-2026-0001",
                    "from", "resolved", "to", "responding", "reason", "relapse at Leeds")))
                    .isEqualTo("reopened INC-2026-0001 as responding: relapse at Leeds");
        }

        @Test
        void missingCodeFallsBackToTheIncident() {
            assertThat(describe(EntityType.INCIDENT, JournalAction.RESOLVED, Map.of()))
                    .isEqualTo("resolved the incident");
        }
    }

    @Nested
    class Impacts {

        @Test
        void statusChangeReadsLikeTheWarRoomSaysIt() {
            assertThat(describe(EntityType.IMPACT, JournalAction.STATUS_CHANGED, Map.of("name", "EXCH-02",
                    "site", "Leeds", "customer", "Northwind", "from", "recovering", "to", "restored")))
                    .isEqualTo("set EXCH-02 (Leeds) to restored");
        }

        @Test
        void statusChangeUsesLabelsAndAddsTheNote() {
            assertThat(describe(EntityType.IMPACT, JournalAction.STATUS_CHANGED,
                    Map.of("name", "FS-01", "site", "Hull", "to", "at_risk", "note", "patch pending")))
                    .isEqualTo("set FS-01 (Hull) to at risk: patch pending");
        }

        @Test
        void deviceWithoutSiteIsPlacedByCustomer() {
            assertThat(describe(EntityType.IMPACT, JournalAction.STATUS_CHANGED,
                    Map.of("name", "EXCH-01", "customer", "Contoso", "to", "down")))
                    .isEqualTo("set EXCH-01 (Contoso) to down");
        }

        @Test
        void createdSaysItJoinedTheIncident() {
            assertThat(describe(EntityType.IMPACT, JournalAction.CREATED,
                    Map.of("name", "EXCH-02", "site", "Leeds", "to", "unknown")))
                    .isEqualTo("added EXCH-02 (Leeds) to the incident as unknown");
        }

        @Test
        void createdTakesTheFirstStatusFromTheStatusKeyToo() {
            assertThat(describe(EntityType.IMPACT, JournalAction.CREATED,
                    Map.of("name", "EXCH-02", "site", "Leeds", "status", "at_risk")))
                    .isEqualTo("added EXCH-02 (Leeds) to the incident as at risk");
            assertThat(describe(EntityType.IMPACT, JournalAction.CREATED, Map.of("name", "EXCH-02")))
                    .isEqualTo("added EXCH-02 to the incident");
        }

        @Test
        void clearedNote() {
            assertThat(describe(EntityType.IMPACT, JournalAction.UPDATED,
                    Map.of("name", "EXCH-02", "site", "Leeds", "fields", "note")))
                    .isEqualTo("cleared the note on EXCH-02 (Leeds)");
        }

        @Test
        void assignedNamesTheEngineer() {
            assertThat(describe(EntityType.IMPACT, JournalAction.ASSIGNED,
                    Map.of("name", "EXCH-02", "site", "Leeds", "engineer", "Sam Lee")))
                    .isEqualTo("put Sam Lee on EXCH-02 (Leeds)");
        }

        @Test
        void emptyEngineerMeansUnassigned() {
            assertThat(describe(EntityType.IMPACT, JournalAction.ASSIGNED,
                    Map.of("name", "EXCH-02", "site", "Leeds", "engineer", "")))
                    .isEqualTo("took the engineer off EXCH-02 (Leeds)");
        }

        @Test
        void updatedNote() {
            assertThat(describe(EntityType.IMPACT, JournalAction.UPDATED,
                    Map.of("name", "EXCH-02", "site", "Leeds", "note", "waiting for vendor")))
                    .isEqualTo("updated the note on EXCH-02 (Leeds): waiting for vendor");
            assertThat(describe(EntityType.IMPACT, JournalAction.UPDATED, Map.of("name", "EXCH-02")))
                    .isEqualTo("updated EXCH-02");
        }

        @Test
        void statusWithoutDetailsStillReads() {
            assertThat(describe(EntityType.IMPACT, JournalAction.STATUS_CHANGED, Map.of()))
                    .isEqualTo("set a device to a new status");
        }
    }

    @Nested
    class Inventory {

        @Test
        void customers() {
            assertThat(describe(EntityType.CUSTOMER, JournalAction.CREATED, Map.of("name", "Northwind")))
                    .isEqualTo("added customer Northwind");
            assertThat(describe(EntityType.CUSTOMER, JournalAction.UPDATED,
                    Map.of("name", "Northwind", "fields", "tam")))
                    .isEqualTo("changed the tam of customer Northwind");
        }

        @Test
        void sitesNameTheirCustomer() {
            assertThat(describe(EntityType.SITE, JournalAction.CREATED,
                    Map.of("name", "Leeds", "customer", "Northwind")))
                    .isEqualTo("added site Leeds of Northwind");
            assertThat(describe(EntityType.SITE, JournalAction.UPDATED,
                    Map.of("name", "Leeds", "customer", "Northwind", "fields", "city,timeZone")))
                    .isEqualTo("changed the city and time zone of site Leeds of Northwind");
        }

        @Test
        void devicesNameTheirSite() {
            assertThat(describe(EntityType.DEVICE, JournalAction.CREATED,
                    Map.of("name", "EXCH-02", "site", "Leeds", "customer", "Northwind")))
                    .isEqualTo("added device EXCH-02 (Leeds)");
            assertThat(describe(EntityType.DEVICE, JournalAction.UPDATED,
                    Map.of("name", "EXCH-02", "site", "Leeds", "fields", "version")))
                    .isEqualTo("changed the version of device EXCH-02 (Leeds)");
        }

        @Test
        void staff() {
            assertThat(describe(EntityType.STAFF, JournalAction.CREATED, Map.of("name", "Sam Lee")))
                    .isEqualTo("added staff member Sam Lee");
            assertThat(describe(EntityType.STAFF, JournalAction.UPDATED, Map.of("name", "Sam Lee")))
                    .isEqualTo("updated staff member Sam Lee");
        }

        @Test
        void signedInSaysTheRole() {
            assertThat(describe(EntityType.STAFF, JournalAction.SIGNED_IN, Map.of("name", "Priya Shah",
                    "role", "tam")))
                    .isEqualTo("signed in as TAM");
            assertThat(describe(EntityType.STAFF, JournalAction.SIGNED_IN, Map.of("name", "Priya Shah")))
                    .isEqualTo("signed in");
        }
    }

    @Nested
    class Tasks {

        @Test
        void createdSaysWhere() {
            assertThat(describe(EntityType.TASK, JournalAction.CREATED,
                    Map.of("name", "Rebuild DC-01", "site", "Leeds", "customer", "Northwind")))
                    .isEqualTo("added task “Rebuild DC-01” at Leeds, Northwind");
            assertThat(describe(EntityType.TASK, JournalAction.CREATED,
                    Map.of("name", "Call the vendor", "customer", "Northwind")))
                    .isEqualTo("added task “Call the vendor” for Northwind");
        }

        @Test
        void updated() {
            assertThat(describe(EntityType.TASK, JournalAction.UPDATED,
                    Map.of("name", "Rebuild DC-01", "fields", "eta,priority")))
                    .isEqualTo("changed the eta and priority of task “Rebuild DC-01”");
        }

        @Test
        void statusChangeUsesTheTaskBoardWords() {
            assertThat(describe(EntityType.TASK, JournalAction.STATUS_CHANGED,
                    Map.of("name", "Rebuild DC-01", "from", "todo", "to", "in_progress")))
                    .isEqualTo("set task “Rebuild DC-01” to in progress");
        }

        @Test
        void blockedGivesTheReason() {
            assertThat(describe(EntityType.TASK, JournalAction.STATUS_CHANGED,
                    Map.of("name", "Rebuild DC-01", "to", "blocked", "reason", "no backup media")))
                    .isEqualTo("set task “Rebuild DC-01” to blocked: no backup media");
        }

        @Test
        void assigned() {
            assertThat(describe(EntityType.TASK, JournalAction.ASSIGNED,
                    Map.of("name", "Rebuild DC-01", "engineer", "Sam Lee")))
                    .isEqualTo("put Sam Lee on task “Rebuild DC-01”");
            assertThat(describe(EntityType.TASK, JournalAction.ASSIGNED, Map.of("name", "Rebuild DC-01")))
                    .isEqualTo("took the engineer off task “Rebuild DC-01”");
        }
    }

    @Nested
    class Communications {

        @Test
        void loggedSaysWhatKindAndWithWhom() {
            assertThat(describe(EntityType.COMMUNICATION, JournalAction.LOGGED, Map.of("kind", "inbound_call",
                    "customer", "Northwind", "name", "Asked for an ETA")))
                    .isEqualTo("logged a call from Northwind: “Asked for an ETA”");
            assertThat(describe(EntityType.COMMUNICATION, JournalAction.LOGGED,
                    Map.of("kind", "outbound_call", "customer", "Northwind")))
                    .isEqualTo("logged a call to Northwind");
            assertThat(describe(EntityType.COMMUNICATION, JournalAction.LOGGED,
                    Map.of("kind", "email", "customer", "Northwind")))
                    .isEqualTo("logged an email with Northwind");
            assertThat(describe(EntityType.COMMUNICATION, JournalAction.LOGGED,
                    Map.of("kind", "status_update", "customer", "Northwind")))
                    .isEqualTo("logged a status update to Northwind");
            assertThat(describe(EntityType.COMMUNICATION, JournalAction.LOGGED,
                    Map.of("kind", "internal_note", "name", "Vendor escalated")))
                    .isEqualTo("logged an internal note: “Vendor escalated”");
        }

        @Test
        void unknownKindStillReads() {
            assertThat(describe(EntityType.COMMUNICATION, JournalAction.LOGGED,
                    Map.of("kind", "carrier_pigeon", "customer", "Northwind")))
                    .isEqualTo("logged a communication with Northwind");
        }

        @Test
        void updatedAndCallbackDone() {
            assertThat(describe(EntityType.COMMUNICATION, JournalAction.UPDATED,
                    Map.of("kind", "email", "customer", "Northwind", "name", "Sent the plan")))
                    .isEqualTo("updated the email with Northwind: “Sent the plan”");
            assertThat(describe(EntityType.COMMUNICATION, JournalAction.CALLBACK_DONE,
                    Map.of("customer", "Northwind", "name", "Asked for an ETA")))
                    .isEqualTo("called back Northwind: “Asked for an ETA”");
        }
    }

    @Nested
    class CommitmentsAndDeferredWork {

        @Test
        void commitments() {
            assertThat(describe(EntityType.COMMITMENT, JournalAction.CREATED,
                    Map.of("name", "Mail flowing by Friday", "customer", "Northwind")))
                    .isEqualTo("promised Northwind “Mail flowing by Friday”");
            assertThat(describe(EntityType.COMMITMENT, JournalAction.UPDATED,
                    Map.of("name", "Mail flowing by Friday", "customer", "Northwind", "fields", "due")))
                    .isEqualTo("changed the due of the commitment to Northwind “Mail flowing by Friday”");
            assertThat(describe(EntityType.COMMITMENT, JournalAction.STATUS_CHANGED,
                    Map.of("name", "Mail flowing by Friday", "customer", "Northwind", "from", "open", "to", "met")))
                    .isEqualTo("marked the commitment to Northwind “Mail flowing by Friday” met");
        }

        @Test
        void deferredWork() {
            assertThat(describe(EntityType.DEFERRED_WORK, JournalAction.CREATED,
                    Map.of("name", "Firewall upgrade", "customer", "Contoso")))
                    .isEqualTo("deferred “Firewall upgrade” for Contoso");
            assertThat(describe(EntityType.DEFERRED_WORK, JournalAction.UPDATED,
                    Map.of("name", "Firewall upgrade", "customer", "Contoso", "fields", "told")))
                    .isEqualTo("changed the told of deferred work “Firewall upgrade” for Contoso");
        }
    }

    @Nested
    class Templates {

        @Test
        void addedChangedAndDeleted() {
            assertThat(describe(EntityType.TEMPLATE, JournalAction.CREATED, Map.of("name", "Status update")))
                    .isEqualTo("added the template “Status update”");
            assertThat(describe(EntityType.TEMPLATE, JournalAction.UPDATED,
                    Map.of("name", "Status update", "fields", "subject,body")))
                    .isEqualTo("changed the subject and body of the template “Status update”");
            assertThat(describe(EntityType.TEMPLATE, JournalAction.DELETED, Map.of("name", "Status update")))
                    .isEqualTo("deleted the template “Status update”");
        }

        @Test
        void aRenameSaysBothNames() {
            assertThat(describe(EntityType.TEMPLATE, JournalAction.UPDATED,
                    Map.of("name", "Hourly update", "previousName", "Update", "fields", "name")))
                    .isEqualTo("renamed the template “Update” to “Hourly update”");
            assertThat(describe(EntityType.TEMPLATE, JournalAction.UPDATED,
                    Map.of("name", "Hourly update", "previousName", "Update", "fields", "name,body")))
                    .isEqualTo("changed the name and body of the template “Hourly update” (was “Update”)");
        }
    }

    @Nested
    class Shifts {

        @Test
        void startedEndedUpdated() {
            assertThat(describe(EntityType.SHIFT, JournalAction.SHIFT_STARTED, Map.of()))
                    .isEqualTo("started a shift");
            assertThat(describe(EntityType.SHIFT, JournalAction.SHIFT_ENDED, Map.of("name", "night 12 May")))
                    .isEqualTo("ended the shift night 12 May");
            assertThat(describe(EntityType.SHIFT, JournalAction.UPDATED,
                    Map.of("name", "night 12 May", "fields", "notes")))
                    .isEqualTo("changed the notes of the shift night 12 May");
        }

        @Test
        void aShiftIsKnownByItsLead() {
            Map<String, String> details = Map.of("name", "Priya Shah", "lead", "Priya Shah", "members", "4");
            assertThat(describe(EntityType.SHIFT, JournalAction.SHIFT_STARTED, details))
                    .isEqualTo("started a shift led by Priya Shah");
            assertThat(describe(EntityType.SHIFT, JournalAction.SHIFT_ENDED, details))
                    .isEqualTo("ended the shift led by Priya Shah");
            assertThat(describe(EntityType.SHIFT, JournalAction.UPDATED,
                    Map.of("name", "Sam Lee", "lead", "Sam Lee", "fields", "handoverNotes")))
                    .isEqualTo("changed the handover notes of the shift led by Sam Lee");
        }
    }

    @Nested
    class BulkLoadsAndUnknownPairs {

        @Test
        void importedWithAndWithoutAName() {
            assertThat(describe(EntityType.DEVICE, JournalAction.IMPORTED, Map.of()))
                    .isEqualTo("imported devices");
            assertThat(describe(EntityType.DEFERRED_WORK, JournalAction.IMPORTED, Map.of()))
                    .isEqualTo("imported deferred work");
            assertThat(describe(EntityType.CUSTOMER, JournalAction.IMPORTED, Map.of("name", "Northwind")))
                    .isEqualTo("imported customer Northwind");
        }

        @Test
        void unknownPairsFallBackToTheActionVerb() {
            assertThat(describe(EntityType.DEVICE, JournalAction.DELETED, Map.of("name", "EXCH-02", "site", "Leeds")))
                    .isEqualTo("removed device EXCH-02 (Leeds)");
            assertThat(describe(EntityType.CUSTOMER, JournalAction.STATUS_CHANGED,
                    Map.of("name", "Northwind", "from", "gold", "to", "silver")))
                    .isEqualTo("changed customer Northwind from gold to silver");
            assertThat(describe(EntityType.TASK, JournalAction.OTHER, Map.of("name", "Rebuild DC-01")))
                    .isEqualTo("changed task “Rebuild DC-01”");
            assertThat(describe(EntityType.SHIFT, JournalAction.CALLBACK_DONE, Map.of("lead", "Sam Lee")))
                    .isEqualTo("marked the callback on the shift led by Sam Lee done");
        }

        @ParameterizedTest
        @EnumSource(EntityType.class)
        void everyPairGivesANonBlankSentenceWithoutDetails(EntityType entity) {
            for (JournalAction action : JournalAction.values()) {
                assertThat(describe(entity, action, Map.of()))
                        .as("%s %s", entity, action)
                        .isNotBlank()
                        .doesNotContain("null")
                        .doesNotStartWith(" ")
                        .doesNotContain("  ");
            }
        }
    }
}
