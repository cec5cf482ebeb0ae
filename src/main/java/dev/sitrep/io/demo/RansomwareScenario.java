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
import dev.sitrep.io.demo.DemoCatalog.Company;
import dev.sitrep.io.demo.DemoCatalog.Model;
import dev.sitrep.io.demo.DemoCatalog.Plant;
import dev.sitrep.store.BulkBatch;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static dev.sitrep.domain.DeviceStatus.AT_RISK;
import static dev.sitrep.domain.DeviceStatus.DOWN;
import static dev.sitrep.domain.DeviceStatus.ISOLATED;
import static dev.sitrep.domain.DeviceStatus.RECOVERING;
import static dev.sitrep.domain.DeviceStatus.RESTORED;
import static dev.sitrep.domain.DeviceStatus.UNKNOWN;
import static dev.sitrep.domain.DeviceStatus.VERIFIED;

/// Ransomware at a manufacturer, two weeks in: headquarters and twelve plants, 3,000 devices, most of the
/// office estate reimaged, a few plants still struggling, and the provider's other customers told their
/// work is late.
final class RansomwareScenario {

    static final int DEVICES = 3_000;
    static final int TASKS = 300;
    static final int COMMUNICATIONS = 2_000;
    static final int OTHER_CUSTOMERS = 5;
    static final int WORSE_PLANTS = 3;

    private static final Duration RUNNING = Duration.ofDays(14);
    private static final Duration CADENCE = Duration.ofMinutes(240);
    private static final Duration TRIAGE = Duration.ofHours(48);
    private static final ZoneId WAR_ROOM = ZoneId.of("Europe/London");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM");
    private static final List<DeviceStatus> STATUSES = List.of(VERIFIED, RESTORED, RECOVERING, ISOLATED, DOWN,
            AT_RISK, UNKNOWN);

    private final DemoRandom random;
    private final int scale;
    private final Instant now;
    private final DemoBuilder builder = new DemoBuilder();
    private final RecoveryCurve curve = new RecoveryCurve();

    private final List<Staff> commanders = new ArrayList<>();
    private final List<Staff> managers = new ArrayList<>();
    private final List<Staff> engineers = new ArrayList<>();
    private final List<Staff> tams = new ArrayList<>();
    private Customer manufacturer;
    private final List<PlantSite> plants = new ArrayList<>();
    private final List<Unit> units = new ArrayList<>();
    private final Map<PlantSite, List<Unit>> unitsAt = new HashMap<>();
    private final List<Customer> otherCustomers = new ArrayList<>();
    private final List<Instant> taskDoneAt = new ArrayList<>();
    private Incident incident;
    private Instant declared;

    /// A site of the manufacturer, how badly it was hit, when its recovery peaked and who works on it.
    private record PlantSite(Site site, Plant plant, boolean worse, Instant discovered, Instant waveCentre,
                             List<Staff> team, List<String> managers) {
    }

    /// A device with the model it was made from, its status and how it got there.
    private record Unit(Device device, Model model, PlantSite plant, DeviceStatus status, Staff engineer,
                        List<ImpactStep> history) {

        Instant reached(DeviceStatus wanted) {
            for (ImpactStep step : history) {
                if (step.status() == wanted) {
                    return step.at();
                }
            }
            return null;
        }
    }

    RansomwareScenario(DemoRandom random, int scale, Instant now) {
        this.random = random;
        this.scale = scale;
        this.now = now;
    }

    BulkBatch generate() {
        declared = declaredAt();
        hireStaff();
        addManufacturer();
        addDevices();
        addOtherCustomers();
        builder.journalInventory(declared.minus(Duration.ofDays(random.between(60, 400))), managers.getFirst().name());
        declare();
        impactDevices();
        addTasks();
        List<DeferredWork> deferred = deferWork();
        communicate(deferred);
        new ShiftRota(commanders.get(0), commanders.get(1), dayPool(), 8, nightPool(), 4)
                .staff(builder, random, incident, now, WAR_ROOM, this::handover);
        return builder.build();
    }

    // Staff and inventory

    private Instant declaredAt() {
        ZonedDateTime start = now.minus(RUNNING).atZone(WAR_ROOM).with(LocalTime.of(5, 0));
        return start.toInstant().plus(random.minutes(0, 90));
    }

    private void hireStaff() {
        for (DemoCatalog.Person person : DemoCatalog.STAFF) {
            Staff member = builder.add(new Staff(random.uuid(), person.name(), person.role(), person.phone(),
                    person.skills()));
            (switch (member.role()) {
                case COMMANDER -> commanders;
                case MANAGER -> managers;
                case ENGINEER -> engineers;
                case TAM -> tams;
            }).add(member);
        }
    }

    private List<Staff> dayPool() {
        return builder.staff.stream().filter(s -> s.role() != StaffRole.COMMANDER).toList();
    }

    private List<Staff> nightPool() {
        return builder.staff.stream().filter(s -> s.role() == StaffRole.ENGINEER || s.role() == StaffRole.TAM)
                .toList();
    }

