package io.opencert.certificate.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the service: the rules are the heart, plain Java that depends on nothing else of the service nor on a
 * framework; and the decisions and the daily jobs sit above the certificates, never the other way round.
 */
class ArchitectureTest {
    private static JavaClasses service;

    @BeforeAll
    static void importService() {
        service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.opencert.certificate");
    }

    @Test
    void theRulesAreFrameworkFreeAndStandOnTheirOwn() {
        classes().that().resideInAPackage("io.opencert.certificate.rules..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.opencert.certificate.rules..",
                        "io.opencert.events..", "io.opencert.commons.problem..", "java..")
                .check(service);
    }

    @Test
    void decisionsJobsAndConsumersFormNoCycleWithTheCertificates() {
        slices().matching("io.opencert.certificate.(decision|lifecycle|expiry|events|rules|certsearch|complaint)..")
                .should().beFreeOfCycles()
                .check(service);
    }
}
