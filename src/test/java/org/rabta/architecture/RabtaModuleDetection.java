package org.rabta.architecture;

import java.util.Set;
import java.util.stream.Stream;
import org.springframework.modulith.core.ApplicationModuleDetectionStrategy;
import org.springframework.modulith.core.ApplicationModuleInformation;
import org.springframework.modulith.core.JavaPackage;
import org.springframework.modulith.core.NamedInterfaces;

/**
 * Spring Modulith's default module detection (each direct sub-package of {@code org.rabta} is a module, its
 * {@code @NamedInterface} sub-packages are named interfaces), plus the named interfaces that cannot carry the
 * annotation: the screening engine imports nothing but the JDK ({@code EngineArchitectureTest}), so the engine
 * becomes {@code screening :: engine} here. Registered in {@code src/test/resources/config/application.yml}.
 */
public class RabtaModuleDetection implements ApplicationModuleDetectionStrategy {

    private static final Set<String> FRAMEWORK_FREE_INTERFACES = Set.of("org.rabta.screening.engine");

    @Override
    public Stream<JavaPackage> getModuleBasePackages(JavaPackage rootPackage) {
        return ApplicationModuleDetectionStrategy.directSubPackage().getModuleBasePackages(rootPackage);
    }

    @Override
    public NamedInterfaces detectNamedInterfaces(JavaPackage basePackage, ApplicationModuleInformation information) {
        return NamedInterfaces.of(basePackage, information).and(NamedInterfaces.builder(basePackage)
                .including(subPackage -> FRAMEWORK_FREE_INTERFACES.contains(subPackage.getName()))
                .build());
    }
}
