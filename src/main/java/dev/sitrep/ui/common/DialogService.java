package dev.sitrep.ui.common;

import java.util.Optional;

/// Opens dialogs on behalf of view models, which never open windows themselves; tests replace it.
public interface DialogService {

    /// Tells the operator something went wrong, in a sentence they can act on.
    void showError(String title, String message);

    /// Tells the operator that something finished, and how it went.
    void showInfo(String title, String message);

    /// Asks a yes/no question; true when the operator confirmed.
    boolean confirm(String title, String message);

    /// Asks for one line of text; empty when cancelled.
    Optional<String> askText(String title, String prompt, String initial);
}
