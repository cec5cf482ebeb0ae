package dev.sitrep.app.cli;

import dev.sitrep.domain.HandoverRequest;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.Shift;
import dev.sitrep.domain.Staff;
import dev.sitrep.domain.Text;
import dev.sitrep.domain.TimeEntry;
import dev.sitrep.domain.TimeWindow;
import dev.sitrep.io.handover.HandoverSheets;
import dev.sitrep.io.print.PrintDocument.Paper;
import dev.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

/// `sitrep handover --out FILE.pdf`: prints the shift handover sheet of an incident as a PDF, the same sheet
/// the Handover screen prints.
@Command(name = "handover", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Writes the shift handover sheet of an incident as a PDF: the situation, what happened "
                + "during the shift and what the next shift inherits.")
final class HandoverCommand implements Callable<Integer> {


    @ParentCommand
    private SitrepCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The PDF file to write.")
    private Path out;

    @Option(names = "--incident", paramLabel = "CODE",
            description = "The incident (INC-2026-0001). Default: the open incident, when there is one.")
    private String incidentCode;

    @Option(names = "--from", paramLabel = "TIME",
            description = "Start of the shift: 08:00, -12h, yesterday 20:00 or 2026-11-23 08:00. "
                    + "Default: the start of the running shift, else of the last one.")
    private String from;

    @Option(names = "--to", paramLabel = "TIME", description = "End of the shift, as --from. Default: now, or "
            + "the end of the last shift when none runs.")
    private String to;

    @Option(names = "--paper", paramLabel = "a4|letter",
            description = "Paper size. Default: Letter in North America, else A4.")
    private String paper;

    @Option(names = "--outgoing", paramLabel = "NAME", description = "Who hands over. Default: the shift's lead.")
    private String outgoing;

    @Option(names = "--incoming", paramLabel = "NAME",
            description = "Who takes over. Default: left blank to write in.")
    private String incoming;

    @Override
    public Integer call() {
        Paper chosenPaper = paper();
        Path file = out.toAbsolutePath();
        try (Store store = root.openStore()) {
            Clock clock = root.clock();
            Incident incident = incident(store);
            List<Shift> shifts = store.shifts().forIncident(incident.id());
            Optional<Shift> shift = from == null && to == null ? Shift.latest(shifts) : Optional.empty();
            TimeWindow window = window(shift, clock);
            HandoverRequest request = new HandoverRequest(window, outgoing != null ? outgoing
                    : shift.map(Shift::leadId).map(id -> name(store, id)).orElse(""), Text.orEmpty(incoming),
                    shift.map(Shift::handoverNotes).orElse(""), clock.instant(), root.operator(store).name());
            HandoverSheets sheets = new HandoverSheets(store, clock);
            HandoverSheets.Printed printed = sheets.print(incident.id(), request, chosenPaper);
            printed.save(file);
            int pages = printed.pages();
            spec.commandLine().getOut().println("Wrote " + file + ": the handover of " + incident.code()
                    + " for " + describe(window, clock) + ", " + Text.count(pages, "page") + " ("
                    + chosenPaper.label() + ").");
        }
        return 0;
    }

    private Paper paper() {
        if (paper == null) {
            return Paper.forCountry(Locale.getDefault().getCountry());
        }
        return switch (paper.strip().toLowerCase(Locale.ROOT)) {
            case "a4" -> Paper.A4;
            case "letter" -> Paper.LETTER;
            default -> throw new ParameterException(spec.commandLine(),
                    "--paper: \"" + paper + "\" is not a paper size: write a4 or letter.");
        };
    }

    /// The incident `--incident` names, else the one open incident, else the latest declared.
    private Incident incident(Store store) {
        if (incidentCode != null) {
            return store.incidents().findByCode(incidentCode.strip()).orElseThrow(() ->
                    new IllegalArgumentException("No incident " + incidentCode.strip() + " in the database."));
        }
        List<Incident> all = store.incidents().all();
        List<Incident> open = all.stream().filter(Incident::isOpen).toList();
        if (open.size() > 1) {
            throw new IllegalArgumentException(open.size() + " incidents are open ("
                    + String.join(", ", open.stream().map(Incident::code).toList())
                    + "): name one with --incident CODE.");
        }
        return open.stream().findFirst()
                .or(() -> all.stream().max(Comparator.comparing(Incident::declaredAt)))
                .orElseThrow(() -> new IllegalArgumentException(
                        "The database holds no incident: 'sitrep demo zero-day' loads a demo incident."));
    }

    private TimeWindow window(Optional<Shift> shift, Clock clock) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        if (shift.isPresent()) {
            return shift.get().window(now.toInstant());
        }
        Instant end = to == null ? now.toInstant() : time("--to", to, now);
        Instant start = from == null ? end.minus(HandoverRequest.WITHOUT_A_SHIFT) : time("--from", from, now);
        if (!end.isAfter(start)) {
            throw new ParameterException(spec.commandLine(), "--to must be after --from: the shift would run from "
                    + TimeEntry.format(start, clock.getZone()) + " to " + TimeEntry.format(end, clock.getZone()) + ".");
        }
        return new TimeWindow(start, end);
    }

    private Instant time(String option, String text, ZonedDateTime now) {
        try {
            return TimeEntry.parsePast(text, now);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }

    private static String name(Store store, UUID staffId) {
        return store.staff().find(staffId).map(Staff::name).orElse("");
    }

    private static String describe(TimeWindow window, Clock clock) {
        return TimeEntry.format(window.start(), clock.getZone()) + " to "
                + TimeEntry.format(window.end(), clock.getZone());
    }
}
