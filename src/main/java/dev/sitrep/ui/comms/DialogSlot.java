package dev.sitrep.ui.comms;

import javafx.scene.Node;

/// The one form dialog a list shows at a time. The view model opens and closes forms; the slot shows a
/// dialog for the form that opened and closes it when the form closes. Closing the dialog by hand (Escape,
/// Cancel) tells the view model to cancel its form.
final class DialogSlot {

    private final Node owner;
    private final Node focusAfter;
    private CustomerFormDialog showing;

    /// @param owner      a node of the window the dialogs belong to
    /// @param focusAfter where the keyboard goes when a dialog closes
    DialogSlot(Node owner, Node focusAfter) {
        this.owner = owner;
        this.focusAfter = focusAfter;
    }

    /// Shows `opened` in place of any dialog showing, or just closes that one when `opened` is `null`.
    ///
    /// @param onClosedByHand what cancels the form when the operator closes its dialog
    void show(CustomerFormDialog opened, Runnable onClosedByHand) {
        if (showing != null) {
            CustomerFormDialog closing = showing;
            showing = null;
            closing.close();
            focusAfter.requestFocus();
        }
        if (opened == null) {
            return;
        }
        showing = opened;
        opened.ownedBy(owner.getScene() == null ? null : owner.getScene().getWindow());
        opened.setOnHidden(_ -> onClosedByHand.run());
        opened.show();
    }
}
