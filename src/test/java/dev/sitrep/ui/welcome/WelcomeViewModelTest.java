package dev.sitrep.ui.welcome;

import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentKind;
import dev.sitrep.domain.Phase;
import dev.sitrep.domain.Severity;
import dev.sitrep.io.demo.DemoScenario;
import dev.sitrep.ui.common.Command;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import dev.sitrep.ui.common.Workspace;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class WelcomeViewModelTest {

    private final Workspace workspace = new Workspace();
    private final List<DemoScenario> loaded = new ArrayList<>();
    private int declares;
    private int imports;

    private WelcomeViewModel welcome(java.util.function.Function<DemoScenario, Incident> loader) {
        return new WelcomeViewModel(workspace, new CurrentThreadTaskExecutor(), Command.of(() -> declares++),
                Command.of(() -> imports++), loader);
    }

    @Test
    void declaringRunsTheIncidentScreensCommand() {
        welcome(this::demoIncident).declareCommand().execute();

        assertThat(declares).isEqualTo(1);
        assertThat(imports).isZero();
    }

    @Test
    void importingOpensTheImportWizard() {
        welcome(this::demoIncident).importCommand().execute();

        assertThat(imports).isEqualTo(1);
        assertThat(declares).isZero();
    }

    @Test
    void whileADemoLoadsNeitherDeclaringNorImportingCanStart() {
        List<Boolean> executableWhileLoading = new ArrayList<>();
        WelcomeViewModel[] vm = new WelcomeViewModel[1];
        vm[0] = welcome(scenario -> {
            executableWhileLoading.add(vm[0].importCommand().isExecutable());
            executableWhileLoading.add(vm[0].declareCommand().isExecutable());
            return demoIncident(scenario);
        });

        vm[0].loadDemo(DemoScenario.ZERO_DAY);

        assertThat(executableWhileLoading).containsExactly(false, false);
        assertThat(vm[0].importCommand().isExecutable()).isTrue();
    }

    @Test
    void loadsTheChosenDemoAndMakesItsIncidentCurrent() {
        WelcomeViewModel vm = welcome(this::demoIncident);

        vm.loadDemo(DemoScenario.RANSOMWARE);

        assertThat(loaded).containsExactly(DemoScenario.RANSOMWARE);
        assertThat(workspace.currentIncident().kind()).isEqualTo(IncidentKind.RANSOMWARE);
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.problemProperty().get()).isEmpty();
    }

    @Test
    void saysWhyADemoCouldNotBeLoaded() {
        WelcomeViewModel vm = welcome(_ -> {
            throw new IllegalStateException("disk full");
        });

        vm.loadDemo(DemoScenario.ZERO_DAY);

        assertThat(vm.problemProperty().get()).isEqualTo("Could not load the zero-day demo: disk full");
        assertThat(workspace.currentIncident()).isNull();
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    private Incident demoIncident(DemoScenario scenario) {
        loaded.add(scenario);
        IncidentKind kind = scenario == DemoScenario.RANSOMWARE ? IncidentKind.RANSOMWARE : IncidentKind.VULNERABILITY;
        return new Incident(UUID.randomUUID(), "INC-2026-0001", scenario.description(), kind, Severity.SEV1,
                Phase.RESPONDING, Instant.parse("2026-03-01T08:00:00Z"), null, null, "", Duration.ofHours(1));
    }
}
