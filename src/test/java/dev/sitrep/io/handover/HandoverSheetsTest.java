package dev.sitrep.io.handover;

import dev.sitrep.domain.Commitment;
import dev.sitrep.domain.CommitmentState;
import dev.sitrep.domain.Communication;
import dev.sitrep.domain.CommunicationKind;
import dev.sitrep.domain.Contact;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.DeferredWork;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.DeviceKind;
import dev.sitrep.domain.DeviceStatus;
import dev.sitrep.domain.HandoverRequest;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentDraft;
import dev.sitrep.domain.IncidentKind;
import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Priority;
import dev.sitrep.domain.Scope;
import dev.sitrep.domain.Severity;
import dev.sitrep.domain.Shift;
import dev.sitrep.domain.Site;
import dev.sitrep.domain.SlaTier;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.domain.TaskStatus;
import dev.sitrep.domain.TimeWindow;
import dev.sitrep.domain.Urgency;
import dev.sitrep.io.demo.DemoData;
import dev.sitrep.io.demo.DemoScenario;
import dev.sitrep.io.print.PdfPages;
import dev.sitrep.io.print.PrintDocument.Paper;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.SteppingClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/// The sheet as printed: its PDF's text, for a known day shift and for the largest demo incident.
class HandoverSheetsTest {

    /// Monday 23 November 2026, 06:00 UTC: the incident is declared; the day shift runs 07:00 to 20:00.
    private static final Instant SIX = Instant.parse("2026-11-23T06:00:00Z");

    @TempDir
    Path folder;

    private Store store;
    private final SteppingClock clock = new SteppingClock(SIX);

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void aKnownShiftPrintsWhatHappenedAndWhatTheNextShiftInherits() throws IOException {
        DayShift day = new DayShift();

        String text = flat(pdfText(day.sheet(Paper.A4)));

        assertThat(text).contains("INC-2026-0001 · Ransomware at 東京 Logistics", "SEV1",
                "Shift Mon 23 Nov 07:00 – 20:00", "Handed over by Zoë Łukasiewicz to Sam Okafor");
        assertThat(text).contains("Situation at Mon 20:00", "50% recovered (2 of 4)", "+2 since 07:00");
        assertThat(text).contains("2 devices restored and 1 verified. 1 task finished; 1 new blocker (1 still blocked).",
                "1 call or update with 1 customer.");
        assertThat(text).contains("Recovered during the shift", "TKY-DC01", "EXCH-01");
        assertThat(text).contains("Isolate EXCH-02", "waiting for backup tapes", "STILL BLOCKED");
        assertThat(text).contains("Open tasks by engineer: 2 open, 1 blocked", "Nguyễn Văn An", "NOBODY YET",
                "Patch EXCH-02", "Mon 22:00 – 23:00");
        assertThat(text).contains("Planned downtime in the next 24 hours", "Promises to customers", "Mail flow back",
                "Callbacks owed", "OVERDUE", "Wants to know when mail is back", "not yet told", "Firewall upgrade");
        assertThat(text).contains("Notes and risks from the outgoing lead", "Backup tapes arrive at 21:00 by courier.");
        assertThat(text).contains("Outgoing team", "Zoë Łukasiewicz (lead)", "13 h 00: NEEDS REST", "Incoming team");
        assertThat(text).contains("Outgoing lead", "Incoming lead", "page 1 of");
    }

    @Test
    void namesInAnyScriptSurviveInTheFile() throws IOException {
        String text = pdfText(new DayShift().sheet(Paper.A4));

        assertThat(text).contains("Zoë Łukasiewicz", "Nguyễn Văn An", "東京");
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void theRansomwareIncidentFitsInFourPagesNumberedOnEach(Paper paper) throws IOException {
        setClock(Instant.parse("2026-03-12T14:37:21Z"));
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("ransomware")), clock);
        Incident incident = DemoData.load(store, DemoScenario.RANSOMWARE, 1, DemoData.DEFAULT_SEED);
        Shift latest = Shift.latest(store.shifts().forIncident(incident.id())).orElseThrow();
        HandoverSheets sheets = new HandoverSheets(store, clock);
        HandoverRequest request = new HandoverRequest(latest.window(clock.instant()), "Priya Shah", "",
                latest.handoverNotes(), clock.instant(), "Priya Shah");

        byte[] pdf = sheets.print(incident.id(), request, paper).pdf();

