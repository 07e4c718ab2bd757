package io.opencert.scheduling.programme.dto;

import io.opencert.events.model.AuditType;
import io.opencert.events.model.Recommendation;
import io.opencert.events.model.Site;
import io.opencert.events.model.Standard;
import io.opencert.events.model.TeamMember;
import io.opencert.scheduling.programme.PlannedAudit;
import io.opencert.scheduling.programme.PlannedAuditStatus;
import io.opencert.scheduling.rules.Impartiality;
import io.opencert.scheduling.rules.SiteSampling;
import io.opencert.scheduling.rules.SpecialAuditKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code urgent}: at the top of the planners' list (a recertification still unbooked as the certificate nears expiry).
 * {@code liftsSuspension}: the missed surveillance the certificate is suspended for, bookable from today until
 * {@code suspendedUntil} (the suspension's last day, null otherwise) although its due window has closed.
 * {@code scope} and {@code sites}: what a scope extension audits, the whole extended scope and every site, existing and
 * added; null for an audit of the programme's scope and sites.
 * {@code lastDayOnSite} and {@code recommendation}: what the audit team reported on completion (null before);
 * {@code notReadyReason}: why a completed stage 1 found the client not ready for stage 2, which waits for a repeated
 * stage 1 (null otherwise).
 * {@code specialKind} and {@code specialReason}: what staff (or a rule) planned the audit as besides the programme's,
 * and why; null for the audits the contract and the certificate plan.
 * {@code deviation}: why a booking deviates from the programme (outside its due window, a calendar year left without a
 * surveillance) and who recorded it; null when it keeps to it.
 * {@code sample}: the sites the audit visits, each with why it was chosen (multi-site sampling): fixed when it is booked
 * ({@code sampleFixed}) and announced to the audit team; until then, the sample a booking today would fix; empty for a
 * cancelled audit. The programme's {@code sites} are all certified.
 * {@code impartialityConflicts}: for a booked audit, the consultancies the impartiality register learnt of that fall
 * within 2 years of its dates, by a member of its team or by the body itself (empty when there are none).
 */
public record PlannedAuditView(UUID id, AuditType type, List<Standard> standards, LocalDate dueFrom, LocalDate dueBy, BigDecimal days,
                               PlannedAuditStatus status, LocalDate startDate, LocalDate endDate,
                               List<TeamMember> team, boolean urgent, boolean liftsSuspension,
                               LocalDate suspendedUntil, String scope, List<Site> sites, LocalDate lastDayOnSite,
                               Recommendation recommendation, String notReadyReason,
                               SpecialAuditKind specialKind, String specialReason, Deviation deviation,
                               List<SampledSiteView> sample, boolean sampleFixed,
                               List<ImpartialityConflict> impartialityConflicts) {

    public static PlannedAuditView of(PlannedAudit audit) {
        return of(audit, List.of());
    }

    /** @param consultancies what the impartiality register knows of consultancies for the programme's client */
    public static PlannedAuditView of(PlannedAudit audit, Collection<Impartiality.Consultancy> consultancies) {
        List<ImpartialityConflict> conflicts = audit.isBooked()
                ? Impartiality.conflicts(audit.team.stream().map(member -> member.username).toList(), consultancies,
                        audit.startDate, audit.endDate).stream().map(ImpartialityConflict::of).toList()
                : List.of();
        Optional<SiteSampling.Sample> fixed = audit.sample();
        Optional<SiteSampling.Sample> sample = fixed.isPresent() ? fixed
                : audit.status == PlannedAuditStatus.PLANNED || audit.status == PlannedAuditStatus.ON_HOLD
                ? Optional.of(audit.programme.sampleFor(audit)) : Optional.empty();
        return new PlannedAuditView(audit.id, audit.type, audit.standards, audit.dueFrom, audit.dueBy, audit.days, audit.status,
                audit.startDate, audit.endDate, audit.teamMembers(), audit.urgent, audit.liftsSuspension(),
                audit.liftsSuspensionUntil, audit.extendedScope(), audit.extendedSites(), audit.lastDayOnSite,
                audit.recommendation, audit.notReadyReason, audit.specialKind(), audit.specialReason(),
                audit.deviation().orElse(null),
                sample.map(chosen -> chosen.sites().stream().map(SampledSiteView::of).toList()).orElse(List.of()),
                fixed.isPresent(), conflicts);
    }

    /** The same planned audit without what the impartiality register says of its team. */
    public PlannedAuditView withoutImpartialityConflicts() {
        return new PlannedAuditView(id, type, standards, dueFrom, dueBy, days, status, startDate, endDate, team, urgent,
                liftsSuspension, suspendedUntil, scope, sites, lastDayOnSite, recommendation, notReadyReason,
                specialKind, specialReason, deviation, sample, sampleFixed, List.of());
    }
}
