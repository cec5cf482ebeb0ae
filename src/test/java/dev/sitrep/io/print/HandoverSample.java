package dev.sitrep.io.print;

import dev.sitrep.io.print.PrintDocument.Block;
import dev.sitrep.io.print.PrintDocument.Cell;
import dev.sitrep.io.print.PrintDocument.Column;
import dev.sitrep.io.print.PrintDocument.Emphasis;
import dev.sitrep.io.print.PrintDocument.Fact;
import dev.sitrep.io.print.PrintDocument.Facts;
import dev.sitrep.io.print.PrintDocument.Heading;
import dev.sitrep.io.print.PrintDocument.Paragraph;
import dev.sitrep.io.print.PrintDocument.Row;
import dev.sitrep.io.print.PrintDocument.RunningHead;
import dev.sitrep.io.print.PrintDocument.SignOff;
import dev.sitrep.io.print.PrintDocument.Table;

import java.util.ArrayList;
import java.util.List;

/// A shift handover sheet as the big case prints it: a ransomware recovery across 12 sites.
final class HandoverSample {

    static final String TITLE = "INC-2026-0002 · Ransomware at Northwind Manufacturing";
    static final String[] SITES = {"Hamburg HQ", "Bremen plant", "Kiel depot", "Lyon plant", "Łódź plant",
            "Zürich office", "Hà Nội plant", "東京 office", "Osaka warehouse", "Austin plant", "São Paulo office",
            "Leeds depot", "Cork data centre"};
    private static final String[] OWNERS = {"Priya Shah", "Zoë Łukasiewicz", "Nguyễn Văn An", "山田 太郎",
            "Jonas Müller", "Aoife O'Sullivan", "Mateus Conceição"};
    private static final String[] ACTIONS = {"Reimage laptops", "Restore file server from offline backup",
            "Rotate service account passwords", "Verify EDR agent on restored hosts",
            "Rebuild domain controller", "Check backups for dormant payload", "Reissue VPN certificates",
            "Brief site lead on restore order", "Confirm MES line controllers are clean",
            "Re-enable scheduled jobs after verification"};

    private HandoverSample() {
    }

    static PrintDocument document(int taskRows) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Facts(List.of(
                new Fact("3,000", "devices in scope", ""),
                new Fact("412", "still down", "was 520 at 08:00"),
                new Fact("1,879", "restored", "+108 this shift"),
                new Fact("709", "in progress", "was 652"),
                new Fact("23", "tasks overdue", "+4 this shift"),
                new Fact("7", "blocked", "2 waiting on vendor"),
                new Fact("12", "sites affected", "all with a lead on shift"))));
        blocks.add(new Heading("Situation"));
        blocks.add(Paragraph.plain("""
                Encryption stopped at 03:40 on day 1 when the file servers were isolated. Recovery follows \
                the restore order agreed with the plant managers: domain services first, then MES line \
                controllers, then office laptops. No new encryption has been seen for 9 days; EDR reports \
                on 2,961 of 3,000 devices.
                Backups from before 28 Oct are clean; later ones are checked for dormant payload before use."""));
        blocks.add(new Paragraph("The Hà Nội and 東京 sites restore overnight European time: expect their "
                + "figures to move while this shift sleeps.", Emphasis.QUIET));
        blocks.add(new Heading("Sites"));
        List<Row> sites = new ArrayList<>();
        for (int i = 0; i < SITES.length; i++) {
            int total = 120 + i * 37 % 300;
            int done = (int) (total * ((i * 0.29 + 0.1) % 1.0));
            sites.add(new Row(List.of(Cell.plain(SITES[i]), Cell.plain(OWNERS[i % OWNERS.length]),
                    Cell.bar(done / (double) total, String.format("%,d / %,d", done, total)),
                    Cell.plain(String.valueOf(total - done)),
                    i % 4 == 1 ? Cell.strong("blocked: waiting on vendor for controller images")
                            : Cell.plain(i % 3 == 0 ? "on plan" : "behind plan by half a shift"))));
        }
        blocks.add(new Table(List.of(Column.left("Site", 2), Column.left("Lead", 2.2),
                Column.left("Restored", 2.6), Column.right("Down", 0.9), Column.left("Note", 3.5)), sites, ""));
        blocks.add(new Heading("Open tasks"));
        List<Row> tasks = new ArrayList<>();
        for (int i = 0; i < taskRows; i++) {
            boolean overdue = i % 9 == 0;
            tasks.add(new Row(List.of(Cell.plain("T-" + (1040 + i)),
                    Cell.plain(ACTIONS[i % ACTIONS.length] + (i % 7 == 3 ? " for line " + (i % 5 + 1)
                            + " and the quality lab's measuring stations" : "")),
                    Cell.plain(SITES[i % SITES.length]), Cell.plain(OWNERS[(i * 3) % OWNERS.length]),
                    overdue ? Cell.strong("overdue")
                            : Cell.plain(String.format("%02d:%02d", 8 + i % 12, i * 7 % 60)))));
        }
        blocks.add(new Table(List.of(Column.left("Task", 0.8), Column.left("Action", 5), Column.left("Site", 2),
                Column.left("Owner", 2), Column.right("Due", 1.1)), tasks, "and 240 more"));
        blocks.add(new Heading("Decisions this shift"));
        blocks.add(Paragraph.plain("""
                14:10 Keep the Bremen plant's line 3 offline until the vendor confirms controller images.
                16:45 Restore 東京 office laptops before Osaka warehouse: payroll runs there on Friday.
                19:30 Extend the password rotation to contractor accounts (Mateus Conceição to lead)."""));
        blocks.add(new Heading("Handover"));
        blocks.add(new SignOff(List.of("Outgoing incident lead", "Incoming incident lead", "Site lead, 東京 office"),
                List.of("Priya Shah", "", "山田 太郎")));
        return new PrintDocument(new RunningHead(TITLE,
                List.of("SEV1", "recovering", "day 12 of recovery", "shift 3 of 3 (night)",
                        "commander Priya Shah", "next update 22:00"),
                "Printed 23 Nov 2026 20:05 by Priya Shah"), blocks);
    }
}
