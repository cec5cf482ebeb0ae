package dev.sitrep.store;

import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Staff;
import dev.sitrep.domain.StaffRole;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class StaffRepositoryTest extends StoreTestSupport {

    @Test
    void signingInANewNameAddsTheStaffMemberAndJournalsBoth() {
        long before = store.journal().latestSeq();

        Operator sam = store.staff().signIn("  Sam Okafor ", StaffRole.TAM);

        assertThat(sam.name()).isEqualTo("Sam Okafor");
        assertThat(store.staff().find(sam.staffId())).contains(new Staff(sam.staffId(), "Sam Okafor", StaffRole.TAM,
                "", ""));
        assertThat(journalAfter(before)).extracting(JournalEntry::action)
                .containsExactly(JournalAction.CREATED, JournalAction.SIGNED_IN);
        assertThat(journalAfter(before)).allSatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("Sam Okafor");
            assertThat(entry.entity()).isEqualTo(EntityType.STAFF);
            assertThat(entry.entityId()).isEqualTo(sam.staffId().toString());
            assertThat(entry.details()).containsEntry("name", "Sam Okafor").containsEntry("role", "tam");
        });
    }

    @Test
    void signingInAgainFindsThePersonIgnoringCaseAndUpdatesTheRole() {
        long before = store.journal().latestSeq();

        Operator again = store.staff().signIn("PRIYA shah", StaffRole.MANAGER);

        assertThat(again.staffId()).isEqualTo(priya.staffId());
        assertThat(again.name()).isEqualTo("Priya Shah");
        assertThat(again.role()).isEqualTo(StaffRole.MANAGER);
        assertThat(store.staff().find(priya.staffId()).orElseThrow().role()).isEqualTo(StaffRole.MANAGER);
        assertThat(journalAfter(before)).extracting(JournalEntry::action, JournalEntry::details).containsExactly(
                tuple(JournalAction.UPDATED,
                        Map.of("name", "Priya Shah", "role", "manager", "fields", "role")),
                tuple(JournalAction.SIGNED_IN,
                        Map.of("name", "Priya Shah", "role", "manager")));

        long afterRoleChange = store.journal().latestSeq();
        store.staff().signIn("Priya Shah", StaffRole.MANAGER);
        assertThat(journalAfter(afterRoleChange)).extracting(JournalEntry::action)
                .containsExactly(JournalAction.SIGNED_IN);
    }

    @Test
    void savesAndListsStaffByNameAndRefusesANamesakeIgnoringCase() {
        Staff kim = new Staff(UUID.randomUUID(), "Kim Lee", StaffRole.ENGINEER, "+44 7700 900123", "Exchange, AD");
        store.staff().save(kim, priya);
        Staff promoted = new Staff(kim.id(), "Kim Lee", StaffRole.COMMANDER, kim.phone(), kim.skills());
        store.staff().save(promoted, priya);

        assertThat(store.staff().all()).extracting(Staff::name).containsExactly("Kim Lee", "Priya Shah");
        assertThat(store.staff().findByName("kim lee")).contains(promoted);
        assertThat(lastEntry().details()).containsEntry("fields", "role").containsEntry("name", "Kim Lee");
        assertThatThrownBy(() -> store.staff().save(
                new Staff(UUID.randomUUID(), "KIM LEE", StaffRole.TAM, "", ""), priya))
                .isInstanceOf(StoreException.class).hasMessage("Staff name: 'Kim Lee' is already on the staff list.");
        assertThatThrownBy(() -> store.staff().signIn(" ", StaffRole.TAM))
                .isInstanceOf(StoreException.class).hasMessageStartingWith("Name:");
    }
}
