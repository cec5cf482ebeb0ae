package dev.sitrep.store;

import dev.sitrep.domain.Contact;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.DeviceKind;
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Site;
import dev.sitrep.domain.SlaTier;
import dev.sitrep.store.StoreException.Reason;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class InventoryRepositoryTest extends StoreTestSupport {

    @Test
    void savesAndReadsCustomersSitesAndDevicesInOrder() {
        Customer zenith = customer("Zenith");
        Customer acme = customer("Acme");
        Site york = site(acme, "York");
        Site leeds = site(acme, "Leeds");
        Site paris = site(zenith, "Paris");
        Device exch2 = device(leeds, "EXCH-02");
        Device exch1 = device(leeds, "EXCH-01");
        Device dc = device(york, "DC-01");
        Device web = device(paris, "WEB-01");

        assertThat(store.inventory().customers()).containsExactly(acme, zenith);
        assertThat(store.inventory().sites()).containsExactly(leeds, york, paris);
        assertThat(store.inventory().devices()).containsExactly(exch1, exch2, dc, web);
        assertThat(store.inventory().customer(acme.id())).contains(acme);
        assertThat(store.inventory().site(leeds.id())).contains(leeds);
        assertThat(store.inventory().device(dc.id())).contains(dc);
    }

    @Test
    void creationsAreJournaledWithTheNamesASentenceNeeds() {
        long before = store.journal().latestSeq();
        Customer acme = customer("Acme");
        Site leeds = site(acme, "Leeds");
        Device exch = device(leeds, "EXCH-02");

        assertThat(journalAfter(before)).extracting(JournalEntry::entity, JournalEntry::action, JournalEntry::entityId,
                        JournalEntry::details)
                .containsExactly(
                        tuple(EntityType.CUSTOMER, JournalAction.CREATED,
                                acme.id().toString(), Map.of("name", "Acme")),
                        tuple(EntityType.SITE, JournalAction.CREATED,
                                leeds.id().toString(), Map.of("name", "Leeds", "customer", "Acme")),
                        tuple(EntityType.DEVICE, JournalAction.CREATED,
                                exch.id().toString(), Map.of("name", "EXCH-02", "site", "Leeds", "customer", "Acme")));
        assertThat(journalAfter(before)).allSatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("Priya Shah");
            assertThat(entry.incidentId()).isNull();
            assertThat(entry.at()).isEqualTo(START);
        });
    }

    @Test
    void anUpdateJournalsItsChangedFieldsAndAnUnchangedSaveWritesNothing() {
        Customer acme = customer("Acme");
        Device exch = device(site(acme, "Leeds"), "EXCH-02");
        long before = store.journal().latestSeq();

        Customer renamed = new Customer(acme.id(), "Acme Ltd", SlaTier.PLATINUM, acme.tam(), acme.primaryContact(),
                acme.notes());
        store.inventory().saveCustomer(renamed, priya);
        store.inventory().saveCustomer(renamed, priya);
        Device patched = new Device(exch.id(), exch.siteId(), exch.hostname(), DeviceKind.SERVER, "Exchange",
                "2019 CU15", 1, "");
        store.inventory().saveDevice(patched, priya);
        store.inventory().saveDevice(patched, priya);

        assertThat(store.inventory().customer(acme.id())).contains(renamed);
        assertThat(store.inventory().device(exch.id())).contains(patched);
        assertThat(journalAfter(before)).extracting(JournalEntry::details).containsExactly(
                Map.of("name", "Acme Ltd", "fields", "name,slaTier"),
                Map.of("name", "EXCH-02", "site", "Leeds", "customer", "Acme Ltd", "fields", "version"));
    }

    @Test
    void duplicateNamesAreRejectedWithTheNameAndNothingIsWritten() {
        Customer acme = customer("Acme");
        Site leeds = site(acme, "Leeds");
        device(leeds, "EXCH-02");
        long before = store.journal().latestSeq();

        assertThatThrownBy(() -> customer("Acme"))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REJECTED))
                .hasMessage("Customer name: 'Acme' is already taken by another customer.");
        assertThatThrownBy(() -> site(acme, "Leeds"))
                .hasMessage("Site name: Acme already has a site called 'Leeds'.");
        assertThatThrownBy(() -> device(leeds, "EXCH-02"))
                .hasMessage("Device hostname: Leeds (Acme) already has a device called 'EXCH-02'.");
        assertThat(store.journal().latestSeq()).isEqualTo(before);

        Site otherLeeds = site(customer("Zenith"), "Leeds");
        assertThat(device(otherLeeds, "EXCH-02").siteId()).as("names repeat across parents").isEqualTo(otherLeeds.id());
    }

    @Test
    void unknownReferencesAndBlankNamesAreRejected() {
        UUID nowhere = UUID.randomUUID();

        assertThatThrownBy(() -> store.inventory().saveSite(
                new Site(UUID.randomUUID(), nowhere, "Leeds", "", ZoneId.of("UTC")), priya))
                .isInstanceOf(StoreException.class)
                .hasMessage("Site customer: there is no customer with id " + nowhere + ".");
        assertThatThrownBy(() -> store.inventory().saveDevice(
                new Device(UUID.randomUUID(), nowhere, "EXCH-01", null, "", "", 2, ""), priya))
                .hasMessage("Device site: there is no site with id " + nowhere + ".");
        assertThatThrownBy(() -> store.inventory().saveCustomer(
                new Customer(UUID.randomUUID(), "  ", null, "", Contact.NONE, ""), priya))
                .hasMessageStartingWith("Customer name:");
        assertThat(store.counts().sites()).isZero();
    }
}
