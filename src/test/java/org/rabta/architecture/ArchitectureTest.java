package org.rabta.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * What Spring Modulith's module check ({@link ModuleStructureTest}: no cycles, declared dependencies only) does not
 * see: the shared kernel uses nothing but the JDK (its package-info's module declaration aside), controllers
 * leave data access to services, and other features use victim cases through one face.
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

    /**
     * Other features ask victim cases what they need through {@code cases.CasesApi} (besides the access policy and the
     * helpers every feature shares), never through the services behind the case screens, which may change freely.
     */
    @Test
    void otherFeaturesUseTheCasesServicesOnlyThroughCasesApi() {
        DescribedPredicate<JavaClass> casesServicesBehindTheApi = DescribedPredicate.describe(
                "services of org.rabta.cases other than CasesApi",
                type -> type.getPackageName().equals("org.rabta.cases") && type.isAnnotatedWith(Service.class)
                        && !type.getSimpleName().equals("CasesApi"));
        noClasses().that().resideOutsideOfPackage("org.rabta.cases..")
                .should().dependOnClassesThat(casesServicesBehindTheApi)
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
