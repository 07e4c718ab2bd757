package io.opencert.certificate.licence;

import io.opencert.certificate.licence.dto.LicenceView;
import io.opencert.certificate.licence.dto.NewLicenceTerms;
import io.opencert.certificate.rules.CertificationRule;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.problem.RuleViolation;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The versions of the licence terms. A licence keeps the version it was granted under; new ones get the latest. */
@ApplicationScoped
public class LicenceTermsService {
    private static final String ENTITY = "LicenceTerms";

    private final ChangeLog changeLog;

    LicenceTermsService(ChangeLog changeLog) {
        this.changeLog = changeLog;
    }

    @WithSession
    public Uni<List<LicenceView.Terms>> list() {
        return LicenceTerms.<LicenceTerms>list("order by version")
                .map(versions -> versions.stream().map(LicenceTermsService::view).toList());
    }

    /** Publishes the next version; it takes effect after the latest one, never before it. */
    @WithTransaction
    public Uni<LicenceView.Terms> publish(NewLicenceTerms terms, String actor) {
        return LicenceTerms.<LicenceTerms>find("order by version desc").firstResult().flatMap(latest -> {
            if (!terms.effectiveFrom().isAfter(latest.effectiveFrom)) {
                throw new RuleViolation(CertificationRule.LICENCE_TERMS_EFFECTIVE_AFTER_LATEST,
                        "Version " + latest.version + " takes effect on " + latest.effectiveFrom
                                + "; a new version takes effect later, so that every day has one version in effect.");
            }
            LicenceTerms next = new LicenceTerms();
            next.version = latest.version + 1;
            next.effectiveFrom = terms.effectiveFrom();
            next.title = terms.title().strip();
            next.text = terms.text().strip();
            return next.persist()
                    .flatMap(ignored -> changeLog.record(actor, ENTITY, next.version, "published",
                            "licence terms version " + next.version + " effective from " + next.effectiveFrom))
                    .map(ignored -> view(next));
        });
    }

    static LicenceView.Terms view(LicenceTerms terms) {
        return new LicenceView.Terms(terms.version, terms.effectiveFrom, terms.title, terms.text);
    }
}
