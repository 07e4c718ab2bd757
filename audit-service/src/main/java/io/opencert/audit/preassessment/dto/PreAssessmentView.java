package io.opencert.audit.preassessment.dto;

import io.opencert.audit.catalogue.Clause;
import io.opencert.audit.catalogue.Iso20000Part1;
import io.opencert.audit.preassessment.PreAssessment;
import io.opencert.audit.preassessment.ProcessAreaProfile;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The pre-assessment outcome; empty, without version, until the lead auditor records it. */
public record PreAssessmentView(UUID auditId, List<Area> areas, String summary, String updatedBy, Instant updatedAt,
                                Long version) {

    public record Area(String processArea, String title, int maturity, String strengths, String weaknesses) {
    }

    public static PreAssessmentView of(PreAssessment assessment) {
        return new PreAssessmentView(assessment.auditId(), assessment.areas().stream().map(PreAssessmentView::area).toList(),
                assessment.summary(), assessment.updatedBy(), assessment.updatedAt().toInstant(), assessment.version());
    }

    public static PreAssessmentView none(UUID auditId) {
        return new PreAssessmentView(auditId, List.of(), null, null, null, null);
    }

    private static Area area(ProcessAreaProfile area) {
        return new Area(area.processArea(), Iso20000Part1.clause(area.processArea()).map(Clause::title).orElse(null),
                area.maturity(), area.strengths(), area.weaknesses());
    }
}
