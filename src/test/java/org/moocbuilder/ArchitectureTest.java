package org.moocbuilder;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The structure docs/architecture.md describes, held by the compiled classes themselves. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.moocbuilder");
    }

    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        slices().matching("org.moocbuilder.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void stagesNeverReachBackToTheCommandsOrTheBuildThatWiresThem() {
        noClasses().that().resideOutsideOfPackages("org.moocbuilder.build..", "org.moocbuilder.serve..",
                        "org.moocbuilder.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.moocbuilder.build..", "org.moocbuilder.cli..",
                        "org.moocbuilder.serve..")
                .check(classes);
    }

    @Test
    void theModelAndTheSettingsDoNoInputOrOutput() {
        noClasses().that().resideInAnyPackage("org.moocbuilder.content..", "org.moocbuilder.config..")
                .should().dependOnClassesThat(resideInAPackage("java.io..").or(type(Files.class)))
                .because("records of the model are built by the source stage, which alone reads files")
                .check(classes);
    }

    @Test
    void noClassHoldsStaticMutableState() {
        noFields().that().areStatic().should().notBeFinal().check(classes);
    }
}
