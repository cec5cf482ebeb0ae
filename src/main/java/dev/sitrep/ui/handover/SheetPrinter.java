package dev.sitrep.ui.handover;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

/// Sends printed pages to a printer on behalf of the view model, which opens no dialogs itself; tests
/// replace it.
public interface SheetPrinter {

    /// Asks the operator for a printer and page set-up, then prints `pages`, each fitted to the printable
    /// area of one sheet of paper.
    ///
    /// @return the printer it went to, or empty when the operator cancelled
    /// @throws IllegalStateException when there is no printer, or the printer refused the job
    Optional<String> print(String jobName, List<BufferedImage> pages);
}