    private void addManufacturer() {
        manufacturer = builder.add(new Customer(random.uuid(), DemoCatalog.MANUFACTURER, SlaTier.PLATINUM,
                tams.getFirst().name(), new Contact("Gareth Hughes", "+44 121 496 0418",
                "gareth.hughes@" + DemoCatalog.MANUFACTURER_DOMAIN),
                "Automotive components. 24/7 production; any line stop costs about £40k an hour. Insurer's "
                        + "breach coach must be copied on every written update."));
        List<Plant> worse = random.sample(DemoCatalog.PLANTS.subList(1, DemoCatalog.PLANTS.size()), WORSE_PLANTS);
        for (Plant plant : DemoCatalog.PLANTS) {
            boolean hq = plant == DemoCatalog.PLANTS.getFirst();
            boolean isWorse = worse.contains(plant);
            Site site = builder.add(new Site(random.uuid(), manufacturer.id(), plant.name(), plant.city().name(),
                    plant.city().zone()));
            Instant discovered = declared.plus(hq ? random.minutes(20, 60) : random.minutes(60, 30 * 60));
            long centreHours = isWorse ? random.between(8 * 24, 12 * 24) : random.between(3 * 24, 9 * 24);
            List<String> plantManagers = List.of(person() + " (plant manager)", person() + " (site IT lead)",
                    person() + " (production manager)");
            plants.add(new PlantSite(site, plant, isWorse, discovered, declared.plus(Duration.ofHours(centreHours)),
                    random.sample(engineers, 3), plantManagers));
        }
    }

    private String person() {
        return random.pick(DemoCatalog.FIRST_NAMES) + " " + random.pick(DemoCatalog.SURNAMES);
    }

    private void addDevices() {
        double[] siteWeights = new double[plants.size()];
        for (int i = 0; i < siteWeights.length; i++) {
            siteWeights[i] = i == 0 ? 0.16 : 0.055 + random.unit() * 0.03;
        }
        int[] perSite = DemoRandom.apportion(DEVICES * scale, siteWeights);
        for (int i = 0; i < plants.size(); i++) {
            List<Model> models = i == 0 ? DemoCatalog.HEADQUARTERS_MODELS : DemoCatalog.PLANT_MODELS;
            int[] perModel = DemoRandom.apportion(perSite[i], models.stream().mapToDouble(Model::weight).toArray());
            Map<String, Integer> numbers = new HashMap<>();
            for (int m = 0; m < models.size(); m++) {
                for (int n = 0; n < perModel[m]; n++) {
                    addDevice(plants.get(i), models.get(m), numbers);
                }
            }
        }
    }

    private void addDevice(PlantSite plant, Model model, Map<String, Integer> numbers) {
        int number = numbers.merge(model.prefix(), 1, Integer::sum);
        boolean many = model.kind() == DeviceKind.WORKSTATION;
        String hostname = plant.plant().code() + "-" + model.prefix() + "-"
                + String.format(many ? "%04d" : "%03d", number);
        Device device = builder.add(new Device(random.uuid(), plant.site().id(), hostname, model.kind(),
                model.product(), random.pick(model.versions()), model.criticality(), model.notes()));
        units.add(new Unit(device, model, plant, null, null, List.of()));
    }

    private void addOtherCustomers() {
        for (Company company : random.sample(DemoCatalog.COMPANIES, OTHER_CUSTOMERS)) {
            Customer customer = builder.add(new Customer(random.uuid(), company.name(), company.tier(),
                    random.pick(tams).name(), ZeroDayScenario.contactAt(random, company.domain()), ""));
            builder.add(new Site(random.uuid(), customer.id(), company.home().name() + " Head Office",
                    company.home().name(), company.home().zone()));
            otherCustomers.add(customer);
        }
    }

    // The incident and its impacts

    private void declare() {
        String code = String.format("INC-%d-0001", declared.atZone(WAR_ROOM).getYear());
        incident = new Incident(random.uuid(), code, "Ransomware at Arden Valley Manufacturing",
                IncidentKind.RANSOMWARE, Severity.SEV1, Phase.RECOVERING, declared, null, commanders.getFirst().id(),
                "Akira ransomware entered through an unpatched SSL-VPN and encrypted the VMware estate, file "
                        + "servers and most office workstations across headquarters and twelve plants. OT "
                        + "networks were cut off from IT within hours. Recovery order: identity, ERP and MES, "
                        + "then plants by production priority. Insurer and forensic firm engaged.", CADENCE);
        builder.declare(incident, commanders.getFirst().name(), List.of(
                Map.entry(Phase.RESPONDING, declared.plus(random.minutes(25, 50))),
                Map.entry(Phase.RECOVERING, declared.plus(random.minutes(50 * 60, 72 * 60)))));
    }

    private void impactDevices() {
        List<Unit> impacted = new ArrayList<>(units.size());
        for (Unit unit : units) {
            impacted.add(impact(unit, statusOf(unit)));
        }
        units.clear();
        units.addAll(impacted);
        units.forEach(unit -> unitsAt.computeIfAbsent(unit.plant(), _ -> new ArrayList<>()).add(unit));
    }

