package com.clinicchain.systemtest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Services talk only through events: no service's code may use another's, and the shared code uses none of them.
 * Inside each service, features depend on each other without cycles (inventory's lot and vial states and the
 * usability rule, which most of its features ask, live in {@code vialstate}, which depends on none of them), and the
 * rule classes of treatment and inventory are plain Java.
 */
@AnalyzeClasses(packages = "com.clinicchain", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String PATIENT = "com.clinicchain.patient..";
    static final String TREATMENT = "com.clinicchain.treatment..";
    static final String INVENTORY = "com.clinicchain.inventory..";
    static final String GATEWAY = "com.clinicchain.gateway..";

    @ArchTest
    static final ArchRule patientServiceStandsAlone = noClasses().that().resideInAPackage(PATIENT)
            .should().dependOnClassesThat().resideInAnyPackage(TREATMENT, INVENTORY, GATEWAY);

    @ArchTest
    static final ArchRule treatmentServiceStandsAlone = noClasses().that().resideInAPackage(TREATMENT)
            .should().dependOnClassesThat().resideInAnyPackage(PATIENT, INVENTORY, GATEWAY);

    @ArchTest
    static final ArchRule inventoryServiceStandsAlone = noClasses().that().resideInAPackage(INVENTORY)
            .should().dependOnClassesThat().resideInAnyPackage(PATIENT, TREATMENT, GATEWAY);

    @ArchTest
    static final ArchRule gatewayKnowsNoServiceCode = noClasses().that().resideInAPackage(GATEWAY)
            .should().dependOnClassesThat().resideInAnyPackage(PATIENT, TREATMENT, INVENTORY);

    @ArchTest
    static final ArchRule sharedCodeKnowsNoService = noClasses()
            .that().resideInAnyPackage("com.clinicchain.kit..", "com.clinicchain.contracts..")
            .should().dependOnClassesThat().resideInAnyPackage(PATIENT, TREATMENT, INVENTORY, GATEWAY);

    @ArchTest
    static final ArchRule contractsAreOnlyData = noClasses().that().resideInAPackage("com.clinicchain.contracts..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.clinicchain.kit..");

    @ArchTest
    static final ArchRule treatmentFeaturesHaveNoCycles = slices().matching("com.clinicchain.treatment.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule inventoryFeaturesHaveNoCycles = slices().matching("com.clinicchain.inventory.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule patientFeaturesHaveNoCycles = slices().matching("com.clinicchain.patient.(*)..")
            .should().beFreeOfCycles();

    /** SQL lives in repositories: no controller of any service reaches for the database itself. */
    @ArchTest
    static final ArchRule controllersLeaveSqlToRepositories = noClasses()
            .that().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.jdbc..");

    /** In inventory and treatment SQL lives only in repositories, each the home of its tables. */
    @ArchTest
    static final ArchRule onlyRepositoriesUseTheDatabase = noClasses()
            .that().resideInAnyPackage(INVENTORY, TREATMENT)
            .and().areNotAnnotatedWith("org.springframework.stereotype.Repository")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.jdbc..");

    /** The clinical and registry rules return decisions; the web edge (treatment's Refusals) makes problems of them. */
    @ArchTest
    static final ArchRule treatmentRulesArePlainJava = noClasses().that().haveFullyQualifiedName(
                    "com.clinicchain.treatment.session.Eligibility")
            .or().haveFullyQualifiedName("com.clinicchain.treatment.session.Dosing")
            .or().haveFullyQualifiedName("com.clinicchain.treatment.session.Charting")
            .or().haveFullyQualifiedName("com.clinicchain.treatment.session.SessionStatus")
            .or().haveFullyQualifiedName("com.clinicchain.treatment.session.InjectionSession")
            .or().haveFullyQualifiedName("com.clinicchain.treatment.registry.RegistryRules")
            .or().haveFullyQualifiedName("com.clinicchain.treatment.adverse.Onset")
            .or().haveFullyQualifiedName("com.clinicchain.treatment.followup.FollowUpDates")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                    "com.clinicchain.kit.problem..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("com.clinicchain.treatment.refusal.Refusals");

    /**
     * Inventory's rules (vial usability and the states it reads, stock arithmetic, thresholds, cold chain, transfers,
     * the serving order and the usage check) return decisions; the services and controllers act on them.
     */
    @ArchTest
    static final ArchRule inventoryRulesArePlainJava = noClasses()
            .that().resideInAPackage("com.clinicchain.inventory.vialstate..")
            .or().haveFullyQualifiedName("com.clinicchain.inventory.stock.Stock")
            .or().haveFullyQualifiedName("com.clinicchain.inventory.lot.HeldLotStatus")
            .or().haveFullyQualifiedName("com.clinicchain.inventory.threshold.Crossing")
            .or().haveFullyQualifiedName("com.clinicchain.inventory.coldchain.Excursion")
            .or().haveFullyQualifiedName("com.clinicchain.inventory.coldchain.Silence")
            .or().haveFullyQualifiedName("com.clinicchain.inventory.transfer.TransferStatus")
            .or().haveFullyQualifiedName("com.clinicchain.inventory.reservation.ServingOrder")
            .or().haveFullyQualifiedName("com.clinicchain.inventory.usage.VialUseCheck")
            .or().haveFullyQualifiedName("com.clinicchain.inventory.usage.SessionTally")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                    "com.clinicchain.kit.problem..");
}
