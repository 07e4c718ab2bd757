package io.opencert.notification.events;

import io.opencert.events.model.AuditType;
import io.opencert.events.model.DueNonconformity;
import io.opencert.events.model.FindingGrade;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** How the mails word what the events carry. */
class FactsTest {

    @Test
    void aComplaintIsAboutTheBodyOrAHolder() {
        assertThat(Facts.complaintSubject("CERTIFICATION_BODY", null)).isEqualTo("our work as certification body");
        assertThat(Facts.complaintSubject("CERTIFIED_CLIENT", "CB-2026-0042"))
                .isEqualTo("the holder of certificate CB-2026-0042");
        assertThat(Facts.complaintSubject("CERTIFIED_CLIENT", null)).isEqualTo("a client we certify");
    }

    @Test
    void auditTypesDaysAndNonconformitiesInWords() {
        assertThat(Facts.auditType(AuditType.STAGE_2)).isEqualTo("stage 2");
        assertThat(Facts.auditType(AuditType.PRE_ASSESSMENT)).isEqualTo("pre-assessment");
        assertThat(Facts.days(new BigDecimal("2.50"))).isEqualTo("2.5");
        LocalDate due = LocalDate.of(2027, 3, 1);
        assertThat(Facts.nonconformities(List.of(
                new DueNonconformity(UUID.randomUUID(), FindingGrade.MAJOR_NONCONFORMITY, "8.5.1", due.plusDays(9)),
                new DueNonconformity(UUID.randomUUID(), FindingGrade.MINOR_NONCONFORMITY, "9.2", due))))
                .containsExactly(Map.of("grade", "minor nonconformity", "clause", "9.2", "responseDue", "2027-03-01"),
                        Map.of("grade", "major nonconformity", "clause", "8.5.1", "responseDue", "2027-03-10"));
    }
}
