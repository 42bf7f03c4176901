package org.rabta.screening.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The engine is plain Java: the law must be readable and testable without any framework. */
@AnalyzeClasses(packages = "org.rabta.screening.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineArchitectureTest {

    @ArchTest
    static final ArchRule usesOnlyTheJdk = classes().that().resideInAPackage("org.rabta.screening.engine")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.rabta.screening.engine", "java..");
}
