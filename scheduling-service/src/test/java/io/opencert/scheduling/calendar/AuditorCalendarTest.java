package io.opencert.scheduling.calendar;

import io.opencert.events.model.AuditType;
import io.opencert.events.model.TeamRole;
import io.opencert.scheduling.programme.BookedAudit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AuditorCalendarTest {

    @Test
    void aScopeExtensionIsCalledAScopeExtensionAuditInTheAuditorsCalendar() {
        BookedAudit audit = new BookedAudit(UUID.randomUUID(), AuditType.SCOPE_EXTENSION, LocalDate.of(2028, 7, 3),
                LocalDate.of(2028, 7, 4), new BigDecimal("1.5"), "Retail Group NV", TeamRole.LEAD_AUDITOR);

        String feed = AuditorCalendar.render("Lena Auditor", List.of(audit), List.of(),
                Instant.parse("2028-06-01T09:00:00Z"));

        assertThat(feed).contains("SUMMARY:Scope extension audit - Retail Group NV");
    }

    @Test
    void everyAuditTypeHasItsOwnWords() {
        assertThat(Arrays.stream(AuditType.values()).map(AuditorCalendar::words)).doesNotHaveDuplicates()
                .allSatisfy(words -> assertThat(words).isNotBlank());
    }
}
