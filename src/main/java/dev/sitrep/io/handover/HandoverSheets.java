package dev.sitrep.io.handover;

import dev.sitrep.domain.HandoverCompiler;
import dev.sitrep.domain.HandoverFacts;
import dev.sitrep.domain.HandoverLimits;
import dev.sitrep.domain.HandoverRequest;
import dev.sitrep.domain.HandoverSheet;
import dev.sitrep.domain.Incident;
import dev.sitrep.io.print.PdfPages;
import dev.sitrep.io.print.PdfPrinter;
import dev.sitrep.io.print.PrintDocument.Paper;
import dev.sitrep.store.Store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/// Makes shift handover sheets: reads what one is made from out of the store, works it out and prints it
/// as PDF, on at most [#MOST_PAGES] pages when its lists can be cut that far. The command line and the
/// Handover screen both come here, so they print the same sheet. Database work: never on the FX thread.
public final class HandoverSheets {

    /// What a manager reads at a shift change: longer lists are cut until the sheet fits.
    public static final int MOST_PAGES = 4;

    private final Store store;
    private final Clock clock;

    /// @param clock the war room's clock: its zone is the one the sheet's times are printed in
    public HandoverSheets(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /// A sheet as printed: what it says, and its PDF.
    public record Printed(HandoverSheet sheet, byte[] pdf, int pages) {

        /// Writes the PDF to `file`; a failure leaves no half-written file behind.
        public void save(Path file) {
            PdfPrinter.save(pdf, file);
        }
    }

    /// The sheet of `incidentId` for `request`, from the store as it stands now, with its lists cut until it
    /// fits [#MOST_PAGES] pages (or cannot be cut further).
    public Printed print(UUID incidentId, HandoverRequest request, Paper paper) {
        return print(read(incidentId, request.shift().start()), request, paper);
    }

    /// The sheet made from `facts` read earlier (see [#read]): what a preview redrawn at each keystroke of
    /// the notes uses, without reading the store again.
    public Printed print(HandoverFacts facts, HandoverRequest request, Paper paper) {
        PdfPrinter printer = new PdfPrinter(clock);
        HandoverLimits limits = HandoverLimits.ROOMY;
        while (true) {
            HandoverSheet sheet = HandoverCompiler.compile(facts, request, limits);
            byte[] pdf = printer.toPdf(HandoverLayout.document(sheet, clock.getZone()), paper);
            int pages = PdfPages.pageCount(pdf);
            if (pages <= MOST_PAGES || limits.isTightest()) {
                return new Printed(sheet, pdf, pages);
            }
            limits = limits.tighter();
        }
    }

    /// The incident's state now, the inventory it touches, and its journal from `shiftStart` on.
    ///
    /// @throws IllegalArgumentException when the incident is not in the database
    public HandoverFacts read(UUID incidentId, Instant shiftStart) {
        Incident incident = store.incidents().find(incidentId)
                .orElseThrow(() -> new IllegalArgumentException("No incident with id " + incidentId + "."));
        return new HandoverFacts(incident, store.inventory().customers(), store.inventory().sites(),
                store.inventory().devices(), store.staff().all(), store.impacts().forIncident(incidentId),
                store.tasks().forIncident(incidentId), store.commitments().forIncident(incidentId),
                store.communications().forIncident(incidentId), store.deferredWork().forIncident(incidentId),
                store.shifts().forIncident(incidentId), store.journal().forIncidentSince(incidentId, shiftStart));
    }
}
