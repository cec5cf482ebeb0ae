package dev.sitrep.io.demo;

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
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentKind;
import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.Phase;
import dev.sitrep.domain.Priority;
import dev.sitrep.domain.Scope;
import dev.sitrep.domain.Severity;
import dev.sitrep.domain.Site;
import dev.sitrep.domain.SlaTier;
import dev.sitrep.domain.Staff;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.domain.TaskStatus;
import dev.sitrep.domain.TimeWindow;
import dev.sitrep.domain.Urgency;
import dev.sitrep.io.demo.DemoBuilder.ImpactStep;
import dev.sitrep.io.demo.DemoBuilder.TaskStep;
import dev.sitrep.io.demo.DemoCatalog.City;
import dev.sitrep.io.demo.DemoCatalog.Company;
import dev.sitrep.store.BulkBatch;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.sitrep.domain.DeviceStatus.AT_RISK;
import static dev.sitrep.domain.DeviceStatus.DOWN;
import static dev.sitrep.domain.DeviceStatus.ISOLATED;
import static dev.sitrep.domain.DeviceStatus.RECOVERING;
import static dev.sitrep.domain.DeviceStatus.RESTORED;
import static dev.sitrep.domain.DeviceStatus.VERIFIED;

/// A zero-day in Exchange Server, 18 hours in: 26 customers, 40 exposed servers being isolated, patched in
/// windows agreed with each customer and scanned for signs of compromise.
final class ZeroDayScenario {

    static final int CUSTOMERS = 26;
    static final int EXCHANGE_SERVERS = 40;
    static final String EXCHANGE = "Microsoft Exchange Server";

    private static final Duration RUNNING = Duration.ofHours(18);
    private static final Duration CADENCE = Duration.ofMinutes(120);
    private static final ZoneId WAR_ROOM = ZoneId.of("Europe/London");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final List<DeviceStatus> STATUSES = List.of(VERIFIED, RESTORED, RECOVERING, ISOLATED, AT_RISK,
            DOWN);
    private static final double[] STATUS_SHARES = {0.30, 0.225, 0.15, 0.15, 0.125, 0.05};
    private static final int OVERDUE_CUSTOMERS = 3;

    private final DemoRandom random;
    private final int scale;
    private final Instant now;
    private final DemoBuilder builder = new DemoBuilder();
    private final RecoveryCurve curve = new RecoveryCurve();

    private Staff commander;
    private Staff manager;
    private final List<Staff> engineers = new ArrayList<>();
    private final List<Staff> tams = new ArrayList<>();
    private Incident incident;
    private final List<Server> servers = new ArrayList<>();
    private final Map<Customer, List<Server>> serversByCustomer = new LinkedHashMap<>();
    private final Map<Server, IncidentTask> patchTasks = new LinkedHashMap<>();
    private List<Customer> overdueCustomers = List.of();

    /// An impacted Exchange server with everything the later parts of the story need about it.
    private record Server(Device device, Site site, Customer customer, DeviceStatus status, Staff engineer,
                          List<ImpactStep> history) {

        Instant reached(DeviceStatus wanted) {
            return history.stream().filter(step -> step.status() == wanted).map(ImpactStep::at).findFirst()
                    .orElse(null);
        }

        String where() {
            return device.hostname() + " (" + site.name() + ")";
        }
    }

    ZeroDayScenario(DemoRandom random, int scale, Instant now) {
        this.random = random;
        this.scale = scale;
        this.now = now;
    }

    BulkBatch generate() {
        hireStaff();
        List<Customer> customers = addCustomers();
        addServers(customers);
        builder.journalInventory(incidentStart().minus(Duration.ofDays(random.between(40, 200))), manager.name());
        declare();
        impactServers();
        servers.forEach(this::addTasks);
        overdueCustomers = random.sample(List.copyOf(serversByCustomer.keySet()), OVERDUE_CUSTOMERS);
        serversByCustomer.forEach(this::talkTo);
        serversByCustomer.forEach(this::promise);
        deferWork(customers);
        new ShiftRota(commander, engineers.getFirst(), allStaff(), 8, allStaff(), 3)
                .staff(builder, random, incident, now, WAR_ROOM, this::handover);
        return builder.build();
    }

