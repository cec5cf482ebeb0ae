package dev.sitrep.ui.signin;

import atlantafx.base.theme.Styles;
import dev.sitrep.domain.StaffRole;
import javafx.application.Platform;
import javafx.beans.value.ObservableStringValue;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.Objects;

/// Asks who is at the console: name and role, with the view model's checks shown as they type.
///
/// The dialog closes with [#SIGN_IN] once the store has signed the operator in, and with the cancel button
/// otherwise; on a first start the application labels that button "Quit".
public final class SignInDialog extends Dialog<ButtonType> {

    public static final ButtonType SIGN_IN = new ButtonType("Sign in", ButtonBar.ButtonData.OK_DONE);

    public SignInDialog(SignInViewModel vm, String cancelText) {
        setTitle("Sign in to Sitrep");
        setHeaderText("Who is at this console?");
        ButtonType cancel = new ButtonType(cancelText, ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(SIGN_IN, cancel);
        getDialogPane().getStyleClass().add("sign-in");
        getDialogPane().getStylesheets().add(Objects.requireNonNull(
                SignInDialog.class.getResource("signin.css")).toExternalForm());
        getDialogPane().setContent(form(vm));
        wireSignInButton(vm);
        vm.signedInProperty().subscribe(signedIn -> {
            if (signedIn) {
                setResult(SIGN_IN);
            }
        });
    }

    private static VBox form(SignInViewModel vm) {
        TextField name = new TextField();
        name.setId("sign-in-name");
        name.setPromptText("e.g. Priya Shah");
        name.textProperty().bindBidirectional(vm.nameProperty());
        name.setPrefColumnCount(24);

        ComboBox<StaffRole> role = new ComboBox<>();
        role.setId("sign-in-role");
        role.getItems().setAll(StaffRole.values());
        role.setConverter(roleNames());
        role.setButtonCell(new RoleCell());
        role.setPromptText("Choose a role");
        role.valueProperty().bindBidirectional(vm.roleProperty());
        role.setMaxWidth(Double.MAX_VALUE);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("sign-in-grid");
        grid.addRow(0, caption("Name"), name);
        grid.add(hint(vm.nameProblemProperty()), 1, 1);
        grid.addRow(2, caption("Role"), role);
        grid.add(hint(vm.roleProblemProperty()), 1, 3);

        Label failure = new Label();
        failure.getStyleClass().addAll("sign-in-failure", Styles.DANGER);
        failure.setWrapText(true);
        failure.textProperty().bind(vm.failureProperty());
        failure.visibleProperty().bind(vm.failureProperty().isNotEmpty());
        failure.managedProperty().bind(failure.visibleProperty());

        Platform.runLater(name::requestFocus);
        return new VBox(12, grid, failure);
    }

    /// The default button runs the sign-in instead of closing: the dialog closes when the store has answered.
    private void wireSignInButton(SignInViewModel vm) {
        Button signIn = (Button) getDialogPane().lookupButton(SIGN_IN);
        signIn.disableProperty().bind(vm.signInCommand().executableProperty().not());
        signIn.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            vm.signInCommand().execute();
        });
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("sign-in-caption");
        return label;
    }

    private static Label hint(ObservableStringValue problem) {
        Label label = new Label();
        label.getStyleClass().addAll("sign-in-hint", Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        label.setWrapText(true);
        label.textProperty().bind(problem);
        return label;
    }

    private static StringConverter<StaffRole> roleNames() {
        return new StringConverter<>() {
            @Override
            public String toString(StaffRole role) {
                return role == null ? "" : capitalized(role.label());
            }

            @Override
            public StaffRole fromString(String text) {
                return null;
            }
        };
    }

    static String capitalized(String label) {
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    /// Shows the prompt again once the value is cleared, which the default button cell does not.
    private static final class RoleCell extends ListCell<StaffRole> {
        @Override
        protected void updateItem(StaffRole role, boolean empty) {
            super.updateItem(role, empty);
            setText(empty || role == null ? "Choose a role" : capitalized(role.label()));
        }
    }
}
