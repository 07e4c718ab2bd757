package io.opencert.certificate.certsearch;

import io.opencert.certificate.certificate.Certificate;
import io.opencert.certificate.certificate.CertificateQueries;
import io.opencert.certificate.certsearch.CertSearchRecords.Publisher;
import io.opencert.certificate.certsearch.dto.CertSearchCertification;
import io.opencert.certificate.certsearch.dto.CertSearchExportPage;
import io.opencert.certificate.register.CertificationBody;
import io.opencert.commons.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What IAF CertSearch is to learn of a window of time, by certificate number: every certificate of a consenting holder
 * that changed in it (issued, revised, renewed, suspended, reinstated, withdrawn, expired: an entry in the change log)
 * or whose holder consented in it; and, as deletions, every certificate of a holder who withdrew the consent in it.
 * Consent is read as it stood at the end of the window, the certificates as they are.
 */
@ApplicationScoped
public class CertSearchExport {
    /** Certificates read at once: a page of the export, or a part of a whole file. */
    private static final int BATCH = 500;
    private static final String CHANGED = """
            WITH consent AS (
                SELECT DISTINCT ON (client_id) client_id, consented FROM certsearch_consent_change
                WHERE recorded_at < :before ORDER BY client_id, recorded_at DESC, seq DESC)
            SELECT c.id, consent.consented FROM certificate c JOIN consent ON consent.client_id = c.client_id
            WHERE EXISTS (SELECT 1 FROM certsearch_consent_change k WHERE k.client_id = c.client_id
                          AND k.recorded_at >= :since AND k.recorded_at < :before)
               OR (consent.consented AND EXISTS (SELECT 1 FROM change_log l WHERE l.entity_type = :entity
                          AND l.entity_id = CAST(c.id AS varchar) AND l.at >= :since AND l.at < :before))
            ORDER BY c.number""";

    private final CertificateQueries certificates;
    private final Publisher publisher;

    CertSearchExport(CertificateQueries certificates, CertificationBody body, CertSearchSettings settings) {
        this.certificates = certificates;
        this.publisher = new Publisher(body.name(), body.accreditation().body(), settings.sectorCode(),
                settings.sectorName());
    }

    /** Every certification of the window, as a file takes them. */
    @WithSession
    public Uni<List<CertSearchCertification>> all(ExportWindow window) {
        return changed(window).flatMap(changed -> Multi.createFrom().iterable(batches(changed))
                .onItem().transformToUniAndConcatenate(this::certifications)
                .collect().asList()
                .map(batches -> batches.stream().flatMap(List::stream).toList()));
    }

    @WithSession
    public Uni<CertSearchExportPage> page(ExportWindow window, PageRequest page) {
        return changed(window).flatMap(changed -> {
            int from = (int) Math.min((long) page.page() * page.size(), changed.size());
            int to = Math.min(from + page.size(), changed.size());
            return certifications(changed.subList(from, to)).map(items -> new CertSearchExportPage(window.since(),
                    window.before(), page.page(), page.size(), changed.size(), items));
        });
    }

    /** Each changed certificate, and whether its holder consents (else it is to be deleted), by number. */
    private Uni<List<Changed>> changed(ExportWindow window) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(CHANGED, Object[].class)
                        .setParameter("since", utc(window.since())).setParameter("before", utc(window.before()))
                        .setParameter("entity", Certificate.ENTITY)
                        .getResultList())
                .map(rows -> rows.stream().map(row -> new Changed((UUID) row[0], (Boolean) row[1])).toList());
    }

    private Uni<List<CertSearchCertification>> certifications(List<Changed> changed) {
        Map<UUID, Boolean> published = changed.stream().collect(Collectors.toMap(Changed::certificateId,
                Changed::published));
        return certificates.all(changed.stream().map(Changed::certificateId).toList())
                .map(views -> views.stream().map(view -> published.get(view.id())
                        ? CertSearchRecords.published(view, publisher) : CertSearchRecords.deleted(view)).toList());
    }

    private static List<List<Changed>> batches(List<Changed> changed) {
        return IntStream.range(0, (changed.size() + BATCH - 1) / BATCH)
                .mapToObj(i -> changed.subList(i * BATCH, Math.min((i + 1) * BATCH, changed.size()))).toList();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record Changed(UUID certificateId, boolean published) {
    }
}