    /// Where a device stands two weeks in: most are back, equipment lags, the worse plants lag more.
    private DeviceStatus statusOf(Unit unit) {
        double[] weights = switch (unit.model().kind()) {
            case WORKSTATION -> new double[]{0.53, 0.20, 0.08, 0.07, 0.08, 0.02, 0.02};
            case SERVER -> new double[]{0.60, 0.16, 0.09, 0.05, 0.07, 0.01, 0.02};
            case NETWORK -> new double[]{0.66, 0.14, 0.04, 0.04, 0.03, 0.07, 0.02};
            case EQUIPMENT -> new double[]{0.42, 0.18, 0.06, 0.14, 0.05, 0.10, 0.05};
            case OTHER -> new double[]{0.45, 0.15, 0.05, 0.10, 0.05, 0.10, 0.10};
        };
        if (unit.plant().worse()) {
            weights = weights.clone();
            weights[0] *= 0.45;
            weights[1] *= 0.8;
            for (int i = 2; i < weights.length; i++) {
                weights[i] *= 2.5;
            }
        }
        return random.weighted(STATUSES, weights);
    }

    private Unit impact(Unit unit, DeviceStatus status) {
        PlantSite plant = unit.plant();
        Staff engineer = random.pick(plant.team());
        List<ImpactStep> steps = new ArrayList<>();
        steps.add(new ImpactStep(plant.discovered(), UNKNOWN, plant.team().getFirst().name(), ""));
        triage(unit, status, engineer, steps);
        recover(unit, status, engineer, steps);
        settle(steps);
        boolean assigned = status.ordinal() >= RECOVERING.ordinal() || random.chance(0.6);
        Instant assignedAt = null;
        if (assigned) {
            Instant from = steps.get(Math.min(1, steps.size() - 1)).at();
            Instant to = steps.size() > 2 ? steps.get(2).at() : now;
            assignedAt = random.instant(from, to.isAfter(from) ? to : from.plusSeconds(60));
        }
        builder.impact(incident, unit.device(), steps, assigned ? engineer.id() : null, assignedAt,
                commanders.get(random.between(0, 1)).name());
        Unit impacted = new Unit(unit.device(), unit.model(), plant, status, engineer, List.copyOf(steps));
        if (impacted.reached(RESTORED) != null) {
            curve.recoveredAt(impacted.reached(RESTORED));
        }
        return impacted;
    }

    /// The first two days: what the sweep found, and the device cut off if it was hit.
    private void triage(Unit unit, DeviceStatus status, Staff engineer, List<ImpactStep> steps) {
        if (status == UNKNOWN) {
            return;
        }
        DeviceKind kind = unit.model().kind();
        DeviceStatus found = switch (status) {
            case AT_RISK, DOWN -> status;
            case ISOLATED -> random.chance(0.5) ? DOWN : ISOLATED;
            default -> firstFinding(kind);
        };
        Instant start = unit.plant().discovered().plusSeconds(600);
        Instant end = unit.plant().discovered().plus(TRIAGE);
        List<Instant> times = random.sortedTimes(2, start, end, unit.plant().site().timeZone());
        steps.add(new ImpactStep(times.get(0), found, engineer.name(), noteFor(found, kind)));
        boolean recovers = status.ordinal() >= RECOVERING.ordinal();
        boolean cutOff = found == DOWN && (status == ISOLATED || recovers && random.chance(0.85))
                || found == AT_RISK && recovers && random.chance(0.5);
        if (cutOff) {
            steps.add(new ImpactStep(times.get(1), ISOLATED, engineer.name(), noteFor(ISOLATED, kind)));
        }
    }

    private DeviceStatus firstFinding(DeviceKind kind) {
        return switch (kind) {
            case WORKSTATION -> random.chance(0.75) ? DOWN : ISOLATED;
            case SERVER -> random.chance(0.7) ? DOWN : ISOLATED;
            case NETWORK -> random.chance(0.5) ? ISOLATED : AT_RISK;
            case EQUIPMENT -> random.weighted(List.of(AT_RISK, ISOLATED, DOWN), new double[]{0.4, 0.45, 0.15});
            case OTHER -> random.chance(0.6) ? AT_RISK : ISOLATED;
        };
    }

