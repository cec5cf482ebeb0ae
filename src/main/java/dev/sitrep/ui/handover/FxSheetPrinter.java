package dev.sitrep.ui.handover;

import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/// Prints pages through JavaFX, with the system's page set-up and print dialogs.
public final class FxSheetPrinter implements SheetPrinter {

    private final Supplier<Window> owner;

    /// @param owner the window the dialogs belong to
    public FxSheetPrinter(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<String> print(String jobName, List<BufferedImage> pages) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            throw new IllegalStateException("No printer is set up on this computer. Save the sheet as a PDF "
                    + "(Ctrl+S) and print it from another.");
        }
        job.getJobSettings().setJobName(jobName);
        Window window = owner.get();
        if (!job.showPageSetupDialog(window) || !job.showPrintDialog(window)) {
            job.cancelJob();
            return Optional.empty();
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        for (int i = 0; i < pages.size(); i++) {
            if (!job.printPage(layout, fitted(pages.get(i), layout))) {
                job.cancelJob();
                throw new IllegalStateException("The printer stopped at page " + (i + 1) + " of " + pages.size()
                        + " (" + job.getJobStatus() + "). Save the sheet as a PDF (Ctrl+S) and print that.");
            }
        }
        if (!job.endJob()) {
            throw new IllegalStateException("The printer did not finish the job (" + job.getJobStatus() + ").");
        }
        return Optional.of(job.getPrinter().getName());
    }

    /// The page scaled to the printable area, keeping its proportions.
    private static ImageView fitted(BufferedImage page, PageLayout layout) {
        ImageView view = new ImageView(PageImages.toFx(page));
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setFitWidth(layout.getPrintableWidth());
        view.setFitHeight(layout.getPrintableHeight());
        return view;
    }
}
