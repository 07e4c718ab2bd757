package io.opencert.audit.preassessment;

import io.opencert.audit.audit.AuditService;
import io.opencert.audit.catalogue.Iso20000Part1;
import io.opencert.audit.preassessment.dto.PreAssessmentRequest;
import io.opencert.audit.preassessment.dto.PreAssessmentView;
import io.opencert.audit.rules.AuditRule;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.problem.Problem;
import io.opencert.commons.problem.ProblemException;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.commons.security.CurrentUser;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.TeamRole;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class PreAssessmentService {
    private static final Set<AuditType> PRE_ASSESSMENTS = Set.of(AuditType.PRE_ASSESSMENT, AuditType.SYSTEM_AND_RISK_REVIEW);

    private final PreAssessmentRepository assessments;
    private final AuditService audits;
    private final CurrentUser user;
    private final ChangeLog changeLog;
    private final Clock clock;

    PreAssessmentService(PreAssessmentRepository assessments, AuditService audits, CurrentUser user,
                         ChangeLog changeLog, Clock clock) {
        this.assessments = assessments;
        this.audits = audits;
        this.user = user;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /** The profile and report for whoever may see the audit: CB staff, its team, the audited organisation. */
    @WithSession
    public Uni<PreAssessmentView> get(UUID auditId) {
        return audits.visible(auditId).flatMap(audit -> of(auditId));
    }

    /** The outcome within a session the caller opened (the audit report). */
    public Uni<PreAssessmentView> of(UUID auditId) {
        return assessments.findById(auditId)
                .map(assessment -> assessment == null ? PreAssessmentView.none(auditId) : PreAssessmentView.of(assessment));
    }

    /** The lead auditor records the outcome of a stage review or a system and risk review while it is open. */
    @WithTransaction
    public Uni<PreAssessmentView> replace(UUID auditId, PreAssessmentRequest request) {
        String lead = user.username();
        return audits.forTeamMember(auditId, lead, LockModeType.NONE).flatMap(audit -> {
            if (audit.roleOf(lead).orElseThrow() != TeamRole.LEAD_AUDITOR) {
                throw new RuleViolation(AuditRule.LEAD_AUDITOR_ONLY,
                        "Only the lead auditor of the audit team records the pre-assessment outcome.");
            }
            if (!PRE_ASSESSMENTS.contains(audit.type())) {
                throw new RuleViolation(AuditRule.NOT_A_PRE_ASSESSMENT,
                        "A strengths and weaknesses profile belongs to a stage review or a system and risk review; audit "
                                + auditId + " is a " + audit.type() + ".");
            }
            if (!audit.status().open()) {
                throw AuditService.notOpen(audit);
            }
            check(request);
            List<ProcessAreaProfile> areas = request.areas().stream().map(area -> new ProcessAreaProfile(
                    area.processArea(), area.maturity(), area.strengths(), area.weaknesses())).toList();
            return assessments.findById(auditId).flatMap(existing -> {
                PreAssessment assessment = existing == null ? new PreAssessment(auditId) : existing;
                assessment.replace(areas, request.summary(), lead, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                return (existing == null ? assessments.persist(assessment) : Uni.createFrom().item(assessment))
                        .call(saved -> changeLog.record(lead, "PreAssessment", auditId, "profile-set",
                                areas.size() + " process area(s)"))
                        // flushed here so that the view shows the new version
                        .call(saved -> assessments.flush())
                        .map(PreAssessmentView::of);
            });
        });
    }

    /** Each process area a clause of the standard, once; no wording of advice anywhere (impartiality). */
    private static void check(PreAssessmentRequest request) {
        List<Problem.Violation> unknown = new ArrayList<>();
        List<Problem.Violation> advice = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.areas().size(); i++) {
            PreAssessmentRequest.Area area = request.areas().get(i);
            if (Iso20000Part1.clause(area.processArea()).isEmpty()) {
                unknown.add(new Problem.Violation("areas[" + i + "].processArea", "is not a clause of ISO/IEC 20000-1:2018"));
            } else if (!seen.add(area.processArea())) {
                unknown.add(new Problem.Violation("areas[" + i + "].processArea", "appears more than once"));
            }
            adviceIn("areas[" + i + "].strengths", area.strengths(), advice);
            adviceIn("areas[" + i + "].weaknesses", area.weaknesses(), advice);
        }
        adviceIn("summary", request.summary(), advice);
        if (!unknown.isEmpty()) {
            throw new ProblemException(400, "invalid-input", "Invalid input", describe(unknown), unknown);
        }
        if (!advice.isEmpty()) {
            throw new RuleViolation(AuditRule.ADVICE_IN_REPORT,
                    "A pre-assessment states findings only; the certification body does not advise how to fix them: "
                            + describe(advice), advice);
        }
    }

    private static void adviceIn(String field, String text, List<Problem.Violation> violations) {
        ImpartialWording.adviceIn(text).ifPresent(wording -> violations.add(new Problem.Violation(field,
                "gives advice (\"" + wording + "\"); state what was found")));
    }

    private static String describe(List<Problem.Violation> violations) {
        return violations.stream().map(violation -> violation.field() + ": " + violation.message())
                .collect(Collectors.joining("; "));
    }
}
