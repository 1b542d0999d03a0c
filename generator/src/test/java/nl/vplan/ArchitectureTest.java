package nl.vplan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The stages depend downwards only (docs/architecture.md): a package may use the floors below it,
 * never one above it nor another package on its own floor, and no packages form a cycle.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchitectureTest {

    /** The floors, top to bottom; a new package must be put on one (every layer must hold classes). */
    private static final List<List<String>> FLOORS = List.of(
            List.of("cli"),
            List.of("serve", "start"),
            List.of("fill"),
            List.of("pipeline"),
            List.of("publish", "assemble"),
            List.of("compose"),
            List.of("convert", "check", "compare"),
            List.of("resolve", "load"),
            List.of("model"));

    JavaClasses classes;

    @BeforeAll
    void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("nl.vplan");
    }

    @Test
    void everyStageUsesOnlyTheFloorsBelowIt() {
        LayeredArchitecture rule = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (List<String> floor : FLOORS) {
            for (String stage : floor) {
                rule = rule.layer(stage).definedBy("nl.vplan." + stage + "..");
            }
        }
        List<String> above = new ArrayList<>();
        for (List<String> floor : FLOORS) {
            for (String stage : floor) {
                rule = above.isEmpty()
                        ? rule.whereLayer(stage).mayNotBeAccessedByAnyLayer()
                        : rule.whereLayer(stage).mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
            }
            above.addAll(floor);
        }
        rule.because("dependencies point downwards only: cli → serve, start → fill → pipeline → publish, assemble → compose "
                + "→ convert, check, compare → resolve, load → model").check(classes);
    }

    @Test
    void theModelUsesNoOtherPackageOfVplan() {
        noClasses().that().resideInAPackage("nl.vplan.model..")
                .should().dependOnClassesThat().resideInAnyPackage(FLOORS.stream().flatMap(List::stream)
                        .filter(p -> !p.equals("model")).map(p -> "nl.vplan." + p + "..").toArray(String[]::new))
                .check(classes);
    }

    @Test
    void thePackagesFormNoCycle() {
        slices().matching("nl.vplan.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void everyPackageIsOnAFloor() {
        List<String> onFloors = FLOORS.stream().flatMap(List::stream).toList();
        List<String> packages = classes.stream().map(c -> c.getPackageName())
                .filter(p -> p.startsWith("nl.vplan.")).map(p -> p.substring("nl.vplan.".length()).split("\\.")[0])
                .distinct().sorted().toList();
        assertThat(onFloors).as("packages under nl.vplan; put a new one on a floor of FLOORS").containsAll(packages);
        assertThat(packages).as("packages found").containsAll(onFloors);
    }
}
