package io.opencert.notification.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the service: the consumers sit on top; notices use the addressees and the reminder preferences, which
 * know nothing of notices; no cycles.
 */
class ArchitectureTest {
    private static JavaClasses service;

    @BeforeAll
    static void importService() {
        service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.opencert.notification");
    }

    @Test
    void theFeaturesFormNoCycle() {
        slices().matching("io.opencert.notification.(*)..").should().beFreeOfCycles().check(service);
    }

    @Test
    void nothingButTheConsumersDependsOnThem() {
        classes().that().resideInAPackage("io.opencert.notification.events..")
                .should().onlyHaveDependentClassesThat().resideInAPackage("io.opencert.notification.events..")
                .check(service);
    }
}