    // Inventory

    private void hireStaff() {
        for (DemoCatalog.Person person : DemoCatalog.STAFF.subList(0, DemoCatalog.ZERO_DAY_STAFF)) {
            Staff member = builder.add(new Staff(random.uuid(), person.name(), person.role(), person.phone(),
                    person.skills()));
            switch (member.role()) {
                case COMMANDER -> commander = member;
                case MANAGER -> manager = member;
                case ENGINEER -> engineers.add(member);
                case TAM -> tams.add(member);
            }
        }
    }

    private List<Staff> allStaff() {
        return builder.staff.stream().filter(s -> s.role() != StaffRole.MANAGER).toList();
    }

    private List<Customer> addCustomers() {
        List<Customer> customers = new ArrayList<>();
        for (Company company : random.sample(DemoCatalog.COMPANIES, CUSTOMERS)) {
            Customer customer = builder.add(new Customer(random.uuid(), company.name(), company.tier(),
                    random.pick(tams).name(), contactAt(random, company.domain()), notesFor(company.tier())));
            customers.add(customer);
            addSites(customer, company);
        }
        return customers;
    }

    static Contact contactAt(DemoRandom random, String domain) {
        String first = random.pick(DemoCatalog.FIRST_NAMES);
        String last = random.pick(DemoCatalog.SURNAMES);
        return new Contact(first + " " + last, "+44 1632 960" + String.format("%03d", random.between(0, 999)),
                DemoCatalog.emailLocalPart(first, last) + "@" + domain);
    }

    private String notesFor(SlaTier tier) {
        return switch (tier) {
            case PLATINUM -> "24/7 cover; call the duty manager for any P1.";
            case GOLD -> "Extended hours 07:00-22:00; out of hours by agreement.";
            case SILVER -> "Business hours; patch windows need two days' notice.";
            case STANDARD -> "Business hours only.";
        };
    }

    private void addSites(Customer customer, Company company) {
        builder.add(new Site(random.uuid(), customer.id(), company.home().name() + " Head Office",
                company.home().name(), company.home().zone()));
        if (company.abroad() != null) {
            builder.add(new Site(random.uuid(), customer.id(), company.abroad().name() + " Office",
                    company.abroad().name(), company.abroad().zone()));
        }
        if (random.chance(0.45)) {
            City other = random.pick(DemoCatalog.UK_CITIES);
            if (!other.equals(company.home())) {
                String name = other.name() + (random.chance(0.4) ? " Data Centre" : " Office");
                builder.add(new Site(random.uuid(), customer.id(), name, other.name(), other.zone()));
            }
        }
    }

    private void addServers(List<Customer> customers) {
        int total = EXCHANGE_SERVERS * scale;
        List<Customer> owners = new ArrayList<>(customers);
        for (int i = customers.size(); i < total; i++) {
            owners.add(random.pick(customers));
        }
        Map<Customer, Integer> numbers = new LinkedHashMap<>();
        for (Customer owner : owners) {
            int number = numbers.merge(owner, 1, Integer::sum);
            List<Site> sites = sitesOf(owner);
            Site site = number == 1 ? sites.getFirst() : random.pick(sites);
            String version = random.pick(DemoCatalog.EXCHANGE_VERSIONS);
            Device device = builder.add(new Device(random.uuid(), site.id(), String.format("EXCH-%02d", number),
                    DeviceKind.SERVER, EXCHANGE, version, number == 1 ? 1 : random.between(1, 2),
                    random.pick("Mailbox server, DAG member", "Mailbox server", "Hybrid server for Exchange Online",
                            "Mailbox server; OWA published to the internet")));
            servers.add(new Server(device, site, owner, null, null, List.of()));
        }
        customers.forEach(this::addOtherDevices);
    }

