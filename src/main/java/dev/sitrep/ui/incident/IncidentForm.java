package dev.sitrep.ui.incident;

import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentDraft;
import dev.sitrep.domain.IncidentKind;
import dev.sitrep.domain.Severity;
import dev.sitrep.domain.Staff;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/// The declare / edit dialog's state: the inputs a commander fills in and, for each, what is wrong with it.
///
/// Problems come from [IncidentDraft#problems()], so the dialog checks exactly what the store checks;
/// each problem is routed to the field it names ("Title: ...") so the view can show it beside that field.
public final class IncidentForm {

    /// Update cadences offered in the dialog, in minutes; any other number between 15 and 1440 may be typed.
    public static final List<Integer> CADENCE_CHOICES = List.of(15, 30, 45, 60, 90, 120, 180, 240, 360, 480, 720,
            1440);

    private static final int DEFAULT_CADENCE_MINUTES = 60;

    private final UUID incidentId;
    private final String heading;
    private final List<Staff> staff;

    // Inputs

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<IncidentKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<Severity> severity = new SimpleObjectProperty<>(this, "severity");
    private final ObjectProperty<Staff> commander = new SimpleObjectProperty<>(this, "commander");
    private final ObjectProperty<Integer> cadenceMinutes = new SimpleObjectProperty<>(this, "cadenceMinutes");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");

    // Outputs

    private final ReadOnlyStringWrapper titleProblem = new ReadOnlyStringWrapper(this, "titleProblem", "");
    private final ReadOnlyStringWrapper kindProblem = new ReadOnlyStringWrapper(this, "kindProblem", "");
    private final ReadOnlyStringWrapper severityProblem = new ReadOnlyStringWrapper(this, "severityProblem", "");
    private final ReadOnlyStringWrapper cadenceProblem = new ReadOnlyStringWrapper(this, "cadenceProblem", "");
    private final ReadOnlyStringWrapper otherProblems = new ReadOnlyStringWrapper(this, "otherProblems", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    private IncidentForm(UUID incidentId, String heading, List<Staff> staff) {
        this.incidentId = incidentId;
        this.heading = heading;
        this.staff = List.copyOf(staff);
        for (Observable input : List.of(title, kind, severity, commander, cadenceMinutes, summary)) {
            input.addListener(_ -> check());
        }
    }

    /// An empty form for a new incident; `commander` (usually the operator) is proposed, kind and severity are
    /// left for the commander to choose.
    public static IncidentForm declare(List<Staff> staff, UUID proposedCommanderId) {
        IncidentForm form = new IncidentForm(null, "Declare an incident", staff);
        form.commander.set(form.staffWithId(proposedCommanderId));
        form.cadenceMinutes.set(DEFAULT_CADENCE_MINUTES);
        form.check();
        return form;
    }

    /// A form filled in from `incident`, to edit it.
    public static IncidentForm edit(Incident incident, List<Staff> staff) {
        IncidentForm form = new IncidentForm(incident.id(), "Edit " + incident.code(), staff);
        form.title.set(incident.title());
        form.kind.set(incident.kind());
        form.severity.set(incident.severity());
        form.commander.set(form.staffWithId(incident.commanderId()));
        form.cadenceMinutes.set(Math.toIntExact(incident.updateCadence().toMinutes()));
        form.summary.set(incident.summary());
        form.check();
        return form;
    }

    /// True when the form declares a new incident, false when it edits one.
    public boolean declares() {
        return incidentId == null;
    }

    /// The incident being edited; `null` when declaring.
    public UUID incidentId() {
        return incidentId;
    }

    public String heading() {
        return heading;
    }

    /// Who can be put in command, by name.
    public List<Staff> staff() {
        return staff;
    }

    /// What the inputs say now, checked or not.
    public IncidentDraft draft() {
        Staff chosen = commander.get();
        Integer minutes = cadenceMinutes.get();
        return new IncidentDraft(title.get(), kind.get(), severity.get(), chosen == null ? null : chosen.id(),
                summary.get(), minutes == null ? null : Duration.ofMinutes(minutes));
    }

    private void check() {
        List<String> unrouted = new ArrayList<>();
        String titleText = "";
        String kindText = "";
        String severityText = "";
        String cadenceText = "";
        for (String problem : draft().problems()) {
            int colon = problem.indexOf(": ");
            String field = colon < 0 ? "" : problem.substring(0, colon);
            String message = colon < 0 ? problem : capitalized(problem.substring(colon + 2));
            switch (field) {
                case "Title" -> titleText = message;
                case "Kind" -> kindText = message;
                case "Severity" -> severityText = message;
                case "Update cadence" -> cadenceText = message;
                default -> unrouted.add(problem);
            }
        }
        titleProblem.set(titleText);
        kindProblem.set(kindText);
        severityProblem.set(severityText);
        cadenceProblem.set(cadenceText);
        otherProblems.set(String.join("\n", unrouted));
        valid.set(titleText.isEmpty() && kindText.isEmpty() && severityText.isEmpty() && cadenceText.isEmpty()
                && unrouted.isEmpty());
    }

    private Staff staffWithId(UUID id) {
        return staff.stream().filter(member -> Objects.equals(member.id(), id)).findFirst().orElse(null);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    // Property accessors

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<IncidentKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Severity> severityProperty() {
        return severity;
    }

    public ObjectProperty<Staff> commanderProperty() {
        return commander;
    }

    /// The cadence in minutes; `null` when what was typed is not a number.
    public ObjectProperty<Integer> cadenceMinutesProperty() {
        return cadenceMinutes;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty titleProblemProperty() {
        return titleProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty kindProblemProperty() {
        return kindProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty severityProblemProperty() {
        return severityProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cadenceProblemProperty() {
        return cadenceProblem.getReadOnlyProperty();
    }

    /// Problems that name no field of this form, one per line.
    public ReadOnlyStringProperty otherProblemsProperty() {
        return otherProblems.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }
}