        int pages = PdfPages.pageCount(pdf);
        assertThat(pages).isBetween(2, HandoverSheets.MOST_PAGES);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertThat(text).contains("page " + page + " of " + pages, incident.code());
            }
        }
        assertThat(flat(pdfText(pdf))).containsPattern("and \\d+ more");
    }

    // A day shift of a small ransomware incident, built through the store as consoles would.

    private final class DayShift {
        private final Operator zoe;
        private final Operator an;
        private final Incident incident;
        private final Shift shift;

        DayShift() {
            store = Store.open(DatabaseLocation.ofFile(folder.resolve("day")), clock);
            zoe = store.staff().signIn("Zoë Łukasiewicz", StaffRole.COMMANDER);
            an = store.staff().signIn("Nguyễn Văn An", StaffRole.ENGINEER);
            Operator sam = store.staff().signIn("Sam Okafor", StaffRole.TAM);
            Customer tokyo = customer("東京 Logistics");
            Customer acme = customer("Acme");
            Site tokyoSite = site(tokyo, "東京");
            Site leeds = site(acme, "Leeds");
            Device dc = device(tokyoSite, "TKY-DC01");
            Device fs = device(tokyoSite, "TKY-FS01");
            Device exch01 = device(leeds, "EXCH-01");
            Device exch02 = device(leeds, "EXCH-02");
            incident = store.incidents().declare(new IncidentDraft("Ransomware at 東京 Logistics",
                    IncidentKind.RANSOMWARE, Severity.SEV1, zoe.staffId(), "", Duration.ofHours(2)), zoe);
            store.impacts().add(incident.id(), List.of(dc.id(), fs.id(), exch01.id(), exch02.id()), DeviceStatus.DOWN, zoe);
            at("07:00");
            store.shifts().join(incident.id(), zoe.staffId(), zoe);
            store.shifts().join(incident.id(), an.staffId(), an);
            at("09:00");
            store.impacts().setStatus(incident.id(), List.of(exch01.id()), DeviceStatus.RESTORED, null, an);
            at("10:00");
            store.impacts().setStatus(incident.id(), List.of(dc.id()), DeviceStatus.RESTORED, null, an);
            at("11:00");
            store.impacts().setStatus(incident.id(), List.of(dc.id()), DeviceStatus.VERIFIED, null, zoe);
            IncidentTask restore = task("Restore TKY-FS01 from backup", new Scope(tokyo.id(), tokyoSite.id(), fs.id()),
                    an, TaskStatus.IN_PROGRESS, null, null);
            at("12:00");
            store.tasks().save(with(restore, TaskStatus.BLOCKED, "waiting for backup tapes"), an);
            IncidentTask isolate = task("Isolate EXCH-02", new Scope(acme.id(), leeds.id(), exch02.id()), an,
                    TaskStatus.IN_PROGRESS, null, null);
            at("13:00");
            store.tasks().save(with(isolate, TaskStatus.DONE, ""), an);
            IncidentTask patch = task("Patch EXCH-02", new Scope(acme.id(), leeds.id(), exch02.id()), null,
                    TaskStatus.TODO, time("21:00"), new TimeWindow(time("22:00"), time("23:00")));
            at("14:00");
            store.communications().save(new Communication(UUID.randomUUID(), incident.id(), acme.id(),
                    CommunicationKind.INBOUND_CALL, "Phone", "Jo Bloggs", "Wants to know when mail is back.",
                    Urgency.HIGH, "Sam Okafor", clock.instant(), time("19:30"), null), sam);
            store.commitments().save(new Commitment(UUID.randomUUID(), incident.id(), acme.id(), "Mail flow back",
                    time("23:00"), patch.id(), CommitmentState.OPEN, clock.instant()), sam);
            store.deferredWork().save(new DeferredWork(UUID.randomUUID(), incident.id(), acme.id(),
                    "Firewall upgrade", time("16:00"), null, null, ""), sam);
            at("20:00");
            shift = store.shifts().forIncident(incident.id()).getFirst();
        }

        byte[] sheet(Paper paper) {
            HandoverSheets sheets = new HandoverSheets(store, clock);
            HandoverRequest request = new HandoverRequest(shift.window(clock.instant()), "Zoë Łukasiewicz",
                    "Sam Okafor", "Backup tapes arrive at 21:00 by courier.", clock.instant(), "Zoë Łukasiewicz");
            return sheets.print(incident.id(), request, paper).pdf();
        }

        private IncidentTask task(String title, Scope scope, Operator assignee, TaskStatus status, Instant eta,
                                  TimeWindow downtime) {
            IncidentTask task = new IncidentTask(UUID.randomUUID(), incident.id(), title, "", scope,
                    assignee == null ? null : assignee.staffId(), status, "", Priority.P1, eta, downtime,
                    clock.instant(), clock.instant());
            store.tasks().save(task, zoe);
            return task;
        }

        private IncidentTask with(IncidentTask task, TaskStatus status, String reason) {
            return new IncidentTask(task.id(), task.incidentId(), task.title(), task.detail(), task.scope(),
                    task.assigneeId(), status, reason, task.priority(), task.eta(), task.downtime(), task.createdAt(),
                    clock.instant());
        }

        private Customer customer(String name) {
            Customer customer = new Customer(UUID.randomUUID(), name, SlaTier.GOLD, "Sam Okafor",
                    new Contact("Jo Bloggs", "+44 113 496 0000", "jo@example.com"), "");
            store.inventory().saveCustomer(customer, zoe);
            return customer;
        }

        private Site site(Customer customer, String name) {
            Site site = new Site(UUID.randomUUID(), customer.id(), name, name, ZoneOffset.UTC);
            store.inventory().saveSite(site, zoe);
            return site;
        }

        private Device device(Site site, String hostname) {
            Device device = new Device(UUID.randomUUID(), site.id(), hostname, DeviceKind.SERVER, "", "", 1, "");
            store.inventory().saveDevice(device, zoe);
            return device;
        }

        private void at(String time) {
            setClock(time(time));
        }
    }

    private void setClock(Instant instant) {
        clock.advance(Duration.between(clock.instant(), instant));
    }

    private static Instant time(String clockTime) {
        return Instant.parse("2026-11-23T" + clockTime + ":00Z");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /// The text with every run of white space as one space: words wrapped onto a new line still read as a
    /// phrase.
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