    /// The recovery wave at the device's plant: rebuilt, back in service, then checked clean.
    private void recover(Unit unit, DeviceStatus status, Staff engineer, List<ImpactStep> steps) {
        if (status.ordinal() < RECOVERING.ordinal()) {
            return;
        }
        DeviceKind kind = unit.model().kind();
        ZoneId zone = unit.plant().site().timeZone();
        Instant floor = steps.getLast().at().plus(Duration.ofHours(1));
        if (status == RECOVERING) {
            steps.add(new ImpactStep(later(random.workTime(now.minus(Duration.ofHours(36)), now, zone), floor),
                    RECOVERING, engineer.name(), noteFor(RECOVERING, kind)));
            return;
        }
        Instant centre = unit.plant().waveCentre().minus(kind == DeviceKind.SERVER ? Duration.ofHours(36)
                : Duration.ZERO);
        Instant restored = later(random.workTime(centre.minus(Duration.ofDays(2)), centre.plus(Duration.ofDays(2)),
                zone), floor.plus(Duration.ofHours(2)));
        restored = restored.isAfter(now) ? random.instant(floor.plus(Duration.ofHours(2)), now) : restored;
        steps.add(new ImpactStep(later(restored.minus(random.minutes(60, 16 * 60)), floor), RECOVERING,
                engineer.name(), noteFor(RECOVERING, kind)));
        steps.add(new ImpactStep(restored, RESTORED, engineer.name(), noteFor(RESTORED, kind)));
        if (random.chance(0.3)) {
            Instant handedBack = restored.plus(random.minutes(20, 6 * 60));
            steps.add(new ImpactStep(handedBack.isAfter(now) ? now : handedBack, RESTORED, engineer.name(),
                    kind == DeviceKind.WORKSTATION ? "Handed back; user collected it" : "Handed back to production"));
        }
        if (status == VERIFIED) {
            Instant verified = restored.plus(random.minutes(2 * 60, 30 * 60));
            if (verified.isAfter(now)) {
                verified = random.instant(restored, now);
            }
            String checker = random.chance(0.3) ? engineers.get(3).name() : engineer.name();
            steps.add(new ImpactStep(verified, VERIFIED, checker, noteFor(VERIFIED, kind)));
        }
    }

    /// Keeps the steps in order and none after now: a step drawn too early follows the one before it.
    private void settle(List<ImpactStep> steps) {
        for (int i = 1; i < steps.size(); i++) {
            ImpactStep step = steps.get(i);
            Instant earliest = steps.get(i - 1).at().plusSeconds(60);
            Instant at = step.at().isBefore(earliest) ? earliest : step.at();
            at = at.isAfter(now) ? now : at;
            steps.set(i, new ImpactStep(at, step.status(), step.actor(), step.note()));
        }
    }

    private static Instant later(Instant time, Instant floor) {
        return time.isBefore(floor) ? floor : time;
    }

    private String noteFor(DeviceStatus status, DeviceKind kind) {
        if (random.chance(0.25)) {
            return "";
        }
        return switch (status) {
            case DOWN -> switch (kind) {
                case WORKSTATION -> "Encrypted: files renamed .akira, ransom note on the desktop";
                case SERVER -> "VM encrypted on the datastore; will not boot";
                case EQUIPMENT -> "Runtime will not start; project files encrypted";
                default -> "Unreachable since the attack";
            };
            case ISOLATED -> random.pick("Switch port shut", "Quarantined in EDR", "Moved to the quarantine VLAN");
            case AT_RISK -> random.pick("No encryption seen; awaiting the EDR sweep", "Firmware integrity unknown",
                    "Same flat network as encrypted hosts");
            case RECOVERING -> switch (kind) {
                case WORKSTATION -> "Reimaging from the clean golden image";
                case SERVER -> "Restoring from the immutable backup (hardened Veeam repository)";
                case NETWORK -> "Rebuilding config from the last known good backup with new credentials";
                case EQUIPMENT -> "Re-flashing firmware and reloading the program from the vendor's clean copy";
                case OTHER -> "Factory reset and firmware update";
            };
            case RESTORED -> random.pick("Back in service", "Back in service; user logged on",
                    "Back in service; production confirmed");
            case VERIFIED -> random.pick("EDR full scan clean; signed off by plant IT", "Clean scan; owner signed off");
            case UNKNOWN -> "";
        };
    }

    // Tasks

    private void addTasks() {
        int total = TASKS * scale;
        int forDevices = (int) Math.round(total * 0.45);
        int forCustomer = (int) Math.round(total * 0.12);
        List<Unit> candidates = units.stream()
                .filter(u -> u.model().kind() != DeviceKind.WORKSTATION && u.status() != UNKNOWN).toList();
        for (Unit unit : random.sample(candidates, forDevices)) {
            deviceTask(unit);
        }
        List<String> customerWork = customerWork();
        for (int i = 0; i < forCustomer; i++) {
            String title = customerWork.get(i % customerWork.size());
            int round = i / customerWork.size();
            openTask(round == 0 ? title : title + " (round " + (round + 1) + ")", "",
                    new Scope(manufacturer.id(), null, null), null, Priority.P1, 0.6);
        }
        Map<PlantSite, Integer> batches = new HashMap<>();
        for (int i = forDevices + forCustomer; i < total; i++) {
            siteTask(random.pick(plants), batches);
        }
    }

    private List<String> customerWork() {
        return List.of("Reset the KRBTGT password twice", "Rotate every service account password",
                "Rebuild the backup server on a hardened Linux repository", "Enforce MFA on the VPN",
                "Patch the FortiGate SSL-VPN used for initial access", "Block the known C2 addresses on every FortiGate",
                "Brief the insurer's forensic team", "Restore SAP S/4HANA and reconcile postings",
                "Separate admin accounts by tier in Active Directory", "Deploy EDR to every server",
                "Review firewall rules between IT and OT", "Draft the ICO breach report",
                "Restore the payroll interface", "Re-enable e-mail to suppliers", "Restore the EDI link to customers");
    }

