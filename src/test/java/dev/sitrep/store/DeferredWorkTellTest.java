package dev.sitrep.store;

import dev.sitrep.domain.Communication;
import dev.sitrep.domain.CommunicationKind;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.DeferredWork;
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.domain.Urgency;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/// Telling a customer that their work slips: the call and the "told" mark, in one transaction.
class DeferredWorkTellTest extends StoreTestSupport {

    Customer zenith;
    Incident incident;
    Operator sam;
    DeferredWork migration;

    @BeforeEach
    void deferredMigration() {
        zenith = customer("Zenith");
        incident = incident("Exchange zero-day");
        sam = store.staff().signIn("Sam Okafor", StaffRole.TAM);
        migration = new DeferredWork(UUID.randomUUID(), incident.id(), zenith.id(), "Mailbox migration",
                at(24 * 60), at(4 * 24 * 60), null, "");
        store.deferredWork().save(migration, priya);
        clock.advance(Duration.ofMinutes(30));
    }

    private static Instant at(int minutes) {
        return START.plus(Duration.ofMinutes(minutes));
    }

    private Communication call(UUID customer, UUID incidentId) {
        return new Communication(UUID.randomUUID(), incidentId, customer, CommunicationKind.OUTBOUND_CALL, "Phone",
                "Jo Bloggs", "Told Zenith that the mailbox migration moves to Thursday", Urgency.NORMAL, "Sam Okafor",
                clock.instant(), null, null);
    }

    @Test
    void theCallIsLoggedAndTheWorkMarkedToldInOneTransaction() {
        long before = store.journal().latestSeq();
        Communication call = call(zenith.id(), incident.id());

        DeferredWork told = store.deferredWork().tell(migration.id(), call, sam);

        assertThat(told.toldAt()).isEqualTo(call.at());
        assertThat(told.toldBy()).isEqualTo("Sam Okafor");
        assertThat(store.deferredWork().find(migration.id())).contains(told);
        assertThat(store.communications().find(call.id())).contains(call);
        assertThat(journalAfter(before))
                .extracting(JournalEntry::entity, JournalEntry::action, entry -> entry.detail("fields"))
                .containsExactly(tuple(EntityType.COMMUNICATION, JournalAction.LOGGED, ""),
                        tuple(EntityType.DEFERRED_WORK, JournalAction.UPDATED, "toldAt,toldBy"));
        assertThat(journalAfter(before)).extracting(JournalEntry::seq).as("both entries in one commit")
                .containsExactly(before + 1, before + 2);
    }

    @Test
    void workAlreadyToldIsRefusedAndNoSecondCallIsLogged() {
        store.deferredWork().tell(migration.id(), call(zenith.id(), incident.id()), sam);
        long before = store.journal().latestSeq();
        int calls = store.communications().forIncident(incident.id()).size();

        assertThatThrownBy(() -> store.deferredWork().tell(migration.id(), call(zenith.id(), incident.id()), priya))
                .isInstanceOf(StoreException.class)
                .hasMessage("Deferred work: the customer was already told about 'Mailbox migration' by Sam Okafor.");

        assertThat(store.communications().forIncident(incident.id())).hasSize(calls);
        assertThat(store.journal().latestSeq()).isEqualTo(before);
    }

    @Test
    void aCallToAnotherCustomerWritesNothing() {
        Customer acme = customer("Acme");
        long before = store.journal().latestSeq();

        assertThatThrownBy(() -> store.deferredWork().tell(migration.id(), call(acme.id(), incident.id()), sam))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Communication: it must be to the customer of 'Mailbox migration'");

        assertThat(store.deferredWork().find(migration.id()).orElseThrow().isTold()).isFalse();
        assertThat(store.communications().forIncident(incident.id())).isEmpty();
        assertThat(store.journal().latestSeq()).isEqualTo(before);
    }

    @Test
    void whenTheCallCannotBeStoredTheWorkStaysUntold() {
        Incident other = incident("Another incident");
        long before = store.journal().latestSeq();
        Communication logged = call(zenith.id(), incident.id());
        store.communications().save(logged, sam);
        long afterCall = store.journal().latestSeq();

        assertThatThrownBy(() -> store.deferredWork().tell(migration.id(), logged, sam))
                .isInstanceOf(StoreException.class).hasMessageStartingWith("Communication: it is logged already");
        assertThatThrownBy(() -> store.deferredWork().tell(migration.id(), call(zenith.id(), other.id()), sam))
                .isInstanceOf(StoreException.class);

        assertThat(store.deferredWork().find(migration.id()).orElseThrow().isTold()).isFalse();
        assertThat(store.journal().latestSeq()).isEqualTo(afterCall).isEqualTo(before + 1);
    }
}
