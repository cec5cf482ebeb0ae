package dev.sitrep.io.csv;

import dev.sitrep.domain.Contact;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.DeviceKind;
import dev.sitrep.domain.Site;
import dev.sitrep.domain.SlaTier;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.sitrep.io.csv.InventoryCsvReaderTest.HEADER;
import static dev.sitrep.io.csv.InventoryCsvReaderTest.read;
import static org.assertj.core.api.Assertions.assertThat;

class ImportPlannerTest {

    private final List<Customer> customers = new ArrayList<>();
    private final List<Site> sites = new ArrayList<>();
    private final List<Device> devices = new ArrayList<>();

    @Test
    void marksEachRowNewUpdatedOrUnchangedAndSaysWhatChanges() {
        Site leeds = site(customer("Acme"), "Leeds");
        device(leeds, "EXCH-01", "Exchange", "2019 CU14");
        device(leeds, "EXCH-02", "Exchange", "2019 CU14");

        ImportPlan plan = plan(HEADER + "\n"
                + "Acme,Leeds,EXCH-01,server,Exchange,2019 CU14,Leeds,1\n"
                + "Acme,Leeds,EXCH-02,server,Exchange Server,2019 CU15,Leeds,1\n"
                + "Acme,Leeds,EXCH-03,server,Exchange,2019 CU14,Leeds,1\n"
                + "Acme,York,FW-01,network,FortiGate,7.4,York,2\n"
                + "Globex,Paris,DC-01,server,Windows Server,2022,Paris,1\n");

        assertThat(plan.rows()).containsExactly(
                new PlanRow(2, RowStatus.UNCHANGED, "Acme", "Leeds", "EXCH-01", ""),
                new PlanRow(3, RowStatus.UPDATED, "Acme", "Leeds", "EXCH-02", "product, version"),
                new PlanRow(4, RowStatus.NEW, "Acme", "Leeds", "EXCH-03", "new device"),
                new PlanRow(5, RowStatus.NEW, "Acme", "York", "FW-01", "new device at a new site"),
                new PlanRow(6, RowStatus.NEW, "Globex", "Paris", "DC-01", "new device at a new site of a new customer"));
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.canApply()).isTrue();
        assertThat(plan.summary().describe()).isEqualTo("3 new, 1 updated, 1 unchanged (1 new customer, 2 new sites)");
    }

    @Test
    void aSiteChangeShowsOnTheRowThatMakesIt() {
        Site leeds = site(customer("Acme"), "Leeds");
        device(leeds, "EXCH-01", "Exchange", "2019 CU14");

        ImportPlan plan = plan(HEADER + ",timezone\nAcme,Leeds,EXCH-01,server,Exchange,2019 CU14,Leeds West,1,UTC\n");

        assertThat(plan.rows()).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo(RowStatus.UPDATED);
            assertThat(row.detail()).isEqualTo("site: city, time zone");
        });
        assertThat(plan.summary().describe()).isEqualTo("0 new, 1 updated, 0 unchanged (1 site updated)");
    }

    @Test
    void aFileThatMatchesTheStoreHasNothingToChange() {
        Site leeds = site(customer("Acme"), "Leeds");
        device(leeds, "EXCH-01", "Exchange", "2019 CU14");
        device(leeds, "EXCH-02", "Exchange", "2019 CU14");

        ImportPlan plan = plan(HEADER + "\nAcme,Leeds,EXCH-01,server,Exchange,2019 CU14,Leeds,1\n"
                + "acme,leeds,exch-02,server,Exchange,2019 CU14,Leeds,1\n");

        assertThat(plan.canApply()).isFalse();
        assertThat(plan.hasErrors()).isFalse();
        assertThat(plan.summary().describe()).isEqualTo("nothing to change: 2 rows unchanged");
    }

    @Test
    void theSameDeviceTwiceIsAnErrorNamingBothLines() {
        ImportPlan plan = plan(HEADER + "\n"
                + "Acme,Leeds,EXCH-01,server,Exchange,2019,Leeds,1\n"
                + "Acme,Leeds,EXCH-02,server,Exchange,2019,Leeds,1\n"
                + "ACME,Leeds,exch-01,server,Exchange,2019,Leeds,1\n");

        assertThat(plan.problems()).extracting(CsvProblem::describe).containsExactly(
                "inventory.csv line 4, column \"hostname\": EXCH-01 at Leeds (Acme) is listed twice, on line 2 and on line 4");
        assertThat(plan.rows()).extracting(PlanRow::status)
                .containsExactly(RowStatus.NEW, RowStatus.NEW, RowStatus.ERROR);
        assertThat(plan.rows().get(2).detail()).isEqualTo("hostname: EXCH-01 at Leeds (Acme) is listed twice, on line 2 "
                + "and on line 4");
        assertThat(plan.canApply()).isFalse();
        assertThat(plan.summary().describe()).isEqualTo("2 new, 0 updated, 0 unchanged, 1 with errors (1 new customer, "
                + "1 new site)");
    }

    @Test
    void aSiteGivenTwoCitiesOrTimeZonesIsAnError() {
        ImportPlan plan = plan(HEADER + ",timezone\n"
                + "Acme,Leeds,A,server,,,Leeds,1,Europe/London\n"
                + "Acme,Leeds,B,server,,,York,1,\n"
                + "Acme,Leeds,C,server,,,Leeds,1,UTC\n");

        assertThat(plan.problems()).extracting(CsvProblem::describe).containsExactly(
                "inventory.csv line 3, column \"city\": Leeds (Acme) is in \"Leeds\" on line 2 but in \"York\" here; "
                        + "give every row of a site the same city",
                "inventory.csv line 4, column \"timezone\": Leeds (Acme) is in time zone Europe/London on line 2 but in "
                        + "UTC here; give every row of a site the same time zone, or leave it blank");
    }

    @Test
    void rowErrorsAndConflictsAreAllReportedInLineOrder() {
        ImportPlan plan = plan(HEADER + "\n"
                + "Acme,Leeds,EXCH-01,server,Exchange,2019,Leeds,1\n"
                + "Acme,Leeds,EXCH-02,router,Exchange,2019,Leeds,4\n"
                + "Acme,Leeds,EXCH-01,server,Exchange,2019,Leeds,1\n");

        assertThat(plan.problems()).extracting(CsvProblem::line).containsExactly(3, 3, 4);
        assertThat(plan.rows().get(1).detail()).isEqualTo("kind: \"router\" is not a device kind; use one of server, "
                + "workstation, network, equipment, other; criticality: 4 is outside 1-3 (1 high, 3 low)");
    }

    @Test
    void aBrokenHeaderLeavesNoRowsAndCannotBeApplied() {
        ImportPlan plan = plan("customer,site\nAcme,Leeds\n");

        assertThat(plan.rows()).isEmpty();
        assertThat(plan.problems()).hasSize(6);
        assertThat(plan.canApply()).isFalse();
    }

    private ImportPlan plan(String csv) {
        return ImportPlanner.plan(read(csv), customers, sites, devices);
    }

    private Customer customer(String name) {
        Customer customer = new Customer(UUID.randomUUID(), name, SlaTier.GOLD, "", Contact.NONE, "");
        customers.add(customer);
        return customer;
    }

    private Site site(Customer customer, String name) {
        Site site = new Site(UUID.randomUUID(), customer.id(), name, name, ZoneId.of("Europe/London"));
        sites.add(site);
        return site;
    }

    private void device(Site site, String hostname, String product, String version) {
        devices.add(new Device(UUID.randomUUID(), site.id(), hostname, DeviceKind.SERVER, product, version, 1, ""));
    }
}
