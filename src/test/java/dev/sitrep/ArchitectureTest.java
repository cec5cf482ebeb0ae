package dev.sitrep;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/// The layers of Sitrep (app → ui → io → store → domain) as rules the build checks.
@AnalyzeClasses(packages = "dev.sitrep", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String APP = "dev.sitrep.app..";
    private static final String UI = "dev.sitrep.ui..";
    private static final String IO = "dev.sitrep.io..";
    private static final String STORE = "dev.sitrep.store..";
    private static final String DOMAIN = "dev.sitrep.domain..";
    private static final String[] SQL = {"java.sql..", "javax.sql.."};

    @ArchTest
    static final ArchRule domainNeedsNoScreen = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the domain's records and rules must run and be tested without a screen");

    @ArchTest
    static final ArchRule domainNeedsNoDatabase = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(SQL)
            .because("the domain describes incidents, not how they are stored");

    @ArchTest
    static final ArchRule domainIsTheBottomLayer = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, IO, UI, APP)
            .because("every other layer builds on the domain, so it can depend on none of them");

    @ArchTest
    static final ArchRule storeKnowsNoLayerAboveIt = noClasses().that().resideInAPackage(STORE)
            .should().dependOnClassesThat().resideInAnyPackage(UI, IO, APP)
            .because("the store serves every screen, file format and command alike");

    @ArchTest
    static final ArchRule storeNeedsNoScreen = noClasses().that().resideInAPackage(STORE)
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the command line and the tests use the store without the JavaFX toolkit");

    @ArchTest
    static final ArchRule ioKnowsNoLayerAboveIt = noClasses().that().resideInAPackage(IO)
            .should().dependOnClassesThat().resideInAnyPackage(UI, APP)
            .because("imports, exports and demo data run from the command line as well as from the screens");

    @ArchTest
    static final ArchRule ioBuildsNoNodes = noClasses().that().resideInAPackage(IO)
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("file formats are written and read without a window; printing hands nodes in from the ui");

    // Screens arrive one issue at a time: a build with no view model yet breaks no rule.
    @ArchTest
    static final ArchRule viewModelsKnowNoNodes = noClasses().that().resideInAPackage(UI)
            .and().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("view models are tested without the FX toolkit and never know their view")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyTheStoreSpeaksSql = noClasses().that().resideOutsideOfPackage(STORE)
            .should().dependOnClassesThat().resideInAnyPackage(SQL)
            .because("one layer owns the schema, so a change to it is made and reviewed in one place");

    @ArchTest
    static final ArchRule uiKnowsNoApp = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAPackage(APP)
            .because("the app wires the screens together; screens are handed what they need");

    @ArchTest
    static final ArchRule topLevelPackagesFormNoCycles = slices().matching("dev.sitrep.(*)..")
            .should().beFreeOfCycles()
            .because("a cycle between layers would make every layer depend on all the others");
}
