package dev.sitrep.ui.inventory;

import atlantafx.base.theme.PrimerLight;
import dev.sitrep.domain.Contact;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.DeviceKind;
import dev.sitrep.domain.DeviceStatus;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentDraft;
import dev.sitrep.domain.IncidentKind;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Severity;
import dev.sitrep.domain.Site;
import dev.sitrep.domain.SlaTier;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import dev.sitrep.ui.common.Workspace;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class InventoryViewTest {

    @TempDir
    Path folder;

    private Store store;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("inventory-view")),
                Clock.fixed(Instant.parse("2026-03-14T09:30:00Z"), ZoneOffset.UTC));
        Operator priya = store.staff().signIn("Priya Shah", StaffRole.COMMANDER);
        List<UUID> exchangeServers = new ArrayList<>();
        for (String name : List.of("Northwind", "Contoso", "Fabrikam")) {
            Customer customer = new Customer(UUID.randomUUID(), name, SlaTier.GOLD, "", Contact.NONE, "");
            store.inventory().saveCustomer(customer, priya);
            for (String city : List.of("Leeds", "Hull")) {
                Site site = new Site(UUID.randomUUID(), customer.id(), city, city, ZoneId.of("Europe/London"));
                store.inventory().saveSite(site, priya);
                for (String host : List.of("EXCH", "FS", "DC")) {
                    String hostname = host + "-" + name.charAt(0) + city.charAt(0);
                    String product = host.equals("EXCH") ? "Exchange" : "Windows Server";
                    Device device = new Device(UUID.randomUUID(), site.id(), hostname, DeviceKind.SERVER, product,
                            "2019", 1, "");
                    store.inventory().saveDevice(device, priya);
                    if (host.equals("EXCH")) {
                        exchangeServers.add(device.id());
                    }
                }
            }
        }
        Incident incident = store.incidents().declare(new IncidentDraft("Exchange zero-day",
                IncidentKind.VULNERABILITY, Severity.SEV1, null, "", Duration.ofHours(1)), priya);
        store.impacts().add(incident.id(), exchangeServers, DeviceStatus.DOWN, priya);
        Workspace workspace = new Workspace();
        workspace.currentIncidentProperty().set(incident);
        InventoryViewModel vm = new InventoryViewModel(store, workspace, new CurrentThreadTaskExecutor());
        stage.setScene(new Scene(new InventoryView(vm, _ -> { }), 1200, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void typingInTheFilterNarrowsTheTreeAndOpensTheMatchesAncestors(FxRobot robot) {
        TreeTableView<?> table = robot.lookup(".inventory-table").queryAs(TreeTableView.class);
        assertThat(table.getExpandedItemCount()).as("three closed customers").isEqualTo(3);

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("exch-nl");

        assertThat(table.getExpandedItemCount()).as("Northwind, Leeds, EXCH-NL").isEqualTo(3);
        assertThat(table.getTreeItem(2).getValue()).isInstanceOf(InventoryRow.class);
        assertThat(((InventoryRow) table.getTreeItem(2).getValue()).name()).isEqualTo("EXCH-NL");
        assertThat(robot.lookup(".inventory-counts").queryAs(Label.class).getText())
                .isEqualTo("1 customer · 1 site · 1 of 18 devices shown");
        assertThat(robot.lookup("down").tryQuery()).as("its status shows as a word").isPresent();

        robot.type(KeyCode.ESCAPE);
        assertThat(table.getExpandedItemCount()).isEqualTo(3);
    }

    @Test
    void affectedOnlyShowsTheIncidentsDevices(FxRobot robot) {
        TreeTableView<?> table = robot.lookup(".inventory-table").queryAs(TreeTableView.class);

        robot.clickOn("Affected only");

        assertThat(robot.lookup(".inventory-counts").queryAs(Label.class).getText())
                .isEqualTo("3 customers · 6 sites · 6 of 18 devices shown");
        assertThat(table.getExpandedItemCount()).as("3 customers, 6 sites, 6 devices, all open").isEqualTo(15);
    }
}