    private void deviceTask(Unit unit) {
        String host = unit.device().hostname();
        String title = switch (unit.model().prefix()) {
            case "PLC", "ROB" -> "Re-flash " + host + " and reload the program";
            case "HMI" -> "Rebuild HMI " + host + " from the TIA Portal project";
            case "LP" -> "Re-pair label printer " + host + " with the print server";
            case "VIS" -> "Restore inspection recipes on " + host;
            default -> switch (unit.model().kind()) {
                case SERVER -> "Restore " + host + " from the immutable backup";
                case NETWORK -> "Rebuild the config of " + host + " with new credentials";
                default -> "Reset and update the firmware of " + host;
            };
        };
        PlantSite plant = unit.plant();
        Scope scope = new Scope(manufacturer.id(), plant.site().id(), unit.device().id());
        Instant created = later(unit.history().get(Math.min(1, unit.history().size() - 1)).at()
                .plus(random.minutes(10, 240)), plant.discovered().plusSeconds(60));
        if (created.isAfter(now)) {
            created = now;
        }
        List<TaskStep> steps = new ArrayList<>();
        steps.add(new TaskStep(created, TaskStatus.TODO, commanders.get(random.between(0, 1)).name(), ""));
        Instant started = unit.reached(RECOVERING);
        Instant done = unit.reached(RESTORED);
        if (started != null) {
            steps.add(new TaskStep(later(started, created.plusSeconds(60)), TaskStatus.IN_PROGRESS,
                    unit.engineer().name(), ""));
        } else if (random.chance(0.3)) {
            steps.add(new TaskStep(random.instant(created, now), TaskStatus.BLOCKED, unit.engineer().name(),
                    blockedReason(plant)));
        }
        if (done != null) {
            steps.add(new TaskStep(later(done, steps.getLast().at().plusSeconds(60)), TaskStatus.DONE,
                    unit.engineer().name(), ""));
        }
        settleTask(steps);
        boolean needsDowntime = unit.model().kind() == DeviceKind.EQUIPMENT;
        Priority priority = unit.device().criticality() == 1 ? Priority.P1 : Priority.P2;
        String detail = unit.device().product() + " " + unit.device().version() + " at " + plant.site().name()
                + (unit.device().notes().isEmpty() ? "" : " (" + unit.device().notes() + ")") + ".";
        addTask(title, detail, scope, unit.engineer(), priority, steps, needsDowntime ? plant : null);
    }

    private void siteTask(PlantSite plant, Map<PlantSite, Integer> batches) {
        String site = plant.site().name();
        int batch = batches.merge(plant, 1, Integer::sum);
        String title = switch (batch % 7) {
            case 1 -> "EDR sweep of the " + site + " OT network";
            case 2 -> "Reset local admin passwords (LAPS) at " + site;
            case 3 -> "Reconnect " + site + " to the WAN after the clean sweep";
            case 4 -> "Agree production downtime for line " + random.between(1, 6) + " at " + site;
            case 5 -> "Collect and reissue laptops at " + site + ", batch " + (batch / 7 + 1);
            default -> "Reimage workstations at " + site + ", batch " + batch;
        };
        boolean downtime = title.startsWith("Agree production downtime") || title.startsWith("Reimage");
        Scope scope = new Scope(manufacturer.id(), plant.site().id(), null);
        openTask(title, "Plant contact: " + plant.managers().getFirst() + ".", scope, plant, Priority.P2,
                plant.worse() ? 0.35 : 0.6);
        if (downtime && !builder.tasks.isEmpty()) {
            withDowntime(builder.tasks.size() - 1, plant);
        }
    }

    /// A task not tied to one device's recovery: its progress follows the general pace.
    private void openTask(String title, String detail, Scope scope, PlantSite plant, Priority priority,
                          double doneShare) {
        Instant floor = plant != null ? plant.discovered() : declared.plus(Duration.ofMinutes(40));
        Instant created = random.workTime(floor.plusSeconds(60), now.minus(Duration.ofHours(1)), WAR_ROOM);
        Staff assignee = plant != null ? random.pick(plant.team()) : random.pick(engineers);
        List<TaskStep> steps = new ArrayList<>();
        steps.add(new TaskStep(created, TaskStatus.TODO, commanders.get(random.between(0, 1)).name(), ""));
        TaskStatus target = random.weighted(List.of(TaskStatus.DONE, TaskStatus.IN_PROGRESS, TaskStatus.TODO,
                TaskStatus.BLOCKED), new double[]{doneShare, 0.2, 0.12, 0.08});
        List<Instant> times = random.sortedTimes(2, created.plusSeconds(60), now, WAR_ROOM);
        switch (target) {
            case DONE -> {
                steps.add(new TaskStep(times.get(0), TaskStatus.IN_PROGRESS, assignee.name(), ""));
                steps.add(new TaskStep(times.get(1), TaskStatus.DONE, assignee.name(), ""));
            }
            case IN_PROGRESS -> steps.add(new TaskStep(times.get(1), TaskStatus.IN_PROGRESS, assignee.name(), ""));
            case BLOCKED -> {
                steps.add(new TaskStep(times.get(0), TaskStatus.IN_PROGRESS, assignee.name(), ""));
                steps.add(new TaskStep(times.get(1), TaskStatus.BLOCKED, assignee.name(),
                        blockedReason(plant != null ? plant : random.pick(plants))));
            }
            case TODO -> {
            }
        }
        settleTask(steps);
        addTask(title, detail, scope, target == TaskStatus.TODO && random.chance(0.15) ? null : assignee, priority,
                steps, null);
    }

