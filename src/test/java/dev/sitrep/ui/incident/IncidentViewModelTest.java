package dev.sitrep.ui.incident;

import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentDraft;
import dev.sitrep.domain.IncidentKind;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Phase;
import dev.sitrep.domain.Severity;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import dev.sitrep.ui.common.RecordingDialogs;
import dev.sitrep.ui.common.Workspace;
import dev.sitrep.ui.incident.IncidentViewModel.PhaseMove;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentViewModelTest {

    private static final Instant DECLARED = Instant.parse("2026-03-14T09:30:00Z");
    /// The screen looks two hours and five minutes after the incident was declared.
    private static final Clock SCREEN_CLOCK = Clock.fixed(DECLARED.plus(Duration.ofMinutes(125)), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private Store store;
    private Operator priya;
    private final Workspace workspace = new Workspace();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private IncidentViewModel vm;

    @BeforeEach
    void open() {
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("db")), Clock.fixed(DECLARED, ZoneOffset.UTC));
        priya = store.staff().signIn("Priya Shah", StaffRole.COMMANDER);
        store.staff().signIn("Sam Lee", StaffRole.ENGINEER);
        workspace.operatorProperty().set(priya);
        vm = new IncidentViewModel(store, workspace, new CurrentThreadTaskExecutor(), dialogs, SCREEN_CLOCK);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void declareFormShowsEachProblemBesideItsFieldAndSavesNothingWhileInvalid() {
        vm.declareCommand().execute();
        IncidentForm form = vm.formProperty().get();

        assertThat(form.declares()).isTrue();
        assertThat(form.commanderProperty().get().name()).as("the operator is proposed").isEqualTo("Priya Shah");
        assertThat(form.titleProblemProperty().get()).isEqualTo("Give the incident a short title.");
        assertThat(form.kindProblemProperty().get()).isEqualTo("Choose what happened.");
        assertThat(form.severityProblemProperty().get()).isEqualTo("Choose SEV1 to SEV4.");
        assertThat(form.cadenceProblemProperty().get()).isEmpty();
        assertThat(form.isValid()).isFalse();

        vm.submit(form);

        assertThat(store.incidents().all()).isEmpty();
        assertThat(vm.formProperty().get()).as("the form stays open").isSameAs(form);
    }

    @Test
    void cadenceOutsideItsRangeOrNotANumberIsAProblem() {
        vm.declareCommand().execute();
        IncidentForm form = fill(vm.formProperty().get());

        form.cadenceMinutesProperty().set(5);
        assertThat(form.cadenceProblemProperty().get()).isEqualTo("Between 15 minutes and 24 hours.");
        assertThat(form.isValid()).isFalse();

        form.cadenceMinutesProperty().set(null);
        assertThat(form.cadenceProblemProperty().get()).startsWith("Say how often");

        form.cadenceMinutesProperty().set(30);
        assertThat(form.isValid()).isTrue();
    }

    @Test
    void declaringMakesTheNewIncidentCurrentAndShowsIt() {
        vm.declareCommand().execute();
        IncidentForm form = fill(vm.formProperty().get());

        vm.submit(form);

        Incident declared = workspace.currentIncident();
        assertThat(declared).isNotNull();
        assertThat(declared.code()).isEqualTo("INC-2026-0001");
        assertThat(declared.title()).isEqualTo("Exchange zero-day");
        assertThat(vm.formProperty().get()).isNull();
        assertThat(vm.incident()).isEqualTo(declared);
        assertThat(vm.commanderProperty().get()).isEqualTo("Priya Shah");
        assertThat(vm.cadenceProperty().get()).isEqualTo("every 30 minutes");
        assertThat(vm.declaredAtProperty().get()).isEqualTo("Sat 14 Mar 2026, 09:30");
        assertThat(vm.elapsedProperty().get()).isEqualTo("2 h 05 min");
        assertThat(vm.resolvedAtProperty().get()).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void cancellingCloses() {
        vm.declareCommand().execute();
        vm.cancel(vm.formProperty().get());

        assertThat(vm.formProperty().get()).isNull();
        assertThat(store.incidents().all()).isEmpty();
    }

    @Test
    void withoutAnOperatorNothingIsDeclaredAndTheOperatorIsTold() {
        workspace.operatorProperty().set(null);
        vm.declareCommand().execute();
        IncidentForm form = fill(vm.formProperty().get());

        vm.submit(form);

        assertThat(store.incidents().all()).isEmpty();
        assertThat(dialogs.errors).singleElement().asString().startsWith("Nobody is signed in");
    }

    @Test
    void editStartsFromTheIncidentAndSavesTheChange() {
        showDeclared();
        vm.editCommand().execute();
        IncidentForm form = vm.formProperty().get();
        assertThat(form.declares()).isFalse();
        assertThat(form.titleProperty().get()).isEqualTo("Ransomware at Northwind");
        assertThat(form.severityProperty().get()).isEqualTo(Severity.SEV2);
        assertThat(form.cadenceMinutesProperty().get()).isEqualTo(60);

        form.severityProperty().set(Severity.SEV1);
        form.summaryProperty().set("Twelve sites encrypted.");
        vm.submit(form);

        assertThat(workspace.currentIncident().severity()).isEqualTo(Severity.SEV1);
        assertThat(vm.incident().summary()).isEqualTo("Twelve sites encrypted.");
        assertThat(latestEntry().action()).isEqualTo(JournalAction.UPDATED);
        assertThat(latestEntry().detail("fields")).contains("severity");
    }

    @Test
    void editIsOnlyPossibleWithAnIncident() {
        assertThat(vm.editCommand().isExecutable()).isFalse();
        showDeclared();
        assertThat(vm.editCommand().isExecutable()).isTrue();
    }

    @Test
    void offersThePhaseMovesTheRulesAllow() {
        showDeclared();

        assertThat(vm.moves()).extracting(PhaseMove::label)
                .containsExactly("Move to responding", "Skip to recovering", "Skip to monitoring", "Resolve…");

        vm.moveTo(Phase.RECOVERING);

        assertThat(workspace.currentIncident().phase()).isEqualTo(Phase.RECOVERING);
        assertThat(vm.moves()).extracting(PhaseMove::to)
                .containsExactly(Phase.RESPONDING, Phase.MONITORING, Phase.RESOLVED);
        assertThat(vm.moves().getFirst().label()).isEqualTo("Back to responding");
        assertThat(latestEntry().action()).isEqualTo(JournalAction.PHASE_CHANGED);
    }

    @Test
    void resolvingAsksFirstAndRecordsTheTime() {
        showDeclared();

        dialogs.confirmAnswer = false;
        vm.moveTo(Phase.RESOLVED);
        assertThat(workspace.currentIncident().phase()).isEqualTo(Phase.IDENTIFIED);

        dialogs.confirmAnswer = true;
        vm.moveTo(Phase.RESOLVED);

        assertThat(dialogs.questions).containsExactly("Resolve INC-2026-0001?", "Resolve INC-2026-0001?");
        assertThat(workspace.currentIncident().phase()).isEqualTo(Phase.RESOLVED);
        assertThat(workspace.currentIncident().resolvedAt()).isEqualTo(DECLARED);
        assertThat(vm.resolvedAtProperty().get()).isEqualTo("Sat 14 Mar 2026, 09:30");
        assertThat(vm.moves()).isEmpty();
        assertThat(vm.isResolved()).isTrue();
    }

    @Test
    void reopeningAsksWhyAndJournalsTheReason() {
        showDeclared();
        vm.moveTo(Phase.RESOLVED);

        dialogs.textAnswer = Optional.of("  relapse at Leeds ");
        vm.reopen(Phase.RESPONDING);

        assertThat(workspace.currentIncident().phase()).isEqualTo(Phase.RESPONDING);
        assertThat(workspace.currentIncident().resolvedAt()).isNull();
        assertThat(latestEntry().action()).isEqualTo(JournalAction.REOPENED);
        assertThat(latestEntry().detail("reason")).isEqualTo("relapse at Leeds");
        assertThat(vm.resolvedAtProperty().get()).isEmpty();
    }

    @Test
    void reopeningWithoutAReasonOrCancelledLeavesItResolved() {
        showDeclared();
        vm.moveTo(Phase.RESOLVED);

        dialogs.textAnswer = Optional.of("   ");
        vm.reopen(Phase.RESPONDING);
        dialogs.textAnswer = Optional.empty();
        vm.reopen(Phase.RESPONDING);

        assertThat(store.incidents().find(workspace.currentIncident().id()).orElseThrow().phase())
                .isEqualTo(Phase.RESOLVED);
        assertThat(dialogs.errors).singleElement().asString().contains("give a reason");
    }

    @Test
    void showsWhatAnotherConsoleChangedWhenTheChangeFeedReportsIt() {
        Incident shown = showDeclared();
        long seen = store.journal().latestSeq();
        Operator sam = store.staff().signIn("Sam Lee", StaffRole.COMMANDER);
        store.incidents().edit(shown.id(), new IncidentDraft("Ransomware at Northwind and Contoso",
                IncidentKind.RANSOMWARE, Severity.SEV1, sam.staffId(), "", Duration.ofMinutes(30)), sam);

        workspace.publish(store.journal().after(seen, 100));

        assertThat(vm.incident().title()).isEqualTo("Ransomware at Northwind and Contoso");
        assertThat(vm.commanderProperty().get()).isEqualTo("Sam Lee");
        assertThat(vm.cadenceProperty().get()).isEqualTo("every 30 minutes");
        assertThat(workspace.currentIncident().severity()).isEqualTo(Severity.SEV1);
    }

    @Test
    void storeRefusalsAreShownAsErrors() {
        Incident shown = showDeclared();
        vm.moveTo(Phase.RESOLVED);
        // Another console resolved and reopened it meanwhile; this console still believes it is resolved.
        store.incidents().reopen(shown.id(), Phase.MONITORING, "checking", priya);

        dialogs.textAnswer = Optional.of("again");
        vm.reopen(Phase.RESPONDING);

        assertThat(dialogs.errors).singleElement().asString().startsWith("Could not reopen INC-2026-0001");
    }

    private Incident showDeclared() {
        Incident incident = store.incidents().declare(new IncidentDraft("Ransomware at Northwind",
                IncidentKind.RANSOMWARE, Severity.SEV2, null, "", Duration.ofHours(1)), priya);
        workspace.currentIncidentProperty().set(incident);
        return incident;
    }

    private JournalEntry latestEntry() {
        return store.journal().forIncident(workspace.currentIncident().id(), 1).getFirst();
    }

    private static IncidentForm fill(IncidentForm form) {
        form.titleProperty().set("Exchange zero-day");
        form.kindProperty().set(IncidentKind.VULNERABILITY);
        form.severityProperty().set(Severity.SEV1);
        form.cadenceMinutesProperty().set(30);
        return form;
    }
}