    /// A few devices that are not part of the incident, so the inventory is more than the incident.
    private void addOtherDevices(Customer customer) {
        Site head = sitesOf(customer).getFirst();
        if (random.chance(0.4)) {
            builder.add(new Device(random.uuid(), head.id(), "DC-01", DeviceKind.SERVER, "Windows Server",
                    "2022 Standard", 1, "Domain controller"));
        }
        if (random.chance(0.25)) {
            builder.add(new Device(random.uuid(), head.id(), "FW-01", DeviceKind.NETWORK, "Fortinet FortiGate 100F",
                    "FortiOS 7.2.8", 1, ""));
        }
    }

    private List<Site> sitesOf(Customer customer) {
        return builder.sites.stream().filter(site -> site.customerId().equals(customer.id())).toList();
    }

    // The incident and its impacts

    private Instant incidentStart() {
        return now.minus(RUNNING).minus(random.minutes(0, 40));
    }

    private void declare() {
        Instant declared = incidentStart();
        Instant responding = declared.plus(random.minutes(15, 35));
        Instant recovering = declared.plus(random.minutes(8 * 60, 10 * 60));
        String code = String.format("INC-%d-0001", declared.atZone(WAR_ROOM).getYear());
        incident = new Incident(random.uuid(), code, "Exchange Server zero-day: emergency patching",
                IncidentKind.VULNERABILITY, Severity.SEV1, Phase.RECOVERING, declared, null, commander.id(),
                "Microsoft disclosed a pre-authentication remote code execution flaw in on-premises Exchange "
                        + "Server, exploited in the wild. Every managed Exchange server is to be cut off from "
                        + "inbound HTTPS, patched with the out-of-band security update in a window agreed with "
                        + "the customer, and scanned for indicators of compromise.", CADENCE);
        builder.declare(incident, commander.name(), List.of(Map.entry(Phase.RESPONDING, responding),
                Map.entry(Phase.RECOVERING, recovering)));
    }