    private String blockedReason(PlantSite plant) {
        return random.pick("Waiting for " + plant.managers().getFirst() + " to agree a downtime window",
                "Forensic firm has asked us to keep the disk for imaging",
                "Replacement HMI panel on order from Siemens, due Thursday",
                "Licence key for the backup software needed from the customer",
                "Backup chain for this host is corrupt; waiting for the vendor",
                "Plant is running a customer order; no stop before the weekend");
    }

    private void settleTask(List<TaskStep> steps) {
        for (int i = 1; i < steps.size(); i++) {
            TaskStep step = steps.get(i);
            Instant earliest = steps.get(i - 1).at().plusSeconds(60);
            Instant at = step.at().isBefore(earliest) ? earliest : step.at();
            steps.set(i, new TaskStep(at.isAfter(now) ? now : at, step.status(), step.actor(), step.reason()));
        }
    }

    private void addTask(String title, String detail, Scope scope, Staff assignee, Priority priority,
                         List<TaskStep> steps, PlantSite downtimeAt) {
        TaskStep last = steps.getLast();
        Instant eta = last.status() == TaskStatus.DONE
                ? last.at().plus(random.minutes(-6 * 60, 4 * 60))
                : random.chance(0.15) ? now.minus(random.minutes(60, 24 * 60)) : now.plus(random.minutes(120, 4 * 24 * 60));
        TimeWindow downtime = downtimeAt == null ? null : downtime(downtimeAt, last);
        IncidentTask task = new IncidentTask(random.uuid(), incident.id(), title, detail, scope,
                assignee == null ? null : assignee.id(), last.status(), last.reason(), priority, eta, downtime,
                steps.getFirst().at(), last.at());
        builder.task(task, steps);
        taskDoneAt.add(task.isOpen() ? null : last.at());
    }

    private void withDowntime(int index, PlantSite plant) {
        IncidentTask task = builder.tasks.get(index);
        if (random.chance(0.5)) {
            return;
        }
        TimeWindow window = downtime(plant, new TaskStep(task.updatedAt(), task.status(), "", ""));
        builder.tasks.set(index, new IncidentTask(task.id(), task.incidentId(), task.title(), task.detail(),
                task.scope(), task.assigneeId(), task.status(), task.blockedReason(), task.priority(), task.eta(),
                window, task.createdAt(), task.updatedAt()));
    }

    /// A plant's downtime: around the work when it is done, otherwise the coming Saturday night, local time.
    private TimeWindow downtime(PlantSite plant, TaskStep last) {
        if (last.status() == TaskStatus.DONE) {
            return TimeWindow.of(last.at().minus(random.minutes(2 * 60, 5 * 60)), Duration.ofHours(6));
        }
        ZonedDateTime saturday = now.atZone(plant.site().timeZone())
                .with(TemporalAdjusters.next(DayOfWeek.SATURDAY)).with(LocalTime.of(22, 0));
        return TimeWindow.of(saturday.toInstant(), Duration.ofHours(8));
    }

    // Deferred work and communications

    private List<DeferredWork> deferWork() {
        List<String> work = List.of("Windows Server 2012 R2 migration, wave 3", "Quarterly firewall rule review",
                "Office move: cabling and Wi-Fi survey", "Annual disaster recovery test",
                "Microsoft 365 tenant migration cut-over", "Backup restore test for the auditors",
                "SD-WAN rollout at two branches");
        List<DeferredWork> deferred = new ArrayList<>();
        for (Customer customer : otherCustomers) {
            for (String what : random.sample(work, random.between(1, 3))) {
                Instant recorded = declared.plus(random.minutes(6 * 60, 3 * 24 * 60));
                Instant original = declared.plus(random.minutes(24 * 60, 20 * 24 * 60));
                boolean told = random.chance(0.75);
                Instant latest = original.isBefore(now) ? original : now;
                Instant toldAt = told ? random.workTime(recorded.plusSeconds(3600), later(latest,
                        recorded.plusSeconds(7200)), WAR_ROOM) : null;
                if (toldAt != null && toldAt.isAfter(now)) {
                    toldAt = now;
                }
                Staff tam = tamOf(customer);
                DeferredWork item = new DeferredWork(random.uuid(), incident.id(), customer.id(), what, original,
                        told ? original.plus(Duration.ofDays(random.between(7, 28))) : null, toldAt,
                        told ? tam.name() : "");
                builder.deferredWork(item, recorded, managers.get(random.between(0, 1)).name());
                deferred.add(item);
            }
        }
        return deferred;
    }

