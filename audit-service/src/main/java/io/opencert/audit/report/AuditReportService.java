package io.opencert.audit.report;

import io.opencert.audit.Words;
import io.opencert.audit.audit.Audit;
import io.opencert.audit.audit.AuditService;
import io.opencert.audit.catalogue.Clause;
import io.opencert.audit.catalogue.Iso20000Part1;
import io.opencert.audit.finding.Finding;
import io.opencert.audit.finding.FindingRepository;
import io.opencert.audit.nonconformity.Stage2Repetition;
import io.opencert.audit.preassessment.PreAssessmentService;
import io.opencert.audit.preassessment.dto.PreAssessmentView;
import io.opencert.events.model.Site;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class AuditReportService {
    private final AuditService audits;
    private final FindingRepository findings;
    private final PreAssessmentService preAssessments;

    AuditReportService(AuditService audits, FindingRepository findings, PreAssessmentService preAssessments) {
        this.audits = audits;
        this.findings = findings;
        this.preAssessments = preAssessments;
    }

    /** The report of an audit for whoever may see it: CB staff, its team, the audited organisation. */
    @WithSession
    public Uni<AuditReportDocument> report(UUID auditId) {
        return audits.visible(auditId).flatMap(audit -> audits.repetition(audit)
                .flatMap(repetition -> findings.ofAudit(auditId).list()
                        .flatMap(recorded -> preAssessments.of(auditId)
                                .map(profile -> document(audit, repetition, recorded, profile)))));
    }

    private static AuditReportDocument document(Audit audit, Stage2Repetition repetition, List<Finding> recorded,
                                                PreAssessmentView profile) {
        Map<UUID, Site> sites = audit.sites().stream().collect(Collectors.toMap(Site::siteId, Function.identity()));
        return new AuditReportDocument(audit.id(), audit.clientName(), Words.of(audit.type()),
                audit.standards().stream().map(Words::of).collect(Collectors.joining(", ")),
                audit.scope(),
                audit.sites().stream().map(AuditReportService::site).toList(),
                audit.team().stream().map(member -> (member.name() == null ? member.username() : member.name())
                        + " (" + Words.of(member.role()) + ")").toList(),
                audit.startDate(), audit.endDate(), Words.of(audit.status()),
                outcome(audit, repetition),
                // the gravest first, as a reader of the report weighs them
                recorded.stream().sorted(Comparator.comparing(Finding::grade)).map(finding -> line(finding, sites)).toList(),
                profile(profile));
    }

    private static List<String> profile(PreAssessmentView profile) {
        List<String> lines = new ArrayList<>();
        if (profile.summary() != null) {
            lines.add(profile.summary());
        }
        for (PreAssessmentView.Area area : profile.areas()) {
            lines.add(area.processArea() + (area.title() == null ? "" : " " + area.title()) + ": maturity level "
                    + area.maturity() + " of 5.");
            if (area.strengths() != null && !area.strengths().isBlank()) {
                lines.add("Strengths: " + area.strengths());
            }
            if (area.weaknesses() != null && !area.weaknesses().isBlank()) {
                lines.add("Weaknesses: " + area.weaknesses());
            }
        }
        return lines;
    }

    private static List<String> outcome(Audit audit, Stage2Repetition repetition) {
        List<String> lines = new ArrayList<>();
        if (audit.recommendation() != null) {
            lines.add("Recommendation of the audit team: " + Words.of(audit.recommendation()) + ".");
            lines.add("Last day on site: " + audit.lastDayOnSite() + "; completed by " + audit.completedBy() + ".");
        }
        if (audit.summary() != null && !audit.summary().isBlank()) {
            lines.add(audit.summary());
        }
        if (repetition != null) {
            lines.add(repetition.required()
                    ? "A major nonconformity was not verified by " + repetition.deadline() + ": stage 2 must be repeated."
                    : "Major nonconformities must be verified by " + repetition.deadline() + ", otherwise stage 2 is repeated.");
        }
        return lines;
    }

    private static AuditReportDocument.FindingLine line(Finding finding, Map<UUID, Site> sites) {
        String clause = Iso20000Part1.clause(finding.clause()).map(Clause::title)
                .map(title -> finding.clause() + " " + title).orElse(finding.clause());
        Site site = finding.siteId() == null ? null : sites.get(finding.siteId());
        List<String> nonconformity = new ArrayList<>();
        if (finding.isNonconformity()) {
            nonconformity.add("Status: " + Words.of(finding.nonconformityStatus()) + "; answer due " + finding.responseDue() + ".");
            if (finding.correction() != null) {
                nonconformity.add("Correction: " + finding.correction());
                nonconformity.add("Root cause: " + finding.rootCause());
                nonconformity.add("Corrective action: " + finding.correctiveAction());
            }
            if (finding.verifiedOn() != null) {
                nonconformity.add("Verified on " + finding.verifiedOn() + " by " + finding.verifiedBy() + ".");
            }
        }
        return new AuditReportDocument.FindingLine(Words.of(finding.grade()), clause,
                site == null ? null : site(site), finding.evidence(), nonconformity);
    }

    private static String site(Site site) {
        return site.name() + (site.city() == null ? "" : ", " + site.city()) + (site.country() == null ? "" : ", " + site.country());
    }
}
