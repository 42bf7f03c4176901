package org.rabta.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rabta.support.ApplicationClasses;
import org.rabta.shared.ConcurrentEditException;
import org.rabta.shared.InvalidInputException;
import org.rabta.shared.Violation;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.ExceptionHandler;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Spring Modulith's module check ({@link ModuleStructureTest}: no cycles, declared dependencies only) does not
 * see: the shared kernel uses nothing but the JDK (its package-info's module declaration aside), controllers
 * leave data access to services, other features use victim cases through one face, and field errors and stale edits
 * have one type and one answer on the API.
 */
class ArchitectureTest {

    private static final JavaClasses RABTA = ApplicationClasses.ALL;

    @Test
    void sharedKernelUsesOnlyTheJdk() {
        classes().that().resideInAPackage("org.rabta.shared..").and().doNotHaveSimpleName("package-info")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.rabta.shared..")
                .because("org.rabta.shared holds only the exception types, the field error, the adult age and the text rule every"
                        + " feature uses")
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

    /** A field and a message code: {@link Violation}, whatever the feature. */
    @Test
    void everyFieldErrorIsAViolation() {
        List<String> others = RABTA.stream()
                .filter(JavaClass::isRecord)
                .map(JavaClass::reflect)
                .filter(type -> type != Violation.class)
                .filter(type -> {
                    Set<String> names = Set.copyOf(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                            .toList());
                    return names.contains("field") && (names.contains("code") || names.contains("messageCode"));
                })
                .map(Class::getName)
                .toList();
        assertThat(others).as("records of a field and a message code besides Violation").isEmpty();
    }

    @Test
    void fieldErrorsAndStaleEditsAreAnsweredOnceForTheWholeApi() {
        List<String> handlers = RABTA.stream()
                .filter(type -> !type.getPackageName().equals("org.rabta.web"))
                .flatMap(type -> type.getMethods().stream())
                .filter(method -> method.isAnnotatedWith(ExceptionHandler.class))
                .map(JavaMethod::reflect)
                .filter(method -> handles(method, InvalidInputException.class) || handles(method, ConcurrentEditException.class))
                .map(Method::toString)
                .toList();
        assertThat(handlers).as("answered by web.ApiExceptionHandler, the same problem detail for every endpoint").isEmpty();
    }

    private static boolean handles(Method handler, Class<? extends Throwable> exception) {
        return Arrays.asList(handler.getAnnotation(ExceptionHandler.class).value()).contains(exception)
                || Arrays.asList(handler.getParameterTypes()).contains(exception);
    }
}