    private void communicate(List<DeferredWork> deferred) {
        int logged = statusUpdates();
        for (DeferredWork item : deferred) {
            if (item.isTold()) {
                logged += deferralNotice(item);
            }
        }
        int total = COMMUNICATIONS * scale;
        for (int i = logged; i < total; i++) {
            conversation(i);
        }
        promises();
    }

    private int statusUpdates() {
        int count = 0;
        Instant at = declared.plus(random.minutes(50, 90));
        int total = units.size();
        while (at.isBefore(now)) {
            count++;
            int recovered = curve.recoveredBy(at);
            Instant next = at.plus(CADENCE);
            log(manufacturer, CommunicationKind.STATUS_UPDATE, "E-mail", manufacturer.primaryContact().name(),
                    "Status update " + count + ": " + recovered + " of " + total + " devices recovered ("
                            + Math.round(100.0 * recovered / total) + "%). Worst plants: "
                            + String.join(", ", plants.stream().filter(PlantSite::worse)
                            .map(p -> p.site().name()).toList())
                            + ". Next update by " + CLOCK.format(next.atZone(WAR_ROOM)) + ".",
                    Urgency.NORMAL, tams.getFirst(), at, null, null);
            at = at.plus(random.minutes(225, 245));
        }
        return count;
    }

    private int deferralNotice(DeferredWork item) {
        Customer customer = builder.customer(item.customerId());
        Staff tam = tamOf(customer);
        String contact = customer.primaryContact().name();
        log(customer, CommunicationKind.OUTBOUND_CALL, "Phone", contact, "Told " + contact + " that '" + item.what()
                + "' moves from " + DAY.format(item.originalDue().atZone(WAR_ROOM)) + " to "
                + DAY.format(item.revisedDue().atZone(WAR_ROOM)) + ": our engineers are on a major incident.",
                Urgency.NORMAL, tam, item.toldAt(), null, null);
        Instant confirmed = item.toldAt().plus(random.minutes(10, 60));
        log(customer, CommunicationKind.EMAIL, "E-mail", contact, "Confirmed the new date for '" + item.what()
                + "' in writing.", Urgency.LOW, tam, confirmed.isAfter(now) ? now : confirmed, null, null);
        return 2;
    }

    private void conversation(int index) {
        Instant at = busyTime();
        if (index % 20 == 0) {
            Customer other = random.pick(otherCustomers);
            log(other, CommunicationKind.INBOUND_CALL, "Phone", other.primaryContact().name(),
                    other.primaryContact().name() + " asks whether next week's planned work still goes ahead.",
                    Urgency.LOW, tamOf(other), at, null, null);
            return;
        }
        PlantSite plant = random.pick(plants);
        String contact = random.pick(plant.managers());
        String site = plant.site().name();
        String host = random.pick(unitsAt.get(plant)).device().hostname();
        CommunicationKind kind = random.weighted(List.of(CommunicationKind.INBOUND_CALL,
                CommunicationKind.OUTBOUND_CALL, CommunicationKind.EMAIL, CommunicationKind.INTERNAL_NOTE),
                new double[]{0.38, 0.27, 0.20, 0.15});
        String summary = switch (kind) {
            case INBOUND_CALL -> random.pick(
                    contact + " asks when the " + site + " label printers will be back; shipping is held",
                    contact + " reports users at " + site + " still cannot log on to " + host,
                    contact + " asks for a written timeline for the insurer",
                    contact + " asks whether payroll can run on Friday",
                    contact + " reports a new pop-up on " + host + "; wants it checked now",
                    contact + " asks if line " + random.between(1, 6) + " at " + site + " can restart tonight");
            case OUTBOUND_CALL -> random.pick(
                    "Called " + contact + " to agree downtime for " + site + " on Saturday night",
                    "Called " + contact + " to confirm " + host + " is back and scanned clean",
                    "Called " + contact + " to collect the next batch of " + site + " laptops",
                    "Called " + contact + " about ERP access for the " + site + " planners");
            case EMAIL -> random.pick(
                    "Sent " + contact + " the list of " + site + " workstations ready for collection",
                    "E-mailed " + contact + " the draft forensic summary",
                    "Sent " + contact + " new VPN instructions with MFA enrolment",
                    contact + " e-mailed the plant's restart priorities for next week");
            default -> random.pick(
                    "Restore throughput at " + site + " about " + random.between(300, 900) + " GB an hour",
                    "Decided to reimage rather than clean every " + site + " engineering workstation",
                    "Forensic firm wants " + host + " kept powered off",
                    "Night shift to focus on " + site + " servers");
        };
        Staff by = kind == CommunicationKind.INTERNAL_NOTE ? random.pick(engineers)
                : random.chance(0.8) ? tams.get(random.between(0, 1)) : commanders.get(random.between(0, 1));
        Instant callbackDue = kind == CommunicationKind.INBOUND_CALL && random.chance(0.4)
                ? at.plus(random.minutes(30, 240)) : null;
        Instant done = callbackDone(at, callbackDue);
        Urgency urgency = random.weighted(List.of(Urgency.HIGH, Urgency.NORMAL, Urgency.LOW),
                new double[]{0.2, 0.65, 0.15});
        log(kind == CommunicationKind.INTERNAL_NOTE && random.chance(0.3) ? null : manufacturer, kind,
                channelOf(kind), kind == CommunicationKind.INTERNAL_NOTE ? "" : contact, summary, urgency, by, at,
                callbackDue, done);
    }

