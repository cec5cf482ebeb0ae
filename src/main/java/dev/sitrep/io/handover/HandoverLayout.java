package dev.sitrep.io.handover;

import dev.sitrep.domain.DeviceStatus;
import dev.sitrep.domain.HandoverRequest;
import dev.sitrep.domain.HandoverSheet;
import dev.sitrep.domain.HandoverSheet.CallbackLine;
import dev.sitrep.domain.HandoverSheet.CustomerCalls;
import dev.sitrep.domain.HandoverSheet.DeferredLine;
import dev.sitrep.domain.HandoverSheet.DowntimeLine;
import dev.sitrep.domain.HandoverSheet.EngineerTasks;
import dev.sitrep.domain.HandoverSheet.IncidentChange;
import dev.sitrep.domain.HandoverSheet.PromiseLine;
import dev.sitrep.domain.HandoverSheet.ShiftActivity;
import dev.sitrep.domain.HandoverSheet.SiteProgress;
import dev.sitrep.domain.HandoverSheet.SiteRecovery;
import dev.sitrep.domain.HandoverSheet.TaskChange;
import dev.sitrep.domain.HandoverSheet.TaskLine;
import dev.sitrep.domain.HandoverSheet.TeamMember;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.Places;
import dev.sitrep.domain.Shortlist;
import dev.sitrep.domain.StatusTotals;
import dev.sitrep.domain.TaskStatus;
import dev.sitrep.domain.Text;
import dev.sitrep.io.print.PrintDocument;
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

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/// Puts a [HandoverSheet] into words, as a [PrintDocument]: what a manager reads at the shift change, in
/// the order they need it. Every state that matters is said in words ("OVERDUE", "still blocked"), bold
/// when it needs action, so the sheet reads the same from a black-and-white printer.
public final class HandoverLayout {

    /// Devices listed by name per site among those recovered during the shift.
    static final int DEVICE_NAMES = 8;
    /// Empty rows printed for the incoming team to write in when nobody has signed on yet.
    static final int BLANK_ROWS = 3;

    private static final List<DeviceStatus> WORST_FIRST = List.of(DeviceStatus.DOWN, DeviceStatus.ISOLATED,
            DeviceStatus.AT_RISK, DeviceStatus.UNKNOWN, DeviceStatus.RECOVERING, DeviceStatus.RESTORED,
            DeviceStatus.VERIFIED);

    private final HandoverSheet sheet;
    private final HandoverRequest request;
    private final SheetTimes times;
    private final List<Block> blocks = new ArrayList<>();

    private HandoverLayout(HandoverSheet sheet, ZoneId zone) {
        this.sheet = sheet;
        this.request = sheet.request();
        this.times = new SheetTimes(zone);
    }

    /// The sheet as a document, its times in `zone`.
    public static PrintDocument document(HandoverSheet sheet, ZoneId zone) {
        return new HandoverLayout(sheet, zone).build();
    }

    private PrintDocument build() {
        situation();
        duringTheShift();
        openTasks();
        downtime();
        promises();
        callbacks();
        deferredWork();
        notes();
        teams();
        blocks.add(new SignOff(List.of("Outgoing lead", "Incoming lead"),
                List.of(request.outgoingLead(), request.incomingLead())));
        return new PrintDocument(head(), blocks);
    }

    private RunningHead head() {
        Incident incident = sheet.incident();
        List<String> facts = new ArrayList<>();
        facts.add(incident.severity().label());
        facts.add(incident.phase().label());
        facts.add("Shift " + times.window(request.shift().start(), request.shift().end()));
        if (!request.outgoingLead().isEmpty() || !request.incomingLead().isEmpty()) {
            facts.add("Handed over by " + orBlank(request.outgoingLead()) + " to " + orBlank(request.incomingLead()));
        }
        facts.add("Times " + zoneName(times.zone()));
        String by = request.generatedBy().isEmpty() ? "" : " by " + request.generatedBy();
        return new RunningHead(incident.code() + " · " + incident.title(), facts,
                "Shift handover · printed " + times.full(request.generatedAt()) + by);
    }

    // The devices

