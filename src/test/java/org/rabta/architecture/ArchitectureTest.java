package org.rabta.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package-by-feature layout stays a layout: no cycles, and the shared kernel depends on nothing. */
class ArchitectureTest {

    private static final JavaClasses RABTA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rabta");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.rabta.(*)..").should().beFreeOfCycles().check(RABTA);
    }

    @Test
    void sharedKernelDependsOnNoFeature() {
        classes().that().resideInAPackage("org.rabta.shared..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.rabta.shared..")
                .because("org.rabta.shared holds only the exception types every feature uses")
                .check(RABTA);
    }

    @Test
    void auditDependsOnNoOtherFeature() {
        noClasses().that().resideInAPackage("org.rabta.audit..")
                .should().dependOnClassesThat().resideInAnyPackage("org.rabta.accounts..", "org.rabta.directory..",
                        "org.rabta.geography..", "org.rabta.web..", "org.rabta.demo..")
                .check(RABTA);
    }

    @Test
    void casesKnowNoLaterFeature() {
        noClasses().that().resideInAPackage("org.rabta.cases..")
                .should().dependOnClassesThat().resideInAnyPackage("org.rabta.screening..", "org.rabta.referrals..",
                        "org.rabta.committees..", "org.rabta.reporting..")
                .because("later features reach cases through its extension points (CaseAccessExtension, CasePageExtension)")
                .check(RABTA);
    }

    @Test
    void onlyTheDemoFeatureDependsOnDemo() {
        noClasses().that().resideOutsideOfPackage("org.rabta.demo..")
                .should().dependOnClassesThat().resideInAPackage("org.rabta.demo..")
                .check(RABTA);
    }

    @Test
    void controllersDoNotUseRepositories() {
        noClasses().that().haveSimpleNameEndingWith("Controller")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .because("controllers stay thin: data access and access checks belong in services")
                .check(RABTA);
    }
}
