package io.opencert.scheduling.impartiality;

import io.opencert.commons.changelog.ChangeLog;
import io.opencert.events.client.ConsultancyRecordedV1;
import io.opencert.scheduling.programme.AuditProgramme;
import io.opencert.scheduling.programme.PlannedAudit;
import io.opencert.scheduling.programme.ProgrammeRepository;
import io.opencert.scheduling.rules.Impartiality;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What scheduling keeps of client-service's impartiality register: each consultancy for a client, by one of the
 * body's auditors or by the body itself. Bookings and suggestions check them ({@link Impartiality}); an audit booked
 * before the register learnt of a consultancy keeps its booking, and its programme shows the conflict
 * ({@link io.opencert.scheduling.programme.dto.ImpartialityConflict}) until staff change the team or the dates. Runs
 * inside the inbox transaction of {@link io.opencert.commons.inbox.EventConsumer}.
 */
@ApplicationScoped
public class ImpartialityRegister {
    private static final String PLANNED_AUDIT = "PlannedAudit";

    private final ConsultancyRepository consultancies;
    private final ProgrammeRepository programmes;
    private final ChangeLog changeLog;

    ImpartialityRegister(ConsultancyRepository consultancies, ProgrammeRepository programmes, ChangeLog changeLog) {
        this.consultancies = consultancies;
        this.programmes = programmes;
        this.changeLog = changeLog;
    }

    /**
     * Keeps the consultancy (the register recording the same one again replaces its dates) and notes, on every audit
     * of the client booked with a team it now conflicts with, the conflict; the programme's version is raised, as its
     * view changed.
     */
    public Uni<Void> onConsultancyRecorded(ConsultancyRecordedV1 recorded, String actor) {
        OffsetDateTime recordedAt = OffsetDateTime.ofInstant(recorded.recordedAt(), ZoneOffset.UTC);
        String auditor = recorded.auditor() == null || recorded.auditor().isBlank() ? null : recorded.auditor().strip();
        Impartiality.Consultancy consultancy = new Impartiality.Consultancy(recorded.consultancyId(), auditor,
                recorded.fromDate(), recorded.toDate());
        return consultancies.findById(recorded.consultancyId())
                .flatMap(known -> {
                    if (known != null) {
                        known.recordAgain(auditor, recorded.fromDate(), recorded.toDate(), recordedAt);
                        return Uni.createFrom().voidItem();
                    }
                    return consultancies.persist(new ClientConsultancy(recorded.consultancyId(), recorded.clientId(),
                            auditor, recorded.fromDate(), recorded.toDate(), recordedAt)).replaceWithVoid();
                })
                .chain(() -> programmes.ofClientWithAudits(recorded.clientId()))
                .chain(clientProgrammes -> markConflicts(clientProgrammes, consultancy, actor));
    }

    private Uni<Void> markConflicts(List<AuditProgramme> clientProgrammes, Impartiality.Consultancy consultancy,
                                    String actor) {
        Uni<Void> marked = Uni.createFrom().voidItem();
        for (AuditProgramme programme : clientProgrammes) {
            List<PlannedAudit> conflicting = programme.audits.stream()
                    .filter(PlannedAudit::isBooked)
                    .filter(audit -> !Impartiality.conflicts(
                            audit.team.stream().map(member -> member.username).toList(), List.of(consultancy),
                            audit.startDate, audit.endDate).isEmpty())
                    .toList();
            if (conflicting.isEmpty()) {
                continue;
            }
            marked = marked.call(() -> programmes.markChanged(programme));
            for (PlannedAudit audit : conflicting) {
                marked = marked.call(() -> changeLog.record(actor, PLANNED_AUDIT, audit.id, "IMPARTIALITY_CONFLICT",
                        (consultancy.byTheBody() ? "the certification body" : consultancy.auditor())
                                + " consulted the client " + consultancy.period() + " (consultancy "
                                + consultancy.consultancyId() + "), within " + Impartiality.YEARS_APART
                                + " years of the booked " + audit.type + " from " + audit.startDate + " to "
                                + audit.endDate + "; the booking stands until staff change it"));
            }
        }
        return marked;
    }
}
