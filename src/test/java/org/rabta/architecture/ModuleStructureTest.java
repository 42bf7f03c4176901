package org.rabta.architecture;

import static java.util.Map.entry;
import static java.util.stream.Collectors.toCollection;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rabta.RabtaApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;

/**
 * The application modules (the packages under {@code org.rabta}) and what each may use: Spring Modulith checks
 * that no module reaches into another's internals (sub-packages not declared as named interfaces), that there are
 * no cycles, and that each module uses only what its {@code package-info.java} allows. The list below repeats
 * those declarations on purpose, so that a new dependency between modules is a visible change of this test.
 */
class ModuleStructureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(RabtaApplication.class);

    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            entry("shared", Set.of()),
            entry("infrastructure", Set.of()),
            entry("audit", Set.of("shared")),
            entry("geography", Set.of("audit", "infrastructure", "shared", "web")),
            entry("web", Set.of("audit", "infrastructure", "shared")),
            entry("directory", Set.of("audit", "geography", "infrastructure", "shared", "web")),
            entry("accounts", Set.of("audit", "directory", "infrastructure", "shared", "web")),
            entry("cases", Set.of("accounts", "audit", "directory", "geography", "shared", "web")),
            entry("notifications", Set.of("accounts", "audit", "infrastructure", "shared", "web")),
            entry("referrals", Set.of("accounts", "audit", "cases", "directory", "geography", "infrastructure",
                    "notifications", "shared", "web")),
            entry("screening", Set.of("accounts", "audit", "cases", "directory", "notifications", "shared", "web")),
            entry("reporting", Set.of("accounts", "audit", "cases", "directory", "geography", "investigations",
                    "screening :: engine", "shared", "web")),
            entry("committees", Set.of("accounts", "audit", "cases", "directory", "geography", "notifications",
                    "referrals", "reporting", "shared", "web")),
            entry("investigations", Set.of("accounts", "audit", "cases", "cases :: synthetic", "directory", "geography",
                    "notifications", "shared", "web")),
            entry("demo", Set.of("accounts", "cases", "cases :: synthetic", "committees", "directory", "investigations",
                    "referrals", "screening", "screening :: engine")));

    @Test
    void modulesKeepToTheirDeclaredDependencies() {
        MODULES.verify();
    }

    @Test
    void everyModuleDeclaresExactlyTheDependenciesListedHere() {
        assertThat(MODULES.stream().map(ModuleStructureTest::name)).containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
        MODULES.forEach(module -> assertThat(declared(module)).as(name(module))
                .containsExactlyInAnyOrderElementsOf(ALLOWED.get(name(module))));
    }

    /** A declaration nothing uses any more would let a new dependency in unnoticed: each one must be in use. */
    @Test
    void everyDeclaredDependencyIsUsed() {
        MODULES.forEach(module -> assertThat(used(module)).as(name(module))
                .containsExactlyInAnyOrderElementsOf(declared(module)));
    }

    /** Regenerates docs/modules (C4 component diagrams in PlantUML, one canvas a module): commit what changes. */
    @Test
    void writesTheModuleDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeDocumentation();
        try (Stream<Path> diagrams = Files.list(Path.of("docs/modules"))) {
            for (Path diagram : diagrams.filter(file -> file.toString().endsWith(".puml")).toList()) {
                Files.write(diagram, inStableOrder(Files.readAllLines(diagram)));
            }
        }
        assertThat(Path.of("docs/modules/components.puml")).exists();
    }

    /**
     * The diagrams list their components and relationships in an order that changes from run to run; sorted, the
     * files change only when the modules do.
     */
    private static List<String> inStableOrder(List<String> lines) {
        List<String> result = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            if (!run.isEmpty() && !kind(line).equals(kind(run.getFirst()))) {
                run.sort(null);
                result.addAll(run);
                run.clear();
            }
            if (kind(line).isEmpty()) {
                result.add(line);
            } else {
                run.add(line);
            }
        }
        run.sort(null);
        result.addAll(run);
        return result;
    }

    private static String kind(String line) {
        String statement = line.strip();
        return statement.startsWith("Rel(") ? "Rel(" : statement.startsWith("Component(") ? "Component(" : "";
    }

    private static Set<String> declared(ApplicationModule module) {
        return module.getBasePackage().getAnnotation(org.springframework.modulith.ApplicationModule.class)
                .map(annotation -> Arrays.stream(annotation.allowedDependencies())
                        .map(name -> name.replaceAll("\\s*::\\s*", " :: "))
                        .collect(toCollection(TreeSet::new)))
                .orElseThrow(() -> new AssertionError(name(module) + " declares no allowedDependencies"));
    }

    private static Set<String> used(ApplicationModule module) {
        return module.getDirectDependencies(MODULES).stream()
                .flatMap(dependency -> dependency.getTargetModule().getNamedInterfaces()
                        .getNamedInterfacesContaining(dependency.getTargetType())
                        .map(namedInterface -> qualified(dependency.getTargetModule(), namedInterface)))
                .collect(toCollection(TreeSet::new));
    }

    private static String name(ApplicationModule module) {
        return module.getIdentifier().toString();
    }

    private static String qualified(ApplicationModule module, NamedInterface namedInterface) {
        return namedInterface.isUnnamed() ? name(module) : name(module) + " :: " + namedInterface.getName();
    }
}
