package org.rabta.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * What Spring Modulith's module check ({@link ModuleStructureTest}: no cycles, declared dependencies only) does not
 * see: the shared kernel uses nothing but the JDK (its package-info's module declaration aside), and controllers
 * leave data access to services.
 */
class ArchitectureTest {

    private static final JavaClasses RABTA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rabta");

    @Test
    void sharedKernelUsesOnlyTheJdk() {
        classes().that().resideInAPackage("org.rabta.shared..").and().doNotHaveSimpleName("package-info")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.rabta.shared..")
                .because("org.rabta.shared holds only the exception types every feature uses")
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