    private void impactServers() {
        int[] counts = DemoRandom.apportion(servers.size(), STATUS_SHARES);
        List<DeviceStatus> statuses = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            statuses.addAll(Collections.nCopies(counts[i], STATUSES.get(i)));
        }
        statuses = random.shuffled(statuses);
        Map<Customer, Instant> discovered = new LinkedHashMap<>();
        List<Server> impacted = new ArrayList<>();
        for (int i = 0; i < servers.size(); i++) {
            Server server = servers.get(i);
            Instant created = discovered.computeIfAbsent(server.customer(),
                    _ -> incident.declaredAt().plus(random.minutes(20, 90)));
            impacted.add(impact(server, statuses.get(i), created));
        }
        servers.clear();
        servers.addAll(impacted);
        servers.forEach(server -> serversByCustomer.computeIfAbsent(server.customer(), _ -> new ArrayList<>())
                .add(server));
    }

    private Server impact(Server server, DeviceStatus status, Instant created) {
        Staff engineer = random.pick(engineers);
        Instant assigned = created.plus(random.minutes(5, 30));
        List<DeviceStatus> path = pathTo(status);
        List<ImpactStep> steps = new ArrayList<>();
        steps.add(new ImpactStep(created, AT_RISK, random.pick(engineers).name(), ""));
        if (path.size() > 1) {
            Instant last = fractionOfIncident(status);
            List<Instant> times = random.sortedTimes(path.size() - 2, assigned.plusSeconds(60), last, WAR_ROOM);
            times.add(last);
            for (int i = 1; i < path.size(); i++) {
                DeviceStatus next = path.get(i);
                steps.add(new ImpactStep(times.get(i - 1), next, engineer.name(), noteFor(next)));
            }
        }
        builder.impact(incident, server.device(), steps, engineer.id(), assigned, commander.name());
        Server impacted = new Server(server.device(), server.site(), server.customer(), status, engineer, steps);
        if (impacted.reached(RESTORED) != null) {
            curve.recoveredAt(impacted.reached(RESTORED));
        }
        return impacted;
    }

    private static List<DeviceStatus> pathTo(DeviceStatus status) {
        return switch (status) {
            case AT_RISK, UNKNOWN -> List.of(AT_RISK);
            case ISOLATED -> List.of(AT_RISK, ISOLATED);
            case DOWN -> List.of(AT_RISK, ISOLATED, DOWN);
            case RECOVERING -> List.of(AT_RISK, ISOLATED, RECOVERING);
            case RESTORED -> List.of(AT_RISK, ISOLATED, RECOVERING, RESTORED);
            case VERIFIED -> List.of(AT_RISK, ISOLATED, RECOVERING, RESTORED, VERIFIED);
        };
    }

    /// When a device last changed, by where it ended: isolations early, patches through the night, the
    /// devices being patched right now recently.
    private Instant fractionOfIncident(DeviceStatus status) {
        double[] range = switch (status) {
            case ISOLATED -> new double[]{0.08, 0.35};
            case DOWN -> new double[]{0.15, 0.55};
            case RECOVERING -> new double[]{0.88, 0.99};
            case RESTORED -> new double[]{0.45, 0.95};
            default -> new double[]{0.55, 0.98};
        };
        long seconds = Duration.between(incident.declaredAt(), now).toSeconds();
        double fraction = range[0] + random.unit() * (range[1] - range[0]);
        return incident.declaredAt().plusSeconds((long) (seconds * fraction));
    }

    private String noteFor(DeviceStatus status) {
        return switch (status) {
            case ISOLATED -> random.pick("OWA and ECP blocked at the firewall; no inbound HTTPS",
                    "Inbound 443 closed on the customer's FortiGate", "Mitigation rule applied with EEMS; URL "
                            + "rewrite in place");
            case DOWN -> random.pick("Web shell found under FrontEnd\\HttpProxy\\owa\\auth; powered off for "
                    + "forensic imaging", "Suspicious w3wp.exe child processes; taken off line");
            case RECOVERING -> random.pick("Installing the security update", "Upgrading to a supported CU first, "
                    + "then the security update");
            case RESTORED -> random.pick("Update installed; services up, mail flowing",
                    "Patched and rebooted; queues draining");
            case VERIFIED -> random.pick("IOC scan clean (MSERT and HttpProxy logs)",
                    "No indicators of compromise; customer informed");
            default -> "";
        };
    }

    // Tasks

    private void addTasks(Server server) {
        patchTasks.put(server, patchTask(server));
        verifyTask(server, server.history().getFirst().at().plus(random.minutes(15, 45)));
    }

    private IncidentTask patchTask(Server server) {
        Instant created = server.history().getFirst().at().plus(random.minutes(10, 40));
        Scope scope = new Scope(server.customer().id(), server.site().id(), server.device().id());
        List<TaskStep> steps = new ArrayList<>();
        steps.add(new TaskStep(created, TaskStatus.TODO, commander.name(), ""));
        TimeWindow window = null;
        Instant eta;
        switch (server.status()) {
            case VERIFIED, RESTORED -> {
                Instant started = server.reached(RECOVERING);
                Instant done = server.reached(RESTORED);
                steps.add(new TaskStep(after(started, created), TaskStatus.IN_PROGRESS, server.engineer().name(), ""));
                steps.add(new TaskStep(after(done, started), TaskStatus.DONE, server.engineer().name(), ""));
                window = new TimeWindow(started.minus(random.minutes(0, 20)), done.plus(random.minutes(20, 60)));
                eta = window.end();
            }
            case RECOVERING -> {
                Instant started = server.reached(RECOVERING);
                steps.add(new TaskStep(after(started, created), TaskStatus.IN_PROGRESS, server.engineer().name(), ""));
                window = TimeWindow.of(started.minus(random.minutes(0, 15)), Duration.ofHours(3));
                eta = window.end();
            }
            case DOWN -> {
                steps.add(new TaskStep(after(server.reached(DOWN).plusSeconds(120), created), TaskStatus.BLOCKED,
                        commander.name(), "Held for forensic imaging by the customer's insurer"));
                eta = now.plus(random.minutes(6 * 60, 20 * 60));
            }
            default -> {
                if (random.chance(0.35)) {
                    steps.add(new TaskStep(random.instant(created.plusSeconds(600), now), TaskStatus.BLOCKED,
                            server.customer().tam(), random.pick(
                                    "Waiting for the customer to agree a downtime window",
                                    "Customer's change board meets at 10:00; no downtime until approved",
                                    "Customer will not take downtime before month-end close",
                                    "Need the customer's local admin credentials")));
                    eta = now.plus(random.minutes(12 * 60, 36 * 60));
                } else {
                    window = tonightAt(server.site().timeZone());
                    eta = window.end();
                }
            }
        }
        if (random.chance(0.15) && server.status().isOpen() && server.status() != DOWN) {
            eta = now.minus(random.minutes(20, 90));
        }
        String version = server.device().version();
        String detail = "Exchange Server " + version + " at " + server.customer().name() + ", " + server.site().name()
                + ". " + (version.equals("2019 CU13") ? "CU13 is out of support: upgrade to CU14 first. " : "")
                + "Install the out-of-band security update, reboot, check services and mail flow.";
        Priority priority = server.customer().slaTier().ordinal() <= SlaTier.GOLD.ordinal() ? Priority.P1
                : Priority.P2;
        return add(new IncidentTask(random.uuid(), incident.id(), "Patch " + server.device().hostname()
                + " with the out-of-band security update", detail, scope, server.engineer().id(),
                steps.getLast().status(), steps.getLast().reason(), priority, eta, window, created,
                steps.getLast().at()), steps);
    }

    private void verifyTask(Server server, Instant created) {
        Staff scanner = engineers.stream().filter(e -> e.skills().contains("security")).findFirst()
                .orElse(server.engineer());
        Scope scope = new Scope(server.customer().id(), server.site().id(), server.device().id());
        List<TaskStep> steps = new ArrayList<>();
        steps.add(new TaskStep(created, TaskStatus.TODO, commander.name(), ""));
        Instant eta = now.plus(random.minutes(60, 8 * 60));
        Instant restored = server.reached(RESTORED);
        if (server.status() == DOWN) {
            steps.add(new TaskStep(after(server.reached(DOWN).plusSeconds(600), created), TaskStatus.IN_PROGRESS,
                    scanner.name(), ""));
        } else if (restored != null && (server.status() == VERIFIED || random.chance(0.6))) {
            Instant verified = server.reached(VERIFIED);
            Instant started = restored.plus(random.minutes(5, 30));
            Instant latest = verified != null ? verified.minusSeconds(60) : now;
            steps.add(new TaskStep(after(started.isAfter(latest) ? restored : started, created),
                    TaskStatus.IN_PROGRESS, scanner.name(), ""));
            if (verified != null) {
                steps.add(new TaskStep(after(verified, steps.getLast().at()), TaskStatus.DONE, scanner.name(), ""));
                eta = verified.plus(random.minutes(0, 30));
            }
        }
        add(new IncidentTask(random.uuid(), incident.id(), "Scan " + server.device().hostname()
                        + " for indicators of compromise",
                "Run MSERT and the Exchange on-premises IOC script; check HttpProxy logs since the disclosure.",
                scope, scanner.id(), steps.getLast().status(), "", Priority.P2, eta, null, created,
                steps.getLast().at()), steps);
    }

    private IncidentTask add(IncidentTask task, List<TaskStep> steps) {
        builder.task(task, steps);
        return task;
    }

    /// The next evening window at the site, 22:00 to 01:00 local time.
    private TimeWindow tonightAt(ZoneId zone) {
        ZonedDateTime start = now.atZone(zone).with(LocalTime.of(22, 0));
        if (!start.toInstant().isAfter(now)) {
            start = start.plusDays(1);
        }
        return TimeWindow.of(start.toInstant(), Duration.ofHours(3));
    }

    private static Instant after(Instant time, Instant floor) {
        return time == null || !time.isAfter(floor) ? floor.plusSeconds(60) : time;
    }

    // Communications

    private void talkTo(Customer customer, List<Server> owned) {
        Staff tam = tamOf(customer);
        String contact = customer.primaryContact().name();
        Instant told = incident.declaredAt().plus(random.minutes(10, 50));
        log(customer, CommunicationKind.OUTBOUND_CALL, "Phone", contact, "Told " + contact + " about the Exchange "
                + "zero-day: " + owned.size() + " of their servers exposed; blocking OWA and ECP at the firewall "
                + "now, patching in windows we agree with them.", Urgency.HIGH, tam, told, null);
        statusUpdates(customer, owned, tam, told);
        for (int unit = 0; unit < scale; unit++) {
            int calls = random.between(1, 3);
            for (int i = 0; i < calls; i++) {
                customerCall(customer, owned, tam);
            }
            if (random.chance(0.5)) {
                Instant at = random.workTime(told, now, WAR_ROOM);
                log(customer, CommunicationKind.INTERNAL_NOTE, "", "", random.pick(
                        "Customer's firewall is managed by a third party; they are applying the block rule.",
                        "Customer asked that we call the duty manager, not the primary contact, after 18:00.",
                        "Backups of " + random.pick(owned).device().hostname() + " checked before patching."),
                        Urgency.LOW, random.pick(engineers), at, null);
            }
        }
    }

    private void statusUpdates(Customer customer, List<Server> owned, Staff tam, Instant told) {
        Instant stopAt = overdueCustomers.contains(customer) ? now.minus(random.minutes(140, 200)) : now;
        Instant at = told.plus(random.minutes(45, 100));
        while (at.isBefore(stopAt)) {
            Instant sent = at;
            int patched = (int) owned.stream().filter(s -> s.reached(RESTORED) != null
                    && !s.reached(RESTORED).isAfter(sent)).count();
            Instant next = at.plus(CADENCE);
            String progress = patched == owned.size()
                    ? "All " + owned.size() + " Exchange servers patched; scanning for signs of compromise."
                    : patched + " of " + owned.size() + " Exchange servers patched; the others stay cut off from "
                    + "inbound HTTPS until their window.";
            log(customer, CommunicationKind.STATUS_UPDATE, "E-mail", customer.primaryContact().name(),
                    "Status update: " + progress + " Next update by " + CLOCK.format(next.atZone(WAR_ROOM)) + ".",
                    Urgency.NORMAL, tam, at, null);
            at = at.plus(random.minutes(95, 118));
        }
    }

    private void customerCall(Customer customer, List<Server> owned, Staff tam) {
        Server server = random.pick(owned);
        Instant at = random.workTime(incident.declaredAt().plus(Duration.ofHours(1)), now, server.site().timeZone());
        String caller = random.chance(0.6) ? customer.primaryContact().name()
                : random.pick(DemoCatalog.FIRST_NAMES) + " " + random.pick(DemoCatalog.SURNAMES);
        String summary = random.pick(
                caller + " asks whether " + server.where() + " is safe to bring back on the internet.",
                caller + " reports users cannot reach webmail from home since the block.",
                caller + " asks for the patch window for " + server.device().hostname() + " to move to after 20:00.",
                caller + "'s CISO wants written confirmation of the IOC scan result.",
                caller + " asks if ActiveSync on phones is affected.",
                caller + " asks whether they must report to the ICO.");
        Instant callbackDue = random.chance(0.45) ? at.plus(random.minutes(30, 120)) : null;
        Instant done = null;
        if (callbackDue != null && callbackDue.isBefore(now.minus(Duration.ofMinutes(20))) && random.chance(0.8)) {
            Instant candidate = callbackDue.plus(random.minutes(0, 40)).minus(Duration.ofMinutes(20));
            done = candidate.isAfter(now) ? now : candidate.isBefore(at) ? at.plusSeconds(300) : candidate;
        }
        Communication call = new Communication(random.uuid(), incident.id(), customer.id(),
                random.chance(0.8) ? CommunicationKind.INBOUND_CALL : CommunicationKind.EMAIL, "Phone", caller,
                summary, random.chance(0.3) ? Urgency.HIGH : Urgency.NORMAL, tam.name(), at, callbackDue, done);
        builder.communication(call, tam.name());
    }

    private void log(Customer customer, CommunicationKind kind, String channel, String contact, String summary,
                     Urgency urgency, Staff by, Instant at, Instant callbackDue) {
        builder.communication(new Communication(random.uuid(), incident.id(), customer.id(), kind, channel, contact,
                summary, urgency, by.name(), at, callbackDue, null), by.name());
    }

    private Staff tamOf(Customer customer) {
        return tams.stream().filter(t -> t.name().equals(customer.tam())).findFirst().orElse(tams.getFirst());
    }

    // Commitments, deferred work and shifts

    private void promise(Customer customer, List<Server> owned) {
        Staff tam = tamOf(customer);
        Instant created = incident.declaredAt().plus(random.minutes(60, 180));
        Instant promised = created.plus(random.minutes(6 * 60, 20 * 60));
        Server last = owned.getLast();
        IncidentTask task = patchTasks.get(last);
        boolean allPatched = owned.stream().allMatch(s -> s.reached(RESTORED) != null);
        CommitmentState state = CommitmentState.OPEN;
        Instant due = promised;
        Instant settled = null;
        if (promised.isBefore(now)) {
            Instant lastPatched = owned.stream().map(s -> s.reached(RESTORED)).filter(t -> t != null)
                    .max(Instant::compareTo).orElse(null);
            if (allPatched && !lastPatched.isAfter(promised)) {
                state = CommitmentState.MET;
                settled = lastPatched;
            } else if (random.chance(0.5)) {
                state = CommitmentState.REVISED;
                settled = promised.minus(random.minutes(10, 40));
                due = now.plus(random.minutes(2 * 60, 10 * 60));
            } else {
                state = CommitmentState.MISSED;
                settled = promised.plus(random.minutes(5, 30));
                settled = settled.isAfter(now) ? now : settled;
            }
        }
        builder.commitment(new Commitment(random.uuid(), incident.id(), customer.id(),
                "All Exchange servers patched and scanned", due, task.id(), state, created), promised, tam.name(),
                settled);
    }

    private void deferWork(List<Customer> customers) {
        List<String> work = List.of("SharePoint Online migration workshop", "Quarterly patching of file servers",
                "Firewall rule review", "Windows 11 pilot rollout, wave 2");
        List<Customer> chosen = random.sample(customers, 3);
        for (int i = 0; i < chosen.size(); i++) {
            Customer customer = chosen.get(i);
            Instant original = now.plus(random.minutes(4 * 60, 3 * 24 * 60));
            boolean told = i < 2;
            Instant recorded = incident.declaredAt().plus(random.minutes(3 * 60, 8 * 60));
            Staff tam = tamOf(customer);
            Instant toldAt = told ? recorded.plus(random.minutes(30, 5 * 60)) : null;
            builder.deferredWork(new DeferredWork(random.uuid(), incident.id(), customer.id(), work.get(i), original,
                    told ? original.plus(Duration.ofDays(random.between(3, 10))) : null, toldAt,
                    told ? tam.name() : ""), recorded, commander.name());
        }
    }

    private String handover(ShiftSlot slot) {
        int recovered = curve.recoveredBy(slot.end());
        int during = curve.recoveredBetween(slot.start(), slot.end());
        return during + " servers patched this shift; " + recovered + " of " + servers.size()
                + " patched so far. Chase the blocked windows first; keep status updates on the two-hour cadence.";
    }
}