    private void situation() {
        StatusTotals start = sheet.situation().atStart();
        StatusTotals end = sheet.situation().atEnd();
        blocks.add(new Heading("Situation at " + times.day(request.shiftEndSoFar())));
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(percent(end.progress()), "recovered (" + Text.number(end.recovered()) + " of "
                + Text.number(end.total()) + ")", changeOf(start.recovered(), end.recovered())));
        for (DeviceStatus status : WORST_FIRST) {
            if (start.count(status) > 0 || end.count(status) > 0) {
                facts.add(new Fact(Text.number(end.count(status)), status.label(),
                        changeOf(start.count(status), end.count(status))));
            }
        }
        blocks.add(new Facts(facts));
        sites(sheet.situation().sites());
    }

    /// "+240 since 08:00", "−3 since 08:00", "no change".
    private String changeOf(int before, int after) {
        int change = after - before;
        String since = " since " + times.time(request.shift().start());
        return change == 0 ? "no change" : (change > 0 ? "+" : "−") + Text.number(Math.abs(change)) + since;
    }

    private void sites(Shortlist<SiteProgress> sites) {
        if (sites.isEmpty()) {
            blocks.add(quiet("No devices are part of the incident yet."));
            return;
        }
        boolean manyCustomers = sites.shown().stream().map(SiteProgress::customer).distinct().count() > 1;
        List<Column> columns = new ArrayList<>(List.of(Column.left("Site", 3)));
        if (manyCustomers) {
            columns.add(Column.left("Customer", 3));
        }
        columns.addAll(List.of(Column.left("Worst now", 2), Column.left("Recovered now", 3.2),
                Column.right("At shift start", 2), Column.right("Change", 1.4)));
        List<Row> rows = sites.shown().stream().map(site -> siteRow(site, manyCustomers)).toList();
        blocks.add(new Table(columns, rows, more(sites.more(), "site")));
    }

    private Row siteRow(SiteProgress site, boolean withCustomer) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.plain(site.site()));
        if (withCustomer) {
            cells.add(Cell.plain(site.customer()));
        }
        boolean open = site.worst().isOpen();
        cells.add(open ? Cell.strong(site.worst().label().toUpperCase(Locale.ROOT)) : Cell.plain("all back"));
        cells.add(Cell.bar(site.progress(), Text.number(site.recovered()) + " / " + Text.number(site.total())));
        cells.add(Cell.plain(site.totalAtStart() == 0 ? "not yet affected"
                : Text.number(site.recoveredAtStart()) + " / " + Text.number(site.totalAtStart())));
        int change = site.recovered() - site.recoveredAtStart();
        cells.add(Cell.plain(change == 0 ? "–" : (change > 0 ? "+" : "−") + Text.number(Math.abs(change))));
        return new Row(cells);
    }

    // What happened

    private void duringTheShift() {
        ShiftActivity activity = sheet.activity();
        blocks.add(new Heading("During the shift"));
        blocks.add(Paragraph.plain(summary(activity)));
        recovered(activity.recovery());
        tasksDone(activity.tasksDone());
        blockers(activity.newBlockers());
        incidentChanges(activity.incidentChanges());
        calls(activity.calls());
    }

    private static String summary(ShiftActivity activity) {
        int calls = activity.calls().shown().stream().mapToInt(CustomerCalls::total).sum();
        long stillBlocked = activity.newBlockers().shown().stream().filter(TaskChange::stillBlocked).count();
        return Text.count(activity.restored(), "device") + " restored and " + Text.number(activity.verified())
                + " verified. " + Text.count(activity.tasksDone().total(), "task") + " finished; "
                + Text.count(activity.newBlockers().total(), "new blocker")
                + (activity.newBlockers().total() == 0 ? "" : " (" + stillBlocked + " still blocked)") + ". "
                + Text.count(calls, "call or update", "calls and updates") + " with "
                + Text.count(activity.calls().total(), "customer") + ". Promises: "
                + activity.promisesMet() + " met, " + activity.promisesMissed() + " missed.";
    }

    private void recovered(Shortlist<SiteRecovery> recovery) {
        if (recovery.isEmpty()) {
            return;
        }
        blocks.add(new Heading("Recovered during the shift"));
        List<Row> rows = recovery.shown().stream().map(site -> new Row(List.of(
                Cell.plain(Places.of(site.site(), site.customer())), Cell.plain(Text.number(site.restored())),
                Cell.plain(Text.number(site.verified())), Cell.plain(named(site.devices()))))).toList();
        blocks.add(new Table(List.of(Column.left("Site", 3), Column.right("Restored", 1.2),
                Column.right("Verified", 1.2), Column.left("Devices", 7)), rows, more(recovery.more(), "site")));
    }

    private static String named(List<String> devices) {
        if (devices.size() <= DEVICE_NAMES) {
            return String.join(", ", devices);
        }
        return String.join(", ", devices.subList(0, DEVICE_NAMES)) + " and " + (devices.size() - DEVICE_NAMES)
                + " more";
    }

    private void tasksDone(Shortlist<TaskChange> done) {
        if (done.isEmpty()) {
            return;
        }
        blocks.add(new Heading("Tasks finished"));
        List<Row> rows = done.shown().stream().map(task -> Row.of(times.day(task.at()), task.title(), task.place(),
                task.by())).toList();
        blocks.add(new Table(List.of(Column.left("When", 1.4), Column.left("Task", 5), Column.left("Where", 4),
                Column.left("By", 2.2)), rows, more(done.more(), "task")));
    }

    private void blockers(Shortlist<TaskChange> blockers) {
        if (blockers.isEmpty()) {
            return;
        }
        blocks.add(new Heading("New blockers"));
        List<Row> rows = blockers.shown().stream().map(task -> new Row(List.of(Cell.plain(times.day(task.at())),
                Cell.plain(taskAndPlace(task)), Cell.plain(task.reason()),
                task.stillBlocked() ? Cell.strong("STILL BLOCKED") : Cell.plain("cleared")))).toList();
        blocks.add(new Table(List.of(Column.left("When", 1.4), Column.left("Task", 6), Column.left("Waiting for", 4),
                Column.left("Now", 1.8)), rows, more(blockers.more(), "blocker")));
    }

    private static String taskAndPlace(TaskChange task) {
        return task.place().isEmpty() ? task.title() : task.title() + " (" + task.place() + ")";
    }

    private void incidentChanges(List<IncidentChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        blocks.add(new Heading("Changes to the incident"));
        List<Row> rows = changes.stream().map(change -> Row.of(times.day(change.at()),
                change.by() + " " + change.what())).toList();
        blocks.add(new Table(List.of(Column.left("When", 1.4), Column.left("What", 12)), rows, ""));
    }

    private void calls(Shortlist<CustomerCalls> calls) {
        if (calls.isEmpty()) {
            return;
        }
        blocks.add(new Heading("Contact with customers"));
        Function<Integer, String> figure = count -> count == 0 ? "–" : Text.number(count);
        List<Row> rows = calls.shown().stream().map(customer -> Row.of(customer.customer(),
                figure.apply(customer.inbound()), figure.apply(customer.outbound()), figure.apply(customer.emails()),
                figure.apply(customer.statusUpdates()), figure.apply(customer.callbacksMade()))).toList();
        blocks.add(new Table(List.of(Column.left("Customer", 5), Column.right("Calls in", 1.5),
                Column.right("Calls out", 1.5), Column.right("E-mails", 1.5), Column.right("Updates", 1.5),
                Column.right("Callbacks made", 2)), rows, more(calls.more(), "customer")));
    }

    // What the next shift inherits

    private void openTasks() {
        var work = sheet.openWork();
        blocks.add(new Heading("Open tasks by engineer: " + Text.number(work.open()) + " open, "
                + Text.number(work.blocked()) + " blocked"));
        if (work.engineers().isEmpty()) {
            blocks.add(quiet("No open tasks."));
            return;
        }
        List<Row> rows = new ArrayList<>();
        for (EngineerTasks engineer : work.engineers()) {
            rows.addAll(engineerRows(engineer));
        }
        blocks.add(new Table(List.of(Column.left("Engineer", 3.2), Column.left("P", 0.5), Column.left("Task", 6.8),
                Column.left("Status", 1.6), Column.left("ETA", 1.9), Column.left("Downtime", 2.1)), rows, ""));
    }

    private List<Row> engineerRows(EngineerTasks engineer) {
        List<Row> rows = new ArrayList<>();
        boolean first = true;
        for (TaskLine task : engineer.tasks().shown()) {
            rows.add(new Row(List.of(first ? engineerCell(engineer) : Cell.plain(""),
                    Cell.plain(task.priority().label()), Cell.plain(taskText(task)), status(task), eta(task),
                    Cell.plain(task.downtime() == null ? ""
                            : times.shortWindow(task.downtime().start(), task.downtime().end())))));
            first = false;
        }
        return rows;
    }

    /// "Sam Lee", "8 open, 2 blocked", and how many of their tasks the sheet leaves out.
    private static Cell engineerCell(EngineerTasks engineer) {
        String name = engineer.isNobody() ? "NOBODY YET" : engineer.engineer();
        String load = engineer.open() + " open" + (engineer.blocked() == 0 ? "" : " · " + engineer.blocked() + " blocked")
                + (engineer.tasks().more() == 0 ? "" : " · " + engineer.tasks().more() + " not listed");
        return new Cell(name + "\n" + load, Emphasis.STRONG, null);
    }

    /// The title, where it is, and what a blocked task waits for.
    private static String taskText(TaskLine task) {
        String text = task.place().isEmpty() ? task.title() : task.title() + " · " + task.place();
        boolean waits = task.status() == TaskStatus.BLOCKED && !task.blockedReason().isEmpty();
        if (!waits) {
            return text;
        }
        boolean saysSo = task.blockedReason().toLowerCase(Locale.ROOT).startsWith("waiting");
        return text + "\n" + (saysSo ? task.blockedReason() : "Waiting for: " + task.blockedReason());
    }

    private static Cell status(TaskLine task) {
        return task.status() == TaskStatus.BLOCKED ? Cell.strong("BLOCKED") : Cell.plain(task.status().label());
    }

    private Cell eta(TaskLine task) {
        String eta = times.day(task.eta());
        return switch (task.etaState()) {
            case NONE -> Cell.plain("none set");
            case ON_TIME -> Cell.plain(eta);
            case SOON -> Cell.strong(eta + "\nwithin the hour");
            case OVERDUE -> Cell.strong(eta + "\nOVERDUE");
            case BREAKS_PROMISE -> Cell.strong(eta + "\nBREAKS A PROMISE");
        };
    }

    private void downtime() {
        Shortlist<DowntimeLine> downtime = sheet.downtime();
        blocks.add(new Heading("Planned downtime in the next 24 hours"));
        if (downtime.isEmpty()) {
            blocks.add(quiet("None planned."));
            return;
        }
        List<Row> rows = downtime.shown().stream().map(line -> new Row(List.of(
                line.running() ? Cell.strong("NOW, until " + times.day(line.window().end()))
                        : Cell.plain(times.shortWindow(line.window().start(), line.window().end())),
                Cell.plain(line.task()), Cell.plain(line.place()),
                Cell.plain(line.engineer().isEmpty() ? "nobody yet" : line.engineer())))).toList();
        blocks.add(new Table(List.of(Column.left("When", 2.6), Column.left("Task", 5), Column.left("Where", 4),
                Column.left("Engineer", 2.4)), rows, more(downtime.more(), "window")));
    }

    private void promises() {
        Shortlist<PromiseLine> promises = sheet.promises();
        blocks.add(new Heading("Promises to customers: overdue, at risk, or due in 24 hours"));
        if (promises.isEmpty()) {
            blocks.add(quiet("None."));
            return;
        }
        boolean byCustomer = varies(promises.shown(), PromiseLine::customer);
        List<Row> rows = promises.shown().stream().map(promise -> new Row(List.of(
                Cell.plain(byCustomer ? promise.customer() + ": " + promise.what() : promise.what()),
                Cell.plain(times.day(promise.due())), promiseState(promise)))).toList();
        blocks.add(new Table(List.of(Column.left("Promised", 9), Column.left("By", 1.6), Column.left("Standing", 3)),
                rows, more(promises.more(), "promise")));
    }

    private Cell promiseState(PromiseLine promise) {
        return switch (promise.state()) {
            case OVERDUE -> Cell.strong("OVERDUE: met or missed?");
            case AT_RISK -> Cell.strong("AT RISK: task ETA " + times.day(promise.taskEta()));
            case DUE -> Cell.plain("due");
        };
    }

    private void callbacks() {
        Shortlist<CallbackLine> callbacks = sheet.callbacks();
        blocks.add(new Heading("Callbacks owed"));
        if (callbacks.isEmpty()) {
            blocks.add(quiet("None."));
            return;
        }
        boolean byCustomer = varies(callbacks.shown(), CallbackLine::customer);
        List<Row> rows = callbacks.shown().stream().map(call -> new Row(List.of(
                call.overdue() ? Cell.strong(times.day(call.due()) + "\nOVERDUE") : Cell.plain(times.day(call.due())),
                Cell.plain(callText(call, byCustomer)), Cell.plain(call.loggedBy())))).toList();
        blocks.add(new Table(List.of(Column.left("Due", 1.6), Column.left("Who and what about", 10),
                Column.left("Logged by", 2.2)), rows, more(callbacks.more(), "callback")));
    }

    /// "Acme · Jo Bloggs: wants to know when mail is back."
    private static String callText(CallbackLine call, boolean byCustomer) {
        String summary = Text.firstWords(call.summary(), 160);
        String contact = summary.startsWith(call.contact()) ? "" : call.contact();
        String who = Places.of(byCustomer ? call.customer() : null, contact);
        return (who.isEmpty() ? "" : who + ": ") + summary;
    }

    private void deferredWork() {
        Shortlist<DeferredLine> deferred = sheet.deferred();
        blocks.add(new Heading("Other customers' work that slipped, not yet told"));
        if (deferred.isEmpty()) {
            blocks.add(quiet("None: every customer whose work slipped has been told."));
            return;
        }
        List<Row> rows = deferred.shown().stream().map(work -> Row.of(work.customer(), work.what(),
                times.date(work.originalDue()), work.revisedDue() == null ? "not set" : times.date(work.revisedDue())))
                .toList();
        blocks.add(new Table(List.of(Column.left("Customer", 3), Column.left("Work", 6), Column.left("Was due", 2.4),
                Column.left("Now due", 2.4)), rows, more(deferred.more(), "item")));
    }

    // People

    private void notes() {
        blocks.add(new Heading("Notes and risks from the outgoing lead"));
        blocks.add(request.notes().isBlank() ? quiet("No notes written.") : Paragraph.plain(request.notes().strip()));
    }

    private void teams() {
        blocks.add(new Heading("Outgoing team: hours on shift in the 24 hours to "
                + times.time(request.shiftEndSoFar())));
        blocks.add(sheet.outgoingTeam().isEmpty() ? quiet("Nobody was signed on.")
                : teamTable(sheet.outgoingTeam()));
        blocks.add(new Heading("Incoming team"));
        blocks.add(sheet.incomingTeam().isEmpty() ? blankTeamTable() : teamTable(sheet.incomingTeam()));
    }

    private static Table teamTable(List<TeamMember> team) {
        List<Row> rows = team.stream().map(member -> new Row(List.of(
                member.lead() ? Cell.strong(member.name() + " (lead)") : Cell.plain(member.name()),
                Cell.plain(member.role().label()), Cell.plain(member.phone()), hours(member)))).toList();
        return new Table(teamColumns(), rows, "");
    }

    private static Cell hours(TeamMember member) {
        String hours = SheetTimes.length(member.lastDay());
        return switch (member.level()) {
            case FINE -> Cell.plain(hours);
            case LONG -> Cell.strong(hours + ": plan a handover");
            case TOO_LONG -> Cell.strong(hours + ": NEEDS REST");
        };
    }

    private static Table blankTeamTable() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(Row.of("\n", "", "", ""));
        }
        return new Table(teamColumns(), rows, "Nobody has signed on for the next shift yet: write the team in.");
    }

    private static List<Column> teamColumns() {
        return List.of(Column.left("Name", 4), Column.left("Role", 2.4), Column.left("Phone", 3),
                Column.left("Hours in 24 h", 3));
    }

    // Words

    private static Paragraph quiet(String text) {
        return new Paragraph(text, Emphasis.QUIET);
    }

    private static String more(int more, String noun) {
        return more == 0 ? "" : "and " + Text.count(more, "more " + noun, "more " + noun + "s");
    }

    /// Whether the rows name more than one value: a column of one repeated name is left out.
    private static <T> boolean varies(List<T> rows, Function<T, String> value) {
        return rows.stream().map(value).distinct().count() > 1;
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /// "Europe/London", or "UTC" and "UTC+02:00" for fixed offsets.
    private static String zoneName(ZoneId zone) {
        return zone.normalized() instanceof ZoneOffset offset
                ? "UTC" + (offset.getTotalSeconds() == 0 ? "" : offset.getId()) : zone.getId();
    }

    private static String orBlank(String name) {
        return name.isEmpty() ? "________" : name;
    }
}
