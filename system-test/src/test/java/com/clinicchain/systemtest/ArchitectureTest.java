package com.clinicchain.systemtest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Services talk only through events: no service's code may use another's, and the shared code uses none of them. */
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
}
