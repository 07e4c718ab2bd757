package io.opencert.client.impartiality;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImpartialityTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void aRelationshipCountsUntilTwoYearsAfterItEnded() {
        assertThat(new Impartiality.Relationship(null, LocalDate.of(2020, 1, 1), LocalDate.of(2024, 11, 24))
                .within(TODAY)).isTrue();
        assertThat(new Impartiality.Relationship(null, LocalDate.of(2020, 1, 1), LocalDate.of(2024, 11, 23))
                .within(TODAY)).isFalse();
        assertThat(new Impartiality.Relationship(null, LocalDate.of(2020, 1, 1), null).within(TODAY)).isTrue();
        assertThat(new Impartiality.Relationship(null, TODAY.plusDays(1), null).within(TODAY)).isFalse();
    }

    @Test
    void tellsTheCertificationBodysConsultancyFromItsAuditors() {
        List<Impartiality.Relationship> register = List.of(
                new Impartiality.Relationship("auditor2", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 12, 31)),
                new Impartiality.Relationship("auditor1", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 6, 30)),
                new Impartiality.Relationship("auditor0", LocalDate.of(2026, 1, 1), null),
                new Impartiality.Relationship("auditor2", LocalDate.of(2026, 2, 1), null));

        assertThat(Impartiality.certificationBodyConsulted(register, TODAY)).isFalse();
        assertThat(Impartiality.excludedAuditors(register, TODAY)).containsExactly("auditor0", "auditor2");
        assertThat(Impartiality.certificationBodyConsulted(List.of(
                new Impartiality.Relationship(null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1))), TODAY))
                .isTrue();
    }
}
