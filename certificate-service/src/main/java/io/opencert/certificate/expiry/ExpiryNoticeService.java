package io.opencert.certificate.expiry;

import io.opencert.certificate.certificate.Certificate;
import io.opencert.certificate.certificate.CertificateQueries;
import io.opencert.certificate.certificate.dto.ExpiringCertificate;
import io.opencert.certificate.expiry.dto.ExpiryNoticeRun;
import io.opencert.certificate.expiry.dto.ExpiryNoticeRun.SentNotice;
import io.opencert.certificate.rules.ExpiryNotices;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.outbox.Outbox;
import io.opencert.events.certificate.CertificateExpiringV1;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Tells holders, once per notice period, that their certificate is about to expire. */
@ApplicationScoped
public class ExpiryNoticeService {
    private final CertificateQueries certificates;
    private final Outbox outbox;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final ExpiryNotices rules;

    ExpiryNoticeService(CertificateQueries certificates, Outbox outbox, ChangeLog changeLog, Clock clock,
                        @ConfigProperty(name = "cb.certificate.expiry-notice-days") List<Integer> daysBeforeExpiry) {
        this.certificates = certificates;
        this.outbox = outbox;
        this.changeLog = changeLog;
        this.clock = clock;
        this.rules = new ExpiryNotices(daysBeforeExpiry);
    }

    /** Sends every notice due today; each notice, its record and its CertificateExpiringV1 commit together. */
    @WithTransaction
    public Uni<ExpiryNoticeRun> sendDueNotices(String actor) {
        LocalDate today = LocalDate.now(clock);
        LocalDate lastExpiry = today.plusDays(rules.longestPeriod());
        return certificates.activeExpiringBetween(today, lastExpiry)
                .flatMap(candidates -> alreadySent(candidates, today, lastExpiry).map(sent -> candidates.stream()
                        .flatMap(certificate -> rules.dueOn(today, certificate.expiryDate(),
                                        sent.getOrDefault(certificate.id(), Set.of())).stream()
                                .mapToObj(days -> new Due(certificate, days)))
                        .toList()))
                .flatMap(due -> Multi.createFrom().iterable(due)
                        .onItem().transformToUniAndConcatenate(notice -> send(notice, today, actor))
                        .collect().asList())
                .map(notices -> new ExpiryNoticeRun(today, notices));
    }

    private record Due(ExpiringCertificate certificate, int daysBeforeExpiry) {
    }

    /**
     * The periods already noticed, per certificate, for its current expiry date: the notices on the expiry dates of
     * the candidates, rather than a list of (possibly a hundred thousand) certificate ids.
     */
    private static Uni<Map<UUID, Set<Integer>>> alreadySent(List<ExpiringCertificate> candidates, LocalDate firstExpiry,
                                                          LocalDate lastExpiry) {
        if (candidates.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Map<UUID, LocalDate> expiryOf = candidates.stream()
                .collect(Collectors.toMap(ExpiringCertificate::id, ExpiringCertificate::expiryDate));
        // read as plain values: the session need not watch a hundred thousand notices that never change
        return Panache.getSession().flatMap(session -> session.createSelectionQuery("select n.certificateId, "
                                + "n.expiryDate, n.daysBeforeExpiry from ExpiryNotice n where n.expiryDate between ?1 and ?2",
                        Object[].class)
                        .setParameter(1, firstExpiry).setParameter(2, lastExpiry).getResultList())
                .map(notices -> notices.stream()
                        .filter(notice -> notice[1].equals(expiryOf.get((UUID) notice[0])))
                        .collect(Collectors.groupingBy(notice -> (UUID) notice[0],
                                Collectors.mapping(notice -> (Integer) notice[2], Collectors.toSet()))));
    }

    private Uni<SentNotice> send(Due due, LocalDate today, String actor) {
        ExpiringCertificate certificate = due.certificate();
        ExpiryNotice notice = new ExpiryNotice();
        notice.id = UUID.randomUUID();
        notice.certificateId = certificate.id();
        notice.expiryDate = certificate.expiryDate();
        notice.daysBeforeExpiry = due.daysBeforeExpiry();
        notice.noticeDate = today;
        notice.sentAt = clock.instant();
        return notice.persist()
                .flatMap(ignored -> outbox.record(new CertificateExpiringV1(certificate.id(), certificate.number(),
                        certificate.clientId(), certificate.expiryDate(), notice.daysBeforeExpiry, today)))
                .flatMap(ignored -> changeLog.record(actor, Certificate.ENTITY, certificate.id(),
                        "expiry-notice-sent", notice.daysBeforeExpiry + "-day notice: certificate "
                                + certificate.number() + " expires on " + certificate.expiryDate()))
                .map(ignored -> new SentNotice(certificate.id(), certificate.number(), certificate.expiryDate(),
                        notice.daysBeforeExpiry));
    }
}
