package dev.sitrep.io.handover;

import dev.sitrep.Medians;
import dev.sitrep.domain.HandoverFacts;
import dev.sitrep.domain.HandoverRequest;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.Shift;
import dev.sitrep.io.demo.DemoData;
import dev.sitrep.io.demo.DemoScenario;
import dev.sitrep.io.print.PdfPages;
import dev.sitrep.io.print.PdfPrinter;
import dev.sitrep.io.print.PrintDocument.Paper;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/// The handover sheet of the ransomware demo's latest shift, at scale 1 and 10 (3,000 and 30,000 devices).
///
/// Prints, for each scale:
/// - `BENCH handover.print.xN`: Save PDF or Print from the store: read, work out, lay out until it fits
///   four pages;
/// - `BENCH handover.redraw.xN`: the preview after a keystroke in the notes: work out and lay out from the
///   facts already read, and render the pages at the preview's 110 dpi;
/// - `BENCH handover.print.xN.baseline`: one layout of the finished sheet as PDF, the least any print costs.
///
/// Medians of five runs after one warm-up, in milliseconds.
@Tag("bench")
class HandoverBenchmark {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-12T14:37:21Z"), ZoneOffset.UTC);
    private static final int RUNS = 5;

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(ints = {1, 10})
    void theRansomwareShiftsSheet(int scale) {
        try (Store store = Store.open(DatabaseLocation.ofFile(folder.resolve("x" + scale)), CLOCK)) {
            Incident incident = DemoData.load(store, DemoScenario.RANSOMWARE, scale, DemoData.DEFAULT_SEED);
            Shift latest = Shift.latest(store.shifts().forIncident(incident.id())).orElseThrow();
            HandoverRequest request = new HandoverRequest(latest.window(CLOCK.instant()), "Priya Shah", "",
                    latest.handoverNotes(), CLOCK.instant(), "Priya Shah");
            HandoverSheets sheets = new HandoverSheets(store, CLOCK);
            HandoverFacts facts = sheets.read(incident.id(), request.shift().start());
            HandoverSheets.Printed printed = sheets.print(facts, request, Paper.A4);

            long print = median(() -> sheets.print(incident.id(), request, Paper.A4));
            long redraw = median(() -> PdfPages.render(sheets.print(facts, request, Paper.A4).pdf(), 110));
            long baseline = median(() -> new PdfPrinter(CLOCK).toPdf(HandoverLayout.document(printed.sheet(),
                    ZoneOffset.UTC), Paper.A4));

            System.out.println("BENCH handover.print.x" + scale + " " + print + " ms");
            System.out.println("BENCH handover.redraw.x" + scale + " " + redraw + " ms");
            System.out.println("BENCH handover.print.x" + scale + ".baseline " + baseline + " ms");
            System.out.printf(Locale.ROOT, "x%d: %d pages; print/baseline %.1f%n", scale, printed.pages(),
                    (double) print / baseline);
        }
    }

    private static long median(Supplier<?> run) {
        run.get();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            run.get();
            times.add((System.nanoTime() - started) / 1_000_000);
        }
        return Medians.of(times);
    }
}
