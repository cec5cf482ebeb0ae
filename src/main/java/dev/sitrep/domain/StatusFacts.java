package dev.sitrep.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/// What a status update to one customer can say, gathered from the incident as it stands: the values of a
/// template's [Placeholder]s.
///
/// Times are written in the console's time zone, with the zone, so a customer elsewhere reads them right:
/// "16:30 CET" today, "Tue 24 Nov 09:00 CET" on another day.
///
/// @param contact      the primary contact's name, or empty when none is on file
/// @param nextUpdate   when the next update is due if this one goes `now`; `null` once the incident is resolved
/// @param etas         the customer's open tasks with an ETA and the promises still to keep, soonest first
/// @param downtime     the planned downtime windows of the customer's open tasks that have not ended, soonest first
/// @param zone         the console's time zone
/// @param now          the moment the update is written
public record StatusFacts(String customer, String contact, String incidentCode, String title, Severity severity,
                          Phase phase, int sitesAffected, int devicesAffected, int devicesRestored, Instant nextUpdate,
                          List<Eta> etas, List<Downtime> downtime, String sender, ZoneId zone, Instant now) {

    /// Items a list placeholder shows before it sums up the rest in one line: an update stays readable
    /// even for the customer with 300 tasks.
    public static final int LISTED = 12;

    /// How far [#nextUpdate] is rounded down: "by 16:00" reads better than "by 16:02", and promising a
    /// little earlier than the cadence asks keeps the promise.
    static final Duration NEXT_UPDATE_STEP = Duration.ofMinutes(5);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    public StatusFacts {
        customer = Text.orEmpty(customer);
        contact = Text.orEmpty(contact);
        incidentCode = Text.orEmpty(incidentCode);
        title = Text.orEmpty(title);
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(phase, "phase");
        etas = List.copyOf(etas);
        downtime = List.copyOf(downtime);
        sender = Text.orEmpty(sender);
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(now, "now");
    }

    /// A time the customer is waiting for: a task's ETA, or the due time of a promise made to them.
    ///
    /// @param promised a commitment ("promised by"), not a task ("expected by")
    public record Eta(String what, Instant at, boolean promised) {

        public Eta {
            what = Text.orEmpty(what);
            Objects.requireNonNull(at, "at");
        }
    }

    /// A planned downtime window of one of the customer's tasks.
    public record Downtime(String what, TimeWindow window) {

        public Downtime {
            what = Text.orEmpty(what);
            Objects.requireNonNull(window, "window");
        }
    }

    /// The state of one incident that the facts are gathered from: its impacts, tasks and commitments,
    /// with the inventory they name.
    public record Sources(Incident incident, Collection<Site> sites, Collection<Device> devices,
                          Collection<Impact> impacts, Collection<IncidentTask> tasks,
                          Collection<Commitment> commitments) {

        public Sources {
            Objects.requireNonNull(incident, "incident");
            sites = List.copyOf(sites);
            devices = List.copyOf(devices);
            impacts = List.copyOf(impacts);
            tasks = List.copyOf(tasks);
            commitments = List.copyOf(commitments);
        }
    }

    /// The facts for `customer` in the incident of `sources`, written by `sender` at `now`.
    public static StatusFacts of(Sources sources, Customer customer, String sender, ZoneId zone, Instant now) {
        Incident incident = sources.incident();
        Map<UUID, Site> sites = sources.sites().stream()
                .filter(site -> site.customerId().equals(customer.id()))
                .collect(Collectors.toMap(Site::id, Function.identity()));
        Map<UUID, UUID> siteOfDevice = sources.devices().stream()
                .filter(device -> sites.containsKey(device.siteId()))
                .collect(Collectors.toMap(Device::id, Device::siteId));
        List<Impact> impacts = sources.impacts().stream()
                .filter(impact -> impact.incidentId().equals(incident.id()))
                .filter(impact -> siteOfDevice.containsKey(impact.deviceId()))
                .toList();
        Set<UUID> affectedSites = new HashSet<>();
        impacts.forEach(impact -> affectedSites.add(siteOfDevice.get(impact.deviceId())));
        List<IncidentTask> openTasks = sources.tasks().stream()
                .filter(task -> task.incidentId().equals(incident.id()) && task.isOpen())
                .filter(task -> customer.id().equals(task.scope().customerId()))
                .toList();
        return new StatusFacts(customer.name(), customer.primaryContact().name(), incident.code(), incident.title(),
                incident.severity(), incident.phase(), affectedSites.size(), impacts.size(),
                StatusTotals.of(impacts).recovered(), nextUpdate(incident, now),
                etas(openTasks, sources.commitments(), incident, customer, sites),
                downtime(openTasks, sites, now), sender, zone, now);
    }

    private static Instant nextUpdate(Incident incident, Instant now) {
        if (!incident.isOpen()) {
            return null;
        }
        Instant due = now.plus(incident.updateCadence());
        long step = NEXT_UPDATE_STEP.toSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(due.getEpochSecond(), step) * step);
    }

    private static List<Eta> etas(List<IncidentTask> openTasks, Collection<Commitment> commitments, Incident incident,
                                  Customer customer, Map<UUID, Site> sites) {
        List<Eta> etas = new ArrayList<>();
        openTasks.stream()
                .filter(task -> task.eta() != null)
                .forEach(task -> etas.add(new Eta(taskName(task, sites), task.eta(), false)));
        commitments.stream()
                .filter(commitment -> commitment.incidentId().equals(incident.id()))
                .filter(commitment -> commitment.customerId().equals(customer.id()) && commitment.state().isPending())
                .forEach(commitment -> etas.add(new Eta(commitment.what(), commitment.dueAt(), true)));
        etas.sort(Comparator.comparing(Eta::at).thenComparing(Eta::what));
        return etas;
    }

    private static List<Downtime> downtime(List<IncidentTask> openTasks, Map<UUID, Site> sites, Instant now) {
        return openTasks.stream()
                .filter(task -> task.downtime() != null && task.downtime().end().isAfter(now))
                .map(task -> new Downtime(taskName(task, sites), task.downtime()))
                .sorted(Comparator.comparing((Downtime item) -> item.window().start()).thenComparing(Downtime::what))
                .toList();
    }

    /// A task as the customer reads it: its title, with its site when the title does not name it.
    private static String taskName(IncidentTask task, Map<UUID, Site> sites) {
        Site site = task.scope().siteId() == null ? null : sites.get(task.scope().siteId());
        if (site == null || task.title().toLowerCase(Locale.ROOT).contains(site.name().toLowerCase(Locale.ROOT))) {
            return task.title();
        }
        return task.title() + " (" + site.name() + ")";
    }

    /// The value of every placeholder.
    public Map<Placeholder, String> values() {
        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        for (Placeholder placeholder : Placeholder.values()) {
            values.put(placeholder, value(placeholder));
        }
        return values;
    }

    /// The value of `placeholder`.
    public String value(Placeholder placeholder) {
        return switch (placeholder) {
            case CUSTOMER -> customer;
            case CONTACT -> contact.isEmpty() ? customer : contact;
            case INCIDENT -> incidentCode;
            case TITLE -> title;
            case SEVERITY -> severity.label();
            case PHASE -> phase.label();
            case SITES_AFFECTED -> Text.number(sitesAffected);
            case DEVICES_AFFECTED -> Text.number(devicesAffected);
            case DEVICES_RESTORED -> Text.number(devicesRestored);
            case NEXT_UPDATE -> nextUpdate == null ? "no further update is scheduled" : time(nextUpdate);
            case OPEN_ETAS -> listed(etas, this::etaLine, Eta::at, "Nothing open with a time set at the moment.");
            case DOWNTIME -> listed(downtime, this::downtimeLine, item -> item.window().start(),
                    "No planned downtime at the moment.");
            case SENDER -> sender;
        };
    }

    /// The ETAs and due times that have already passed: an update should not promise a time that is gone.
    public List<Eta> pastEtas() {
        return etas.stream().filter(eta -> eta.at().isBefore(now)).toList();
    }

    private String etaLine(Eta eta) {
        return eta.what() + (eta.promised() ? ": promised by " : ": expected by ") + time(eta.at());
    }

    private String downtimeLine(Downtime item) {
        return item.what() + ": " + window(item.window());
    }

    /// "- one\n- two", at most [#LISTED] items and then a line that counts the rest.
    private <T> String listed(List<T> items, Function<T, String> line, Function<T, Instant> at, String none) {
        if (items.isEmpty()) {
            return "- " + none;
        }
        List<String> lines = new ArrayList<>(items.stream().limit(LISTED).map(item -> "- " + line.apply(item)).toList());
        if (items.size() > LISTED) {
            lines.add("- and " + Text.number(items.size() - LISTED) + " more, the last by "
                    + time(at.apply(items.getLast())));
        }
        return String.join("\n", lines);
    }

    /// "16:30 CET" on the day of `now`, "Tue 24 Nov 09:00 CET" on another.
    String time(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        return (isToday(local) ? TIME : DAY_AND_TIME).format(local) + zoneName(local);
    }

    /// " CET"; " UTC" for UTC itself, which Java would write as "Z".
    private static String zoneName(ZonedDateTime local) {
        String name = ZONE.format(local);
        return " " + (name.equals("Z") ? "UTC" : name);
    }

    /// "22:00–23:30 CET", "Tue 24 Nov 22:00–23:30 CET", or "Tue 24 Nov 22:00 – Wed 25 Nov 01:00 CET".
    String window(TimeWindow window) {
        ZonedDateTime start = window.start().atZone(zone);
        ZonedDateTime end = window.end().atZone(zone);
        String zoneName = zoneName(start);
        if (start.truncatedTo(ChronoUnit.DAYS).equals(end.truncatedTo(ChronoUnit.DAYS))) {
            return (isToday(start) ? TIME : DAY_AND_TIME).format(start) + "–" + TIME.format(end) + zoneName;
        }
        return DAY_AND_TIME.format(start) + " – " + DAY_AND_TIME.format(end) + zoneName;
    }

    private boolean isToday(ZonedDateTime local) {
        return local.toLocalDate().equals(now.atZone(zone).toLocalDate());
    }
}