    private Instant callbackDone(Instant at, Instant due) {
        if (due == null || due.isAfter(now.minus(Duration.ofMinutes(30))) || random.chance(0.1)) {
            return null;
        }
        Instant done = due.plus(random.minutes(0, 80)).minus(Duration.ofMinutes(20));
        return done.isAfter(now) ? now : done.isBefore(at) ? at.plusSeconds(300) : done;
    }

    /// A time over the two weeks, busier in the first days and in office hours.
    private Instant busyTime() {
        long days = Duration.between(declared, now).toDays() + 1;
        double[] weights = new double[(int) days];
        for (int day = 0; day < days; day++) {
            weights[day] = day < 3 ? 2.0 : day < 7 ? 1.4 : 1.0;
        }
        int day = random.weighted(IntStream.range(0, (int) days).boxed().toList(), weights);
        Instant from = declared.plus(Duration.ofDays(day)).plusSeconds(60);
        Instant to = from.plus(Duration.ofDays(1));
        return random.workTime(from, to.isAfter(now) ? now : to, WAR_ROOM);
    }

    private static String channelOf(CommunicationKind kind) {
        return switch (kind) {
            case INBOUND_CALL, OUTBOUND_CALL -> "Phone";
            case EMAIL, STATUS_UPDATE -> "E-mail";
            case INTERNAL_NOTE -> "Teams";
        };
    }

    private void log(Customer customer, CommunicationKind kind, String channel, String contact, String summary,
                     Urgency urgency, Staff by, Instant at, Instant callbackDue, Instant callbackDone) {
        builder.communication(new Communication(random.uuid(), incident.id(), customer == null ? null : customer.id(),
                kind, channel, contact, summary, urgency, by.name(), at, callbackDue, callbackDone), by.name());
    }

    private Staff tamOf(Customer customer) {
        return tams.stream().filter(t -> t.name().equals(customer.tam())).findFirst().orElse(tams.getFirst());
    }

    // Commitments and shifts

    /// Promises made on about one task in eight: kept, missed, moved or still open.
    private void promises() {
        List<IncidentTask> tasks = builder.tasks;
        for (int i = 0; i < tasks.size(); i += 8) {
            IncidentTask task = tasks.get(i);
            Instant created = later(task.createdAt().plus(random.minutes(10, 120)), task.createdAt());
            created = created.isAfter(now) ? now : created;
            Instant done = taskDoneAt.get(i);
            Instant promised = done != null ? done.plus(random.minutes(-12 * 60, 24 * 60))
                    : created.plus(random.minutes(12 * 60, 4 * 24 * 60));
            promised = later(promised, created.plus(Duration.ofHours(1)));
            CommitmentState state = CommitmentState.OPEN;
            Instant due = promised;
            Instant settled = null;
            if (done != null && !done.isAfter(promised)) {
                state = CommitmentState.MET;
                settled = done;
            } else if (promised.isBefore(now)) {
                settled = promised.plus(random.minutes(5, 60));
                settled = settled.isAfter(now) ? now : settled;
                if (done == null && random.chance(0.5)) {
                    state = CommitmentState.REVISED;
                    settled = promised.minus(random.minutes(30, 120));
                    due = now.plus(random.minutes(6 * 60, 3 * 24 * 60));
                } else {
                    state = CommitmentState.MISSED;
                }
            }
            builder.commitment(new Commitment(random.uuid(), incident.id(), manufacturer.id(), task.title(), due,
                    task.id(), state, created), promised, tams.get(random.between(0, 1)).name(), settled);
        }
    }

    private String handover(ShiftSlot slot) {
        int during = curve.recoveredBetween(slot.start(), slot.end());
        int recovered = curve.recoveredBy(slot.end());
        String worst = plants.stream().filter(PlantSite::worse).map(p -> p.site().name()).sorted()
                .collect(Collectors.joining(", "));
        if (recovered == 0) {
            return "Still in triage: no device back yet. Order of recovery: identity, backups, ERP and MES, then "
                    + "plants by production priority. Keep OT cut off from IT.";
        }
        return during + " devices recovered this shift; " + recovered + " of " + units.size() + " so far ("
                + Math.round(100.0 * recovered / units.size()) + "%). " + worst + " still need the most hands; "
                + "chase downtime windows with the plant managers first.";
    }
}
