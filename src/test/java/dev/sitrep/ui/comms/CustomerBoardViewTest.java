package dev.sitrep.ui.comms;

import atlantafx.base.theme.PrimerLight;
import dev.sitrep.ui.comms.CustomerBoardViewModel.Row;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class CustomerBoardViewTest {

    @TempDir
    Path folder;

    private CustomerCareFixture war;
    private CustomerBoardViewModel vm;
    private final List<UUID> opened = new ArrayList<>();

    /// At 12:05 Crest's first update is overdue; the others had theirs.
    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        war = new CustomerCareFixture(folder);
        war.statusUpdate(war.acme, "11:30");
        war.statusUpdate(war.bolt, "11:45");
        war.statusUpdate(war.dyson, "11:50");
        war.setClock("12:05");
        vm = new CustomerBoardViewModel(war.store, war.workspace, new CurrentThreadTaskExecutor(), war.clock);
        war.workspace.currentIncidentProperty().set(war.incident);
        CustomerBoardView view = new CustomerBoardView(vm);
        view.setOnOpenCustomer(opened::add);
        stage.setScene(new Scene(view, 1280, 600));
        stage.show();
        view.focusList();
    }

    @AfterEach
    void close() {
        war.close();
    }

    @Test
    void theOverdueCustomerIsFirstAndSaysSoInWords(FxRobot robot) {
        assertThat(table(robot).getItems().getFirst().name()).isEqualTo("Crest");
        assertThat(robot.lookup(".line-danger").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("overdue 5 min");
    }

    @Test
    void enterHandsTheSelectedCustomerToTheScreen(FxRobot robot) {
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(opened).containsExactly(war.acme.id());
        assertThat(vm.selectedCustomerProperty().get()).isEqualTo(war.acme.id());
    }

    @Test
    void ctrlFFiltersAndDownGoesBackToTheList(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("dys");
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table(robot).getItems()).extracting(Row::name).containsExactly("Dyson");
        assertThat(opened).containsExactly(war.dyson.id());
    }

    @Test
    void theSelectionSurvivesAReloadThatReordersTheRows(FxRobot robot) {
        robot.type(KeyCode.DOWN, 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selectedCustomerProperty().get()).isEqualTo(war.dyson.id());

        robot.interact(() -> {
            war.statusUpdate(war.crest, "12:04");
            war.publish();
        });

        assertThat(table(robot).getItems().getFirst().name()).as("Crest has had its update").isNotEqualTo("Crest");
        assertThat(table(robot).getSelectionModel().getSelectedItem().customerId()).isEqualTo(war.dyson.id());
    }

    @SuppressWarnings("unchecked")
    private static TableView<Row> table(FxRobot robot) {
        return robot.lookup("#customers-table").queryAs(TableView.class);
    }
}
