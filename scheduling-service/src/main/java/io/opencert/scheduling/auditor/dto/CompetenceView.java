package io.opencert.scheduling.auditor.dto;

import io.opencert.events.model.Standard;
import io.opencert.scheduling.auditor.Auditor;
import io.opencert.scheduling.auditor.DevelopmentActivity;
import io.opencert.scheduling.auditor.WitnessAudit;
import io.opencert.scheduling.rules.Competence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An auditor's competence record as the auditor and the administrator see it.
 *
 * @param developmentHoursLastYear development hours completed in the 12 months up to today
 */
public record CompetenceView(UUID auditorId, String username, String name, List<QualificationView> qualifications,
                             List<WitnessAudit> witnessAudits, List<DevelopmentActivity> development,
                             BigDecimal developmentHoursLastYear) {

    /**
     * A qualification and where it stands today: {@code EXPIRING_SOON} within
     * {@value Competence#EXPIRING_SOON_DAYS} days of its expiry, {@code LAPSED} after it.
     */
    public record QualificationView(UUID id, Standard standard, Competence.QualifiedRole role,
                                    List<String> technicalAreas, String evidence, LocalDate grantedOn,
                                    LocalDate expiresOn, Competence.Standing standing) {
    }

    public static CompetenceView of(Auditor auditor, LocalDate today) {
        return new CompetenceView(auditor.id, auditor.username, auditor.name, auditor.qualifications().stream()
                .map(qualification -> new QualificationView(qualification.id(), qualification.standard(),
                        qualification.role(), qualification.technicalAreas(), qualification.evidence(),
                        qualification.grantedOn(), qualification.expiresOn(),
                        Competence.standing(qualification, today)))
                .toList(),
                auditor.competence().witnessAudits(), auditor.competence().development(),
                DevelopmentActivity.hoursSince(auditor.competence().development(), today.minusYears(1)));
    }
}
