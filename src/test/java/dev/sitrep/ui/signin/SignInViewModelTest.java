package dev.sitrep.ui.signin;

import dev.sitrep.domain.Operator;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import dev.sitrep.ui.common.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SignInViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private Store store;
    private final Workspace workspace = new Workspace();
    private final List<Operator> remembered = new ArrayList<>();
    private SignInViewModel vm;

    @BeforeEach
    void open() {
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("sign-in")), CLOCK);
        vm = new SignInViewModel(store, workspace, new CurrentThreadTaskExecutor(), remembered::add);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void asksForANameAndARoleBeforeSigningIn() {
        assertThat(vm.nameProblemProperty().get()).startsWith("Type your name");
        assertThat(vm.roleProblemProperty().get()).isNotEmpty();
        assertThat(vm.signInCommand().isExecutable()).isFalse();

        vm.nameProperty().set("Priya Shah");
        assertThat(vm.nameProblemProperty().get()).isEmpty();
        assertThat(vm.signInCommand().isExecutable()).as("no role yet").isFalse();

        vm.roleProperty().set(StaffRole.COMMANDER);
        assertThat(vm.signInCommand().isExecutable()).isTrue();
    }

    @Test
    void refusesNamesThatCannotNameAPerson() {
        assertThat(SignInViewModel.nameProblem("   ")).startsWith("Type your name");
        assertThat(SignInViewModel.nameProblem("1234")).isEqualTo("A name needs at least one letter.");
        assertThat(SignInViewModel.nameProblem("x".repeat(81))).contains("80 characters").contains("81");
        assertThat(SignInViewModel.nameProblem("Priya\nShah")).isEqualTo("Type the name on one line.");
        assertThat(SignInViewModel.nameProblem("  Zoë O'Brien-Łukasz ")).isEmpty();
    }

    @Test
    void signsInThroughTheStoreAndHandsTheOperatorOn() {
        vm.nameProperty().set("  Priya Shah ");
        vm.roleProperty().set(StaffRole.TAM);

        vm.signInCommand().execute();

        Operator operator = workspace.operator();
        assertThat(operator.name()).isEqualTo("Priya Shah");
        assertThat(operator.role()).isEqualTo(StaffRole.TAM);
        assertThat(store.staff().findByName("priya shah")).isPresent();
        assertThat(remembered).containsExactly(operator);
        assertThat(vm.signedInProperty().get()).isTrue();
        assertThat(vm.failureProperty().get()).isEmpty();
    }

    @Test
    void startsFromTheOperatorSignedInWhenSwitching() {
        workspace.operatorProperty().set(store.staff().signIn("Sam Okafor", StaffRole.ENGINEER));

        SignInViewModel switching = new SignInViewModel(store, workspace, new CurrentThreadTaskExecutor(),
                remembered::add);

        assertThat(switching.nameProperty().get()).isEqualTo("Sam Okafor");
        assertThat(switching.roleProperty().get()).isEqualTo(StaffRole.ENGINEER);
    }

    @Test
    void saysWhyWhenTheDatabaseRefuses() {
        store.close();
        vm.nameProperty().set("Priya Shah");
        vm.roleProperty().set(StaffRole.COMMANDER);

        vm.signInCommand().execute();

        assertThat(vm.failureProperty().get()).startsWith("Could not sign in: ");
        assertThat(workspace.operator()).isNull();
        assertThat(remembered).isEmpty();
        assertThat(vm.signedInProperty().get()).isFalse();
        assertThat(vm.busyProperty().get()).isFalse();
    }
}
