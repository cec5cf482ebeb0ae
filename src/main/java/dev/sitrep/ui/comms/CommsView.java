package dev.sitrep.ui.comms;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/// The Comms screen, where TAMs keep every customer informed: the affected customers most urgent first,
/// the calls (log one with Ctrl+L from anywhere in the console), status updates, the promises made and
/// the work of other customers that slipped. Alt+1 to Alt+5 pick the tab; Enter on a customer opens a
/// status update for them.
public final class CommsView extends BorderPane {

    private final CommsParts parts;
    private final TabPane tabs = new TabPane();
    private final CustomerBoardView customers;
    private final StatusUpdateView updates;
    private final Runnable logCall;

    /// @param logCall opens the call log dialog (the console owns it, so Ctrl+L works from any screen)
    public CommsView(CommsParts parts, Runnable logCall) {
        this.parts = parts;
        this.logCall = logCall;
        getStyleClass().add("comms");
        getStylesheets().add(Objects.requireNonNull(CommsView.class.getResource("comms.css")).toExternalForm());
        customers = new CustomerBoardView(parts.customers());
        customers.setOnOpenCustomer(this::writeUpdateFor);
        updates = new StatusUpdateView(parts.updates());
        CommitmentsView commitments = new CommitmentsView(parts.commitments(), parts.clock());
        DeferredWorkView deferred = new DeferredWorkView(parts.deferred());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().setAll(
                tab("Customers", customers, customers::focusList),
                tab("Calls", new CommsFeedView(parts.feed()), null),
                tab("Status updates", updates, updates::focusCustomers),
                tab("Promises", commitments, commitments::focusList),
                tab("Other customers' work", deferred, deferred::focusList));
        setTop(toolbar());
        setCenter(tabs);
        addEventFilter(KeyEvent.KEY_PRESSED, this::pickTab);
    }

    private Node toolbar() {
        Label title = new Label("Keep every customer informed");
        title.getStyleClass().add(Styles.TITLE_4);
        Label keys = new Label("Alt+1 customers · Alt+2 calls · Alt+3 updates · Alt+4 promises · Alt+5 other work");
        keys.getStyleClass().add(Styles.TEXT_MUTED);
        keys.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button log = new Button("Log a call…", new FontIcon(Material2AL.ADD_IC_CALL));
        log.setId("comms-log-call");
        log.setTooltip(new Tooltip("Ctrl+L, from any screen"));
        log.getStyleClass().add(Styles.ACCENT);
        log.setMinWidth(Region.USE_PREF_SIZE);
        log.setOnAction(_ -> logCall.run());
        HBox bar = new HBox(12, title, keys, gap, log);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("comms-toolbar");
        return bar;
    }

    private static Tab tab(String title, Node content, Runnable focus) {
        Tab tab = new Tab(title, content);
        if (focus != null) {
            tab.selectedProperty().subscribe(selected -> {
                if (selected) {
                    Platform.runLater(focus);
                }
            });
        }
        return tab;
    }

    /// Alt+1 to Alt+5: the tabs in order.
    private void pickTab(KeyEvent event) {
        List<Tab> all = tabs.getTabs();
        for (int i = 0; i < all.size(); i++) {
            if (new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (i + 1)), KeyCombination.ALT_DOWN).match(event)) {
                tabs.getSelectionModel().select(i);
                event.consume();
                return;
            }
        }
    }

    /// Opens the status update composer for the customer picked on the customer board.
    private void writeUpdateFor(UUID customerId) {
        parts.updates().preselect(customerId);
        tabs.getSelectionModel().select(2);
    }
}
