package io.opencert.commons.testing;

import io.opencert.commons.problem.Rule;
import io.opencert.commons.problem.RuleText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalogue check on a repository of its own: one service with two rules, its sources and its tests. */
class RulesCatalogueTest {
    enum SampleRule implements Rule {
        STAGE_ORDER("Stage order", "ISO/IEC 17021-1 9.3.1.2"),
        BOOKING_WINDOW("Booking window", "ISO/IEC 17021-1 9.1.3");

        private final RuleText text;

        SampleRule(String title, String source) {
            this.text = new RuleText(title, source);
        }

        @Override
        public RuleText text() {
            return text;
        }
    }

    @TempDir
    Path repository;
    private Path module;

    @BeforeEach
    void aServiceThatEnforcesAndTestsBothRules() throws IOException {
        module = repository.resolve("sample-service");
        write("src/main/java/Planner.java", "class Planner { Object o = SampleRule.STAGE_ORDER; "
                + "Object p = SampleRule.BOOKING_WINDOW; }");
        write("src/test/java/PlannerTest.java", "class PlannerTest { String a = \"/stage-order\"; }");
        Files.createDirectories(repository.resolve("e2e/src/test/java"));
        Files.writeString(repository.resolve("e2e/src/test/java/CycleTest.java"),
                "class CycleTest { String b = \"booking-window\"; }");
    }

    @Test
    void writesTheCatalogueWithTheEnforcingClassesAndTheTestsThenAcceptsIt() throws IOException {
        RulesCatalogue catalogue = RulesCatalogue.of("sample-service", SampleRule.class, module);
        System.setProperty("rules.catalogue.write", "true");
        try {
            catalogue.verify();
        } finally {
            System.clearProperty("rules.catalogue.write");
        }

        assertThat(Files.readString(catalogue.file()))
                .contains("| `stage-order` | 409 | Stage order | ISO/IEC 17021-1 9.3.1.2 | Planner | PlannerTest |")
                .contains("| `booking-window` | 409 | Booking window | ISO/IEC 17021-1 9.1.3 | Planner | CycleTest |");
        catalogue.verify();
    }

    @Test
    void failsWhenTheCatalogueFileIsNotWhatTheCodeGenerates() {
        assertThatThrownBy(() -> RulesCatalogue.of("sample-service", SampleRule.class, module).verify())
                .hasMessageContaining("docs/rules/sample-service.md is generated from SampleRule");
    }

    @Test
    void failsWhenARuleIsProvedByNoTest() throws IOException {
        write("src/test/java/PlannerTest.java", "class PlannerTest { }");

        assertThatThrownBy(() -> RulesCatalogue.of("sample-service", SampleRule.class, module).verify())
                .hasMessageContaining("stage-order: no test names its problem type or SampleRule.STAGE_ORDER");
    }

    @Test
    void failsWhenARuleIsEnforcedNowhere() throws IOException {
        write("src/main/java/Planner.java", "class Planner { Object o = SampleRule.STAGE_ORDER; }");

        assertThatThrownBy(() -> RulesCatalogue.of("sample-service", SampleRule.class, module).verify())
                .hasMessageContaining("booking-window: enforced nowhere");
    }

    @Test
    void failsWhenAConflictIsAnsweredWithoutARule() throws IOException {
        write("src/main/java/Booking.java", "class Booking { Object e = new ProblemException(409, \"taken\", "
                + "\"Taken\", \"Taken.\"); }");

        assertThatThrownBy(() -> RulesCatalogue.of("sample-service", SampleRule.class, module).verify())
                .hasMessageContaining("a refusal (409) names its rule").hasMessageContaining("Booking.java");
    }

    private void write(String path, String text) throws IOException {
        Path file = module.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
