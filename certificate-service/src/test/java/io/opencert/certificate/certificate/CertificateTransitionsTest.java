package io.opencert.certificate.certificate;

import io.opencert.certificate.rules.ScopedSite;
import io.opencert.certificate.rules.CertificateStatus;
import io.opencert.certificate.rules.DecisionKind;
import io.opencert.certificate.rules.ChangeDecisions;
import io.opencert.certificate.rules.ChangeDecisions.RefusalConsequence;
import io.opencert.certificate.rules.SuspensionReason;
import io.opencert.commons.problem.Problem;
import io.opencert.commons.problem.ProblemException;
import io.opencert.events.model.Site;
import io.opencert.events.model.Standard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What a decision does to the certificate itself: for each kind of change granted in each status it may find the
 * certificate in, the resulting status and revision, or the rule that refuses it (and the certificate unchanged); for
 * each kind refused, what the refusal leaves.
 */
class CertificateTransitionsTest {
    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 12);
    private static final LocalDate EXPIRY = LocalDate.of(2029, 3, 11);
    private static final LocalDate TODAY = LocalDate.of(2027, 5, 10);
    private static final Instant NOW = Instant.parse("2027-05-10T10:00:00Z");
    private static final Site VIENNA = new Site(UUID.randomUUID(), "Head office", "Vienna", "AT", true, 12);
    private static final Site GRAZ = new Site(UUID.randomUUID(), "Data centre", "Graz", "AT", false, 3);
    private static final Site LINZ = new Site(UUID.randomUUID(), "Service desk", "Linz", "AT", false, 5);

    @ParameterizedTest(name = "{0} of a {1} certificate: {2}, revision {3}")
    @CsvSource({
            "SUSPENSION, ACTIVE, SUSPENDED, 1",
            "SUSPENSION, SUSPENDED, suspend-only-active, 1",
            "SUSPENSION, WITHDRAWN, suspend-only-active, 1",
            "SUSPENSION, EXPIRED, suspend-only-active, 1",
            "REINSTATEMENT, ACTIVE, reinstate-only-suspended, 1",
            "REINSTATEMENT, SUSPENDED, ACTIVE, 1",
            "REINSTATEMENT, WITHDRAWN, reinstate-only-suspended, 1",
            "REINSTATEMENT, EXPIRED, reinstate-only-suspended, 1",
            "WITHDRAWAL, ACTIVE, WITHDRAWN, 1",
            "WITHDRAWAL, SUSPENDED, WITHDRAWN, 1",
            "WITHDRAWAL, WITHDRAWN, withdraw-only-active-or-suspended, 1",
            "WITHDRAWAL, EXPIRED, withdraw-only-active-or-suspended, 1",
            "SCOPE_REDUCTION, ACTIVE, ACTIVE, 2",
            "SCOPE_REDUCTION, SUSPENDED, ACTIVE, 2",
            "SCOPE_REDUCTION, WITHDRAWN, reduce-scope-only-active-or-suspended, 1",
            "SCOPE_REDUCTION, EXPIRED, reduce-scope-only-active-or-suspended, 1",
            "SCOPE_EXTENSION, ACTIVE, ACTIVE, 2",
            "SCOPE_EXTENSION, SUSPENDED, extend-scope-only-active, 1",
            "SCOPE_EXTENSION, WITHDRAWN, extend-scope-only-active, 1",
            "SCOPE_EXTENSION, EXPIRED, extend-scope-only-active, 1",
            "ADMINISTRATIVE_REISSUE, ACTIVE, ACTIVE, 2",
            "ADMINISTRATIVE_REISSUE, SUSPENDED, reissue-only-active, 1",
            "ADMINISTRATIVE_REISSUE, WITHDRAWN, reissue-only-active, 1",
            "ADMINISTRATIVE_REISSUE, EXPIRED, reissue-only-active, 1",
            "RENEWAL, ACTIVE, ACTIVE, 2",
            "RENEWAL, SUSPENDED, renew-not-while-suspended, 1",
            "RENEWAL, WITHDRAWN, renew-not-withdrawn, 1",
            "RENEWAL, EXPIRED, ACTIVE, 2",
    })
    void eachGrantedChangeInEachStatus(String change, CertificateStatus status, String outcome, int revision) {
        Certificate certificate = certificate(status);
        String scopeBefore = certificate.scope;
        Runnable grant = () -> {
            switch (change) {
                case "SUSPENSION" -> certificate.suspend(TODAY, SuspensionReason.CLIENT_REQUEST, "asked");
                case "REINSTATEMENT" -> certificate.reinstate(TODAY, "resolved");
                case "WITHDRAWAL" -> certificate.withdraw(TODAY, "ended");
                case "SCOPE_REDUCTION" -> certificate.reduceScope(TODAY, NOW, "Hospitals in Vienna",
                        List.of(new ScopedSite(VIENNA, null)), "Graz closed");
                case "SCOPE_EXTENSION" -> certificate.extendScope(TODAY, NOW, "Hospitals and clinics",
                        List.of(new ScopedSite(VIENNA, null), new ScopedSite(GRAZ, null), new ScopedSite(LINZ, null)));
                case "ADMINISTRATIVE_REISSUE" -> certificate.reissue(TODAY, NOW, "Example Services AG", null);
                case "RENEWAL" -> certificate.renew(new Renewal(UUID.randomUUID(), TODAY, UUID.randomUUID(),
                        UUID.randomUUID(), "Example Services GmbH", "Hospitals", List.of(new ScopedSite(VIENNA, null))),
                        LocalDate.of(2030, 5, 9), NOW);
                default -> throw new IllegalArgumentException(change);
            }
        };
        if (outcome.equals(outcome.toUpperCase())) {
            grant.run();
            assertThat(certificate.status).isEqualTo(CertificateStatus.valueOf(outcome));
            assertThat(certificate.statusSince).isEqualTo(certificate.status != status ? TODAY : ISSUED);
            assertThat(certificate.suspendedUntil != null).isEqualTo(certificate.status == CertificateStatus.SUSPENDED);
        } else {
            ProblemException refused = catchThrowableOfType(ProblemException.class, grant::run);
            assertThat(refused.toProblem(null).type()).isEqualTo(Problem.type(outcome));
            assertThat(certificate.status).as("unchanged").isEqualTo(status);
            assertThat(certificate.scope).isEqualTo(scopeBefore);
        }
        assertThat(certificate.revision).isEqualTo(revision);
    }

    /** What a refusal leaves: a refused continuation suspends or withdraws as it says; no other refusal changes anything. */
    @ParameterizedTest(name = "{0} refused ({1}) of a {2} certificate: {3}")
    @CsvSource(nullValues = "none", value = {
            "CONTINUATION, SUSPEND, ACTIVE, SUSPENDED",
            "CONTINUATION, WITHDRAW, ACTIVE, WITHDRAWN",
            "CONTINUATION, none, ACTIVE, consequence",
            // the certificate changed while the continuation waited: the lifecycle decides
            "CONTINUATION, SUSPEND, SUSPENDED, suspend-only-active",
            "CONTINUATION, WITHDRAW, SUSPENDED, WITHDRAWN",
            "CONTINUATION, WITHDRAW, EXPIRED, withdraw-only-active-or-suspended",
            "CERTIFICATION, none, ACTIVE, ACTIVE",
            "CERTIFICATION, SUSPEND, ACTIVE, consequence",
            "RENEWAL, none, EXPIRED, EXPIRED",
            "TRANSFER, none, ACTIVE, ACTIVE",
            "SUSPENSION, none, ACTIVE, ACTIVE",
            "REINSTATEMENT, none, SUSPENDED, SUSPENDED",
            "WITHDRAWAL, none, SUSPENDED, SUSPENDED",
            "WITHDRAWAL, WITHDRAW, ACTIVE, consequence",
            "SCOPE_REDUCTION, none, SUSPENDED, SUSPENDED",
            "SCOPE_EXTENSION, none, ACTIVE, ACTIVE",
    })
    void eachRefusal(DecisionKind refused, RefusalConsequence consequence, CertificateStatus status, String outcome) {
        Certificate certificate = certificate(status);
        Runnable refuse = () -> ChangeDecisions.refusalAction(refused, consequence).ifPresent(action -> {
            switch (action) {
                case SUSPEND -> certificate.suspend(TODAY, SuspensionReason.CONTINUATION_REFUSED, "refused");
                case WITHDRAW -> certificate.withdraw(TODAY, "refused");
                default -> throw new IllegalStateException(action.name());
            }
        });
        if (outcome.equals("consequence")) {
            ProblemException bad = catchThrowableOfType(ProblemException.class, refuse::run);
            assertThat(bad.toProblem(null).violations()).singleElement()
                    .satisfies(violation -> assertThat(violation.field()).isEqualTo("consequence"));
            assertThat(certificate.status).isEqualTo(status);
        } else if (!outcome.equals(outcome.toUpperCase())) {
            ProblemException refusedByRule = catchThrowableOfType(ProblemException.class, refuse::run);
            assertThat(refusedByRule.toProblem(null).type()).isEqualTo(Problem.type(outcome));
            assertThat(certificate.status).isEqualTo(status);
        } else {
            refuse.run();
            assertThat(certificate.status).isEqualTo(CertificateStatus.valueOf(outcome));
        }
        assertThat(certificate.revision).isEqualTo(1);
    }

    @Test
    void aSuspensionLastsSixMonthsAtMost() {
        Certificate certificate = certificate(CertificateStatus.ACTIVE);
        certificate.suspend(LocalDate.of(2027, 8, 31), SuspensionReason.MISSED_SURVEILLANCE, "overdue");
        assertThat(certificate.suspendedUntil).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(certificate.reinstate(LocalDate.of(2027, 9, 30), "held")).isEqualTo(SuspensionReason.MISSED_SURVEILLANCE);
    }

    @Test
    void anAdministrativeReissueRenamesTheSameSitesAndKeepsTheirScopes() {
        Certificate certificate = certificate(CertificateStatus.ACTIVE);
        certificate.reissue(TODAY, NOW, null, List.of(
                new ScopedSite(new Site(VIENNA.siteId(), "Head office", "Linz", "AT", true, 14), "Hospitals"),
                new ScopedSite(GRAZ, "Hosting")));
        assertThat(certificate.sites).extracting(site -> site.city, site -> site.scope)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Linz", null),
                        org.assertj.core.groups.Tuple.tuple("Graz", "Hosting"));
        assertThat(certificate.revision).isEqualTo(2);

        ProblemException added = catchThrowableOfType(ProblemException.class, () -> certificate.reissue(TODAY, NOW, null,
                List.of(new ScopedSite(VIENNA, null), new ScopedSite(GRAZ, "Hosting"),
                        new ScopedSite(new Site(UUID.randomUUID(), "New", "Salzburg", "AT", false, 2), null))));
        assertThat(added.toProblem(null).type()).isEqualTo(Problem.type("site-change-needs-decision"));
        ProblemException widened = catchThrowableOfType(ProblemException.class, () -> certificate.reissue(TODAY, NOW,
                null, List.of(new ScopedSite(VIENNA, null), new ScopedSite(GRAZ, "Hosting and operation"))));
        assertThat(widened.toProblem(null).type()).isEqualTo(Problem.type("site-change-needs-decision"));
        assertThat(certificate.revision).isEqualTo(2);
    }

    @Test
    void aScopeExtensionAddsTheAuditedSitesAndKeepsEveryCertifiedOneWithItsOwnScope() {
        Certificate certificate = certificate(CertificateStatus.ACTIVE);
        certificate.extendScope(TODAY, NOW, " Hospitals and clinics ", List.of(new ScopedSite(VIENNA, null),
                new ScopedSite(GRAZ, null), new ScopedSite(LINZ, "Service desk for clinics")));
        assertThat(certificate.scope).isEqualTo("Hospitals and clinics");
        assertThat(certificate.sites).extracting(site -> site.city, site -> site.scope)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Vienna", null),
                        org.assertj.core.groups.Tuple.tuple("Graz", "Hosting"),
                        org.assertj.core.groups.Tuple.tuple("Linz", "Service desk for clinics"));
        assertThat(certificate.revision).isEqualTo(2);
        assertThat(certificate.issueDate).isEqualTo(TODAY);
        assertThat(certificate.expiryDate).isEqualTo(EXPIRY);

        ProblemException dropped = catchThrowableOfType(ProblemException.class, () -> certificate.extendScope(TODAY, NOW,
                "Hospitals, clinics and labs", List.of(new ScopedSite(VIENNA, null), new ScopedSite(LINZ, null))));
        assertThat(dropped.toProblem(null).type()).isEqualTo(Problem.type("extension-drops-site"));
        assertThat(dropped).hasMessageContaining("Data centre");
        assertThat(certificate.scope).isEqualTo("Hospitals and clinics");
        assertThat(certificate.revision).isEqualTo(2);
    }

    private static Certificate certificate(CertificateStatus status) {
        Certificate certificate = new Certificate();
        certificate.id = UUID.randomUUID();
        certificate.number = "CB-2026-000001";
        certificate.revision = 1;
        certificate.cycle = 1;
        certificate.standard = Standard.ISO_IEC_20000_1_2018;
        certificate.holderName = "Example Services GmbH";
        certificate.scope = "Hospitals";
        certificate.sites.add(CertifiedSite.of(new ScopedSite(VIENNA, null)));
        certificate.sites.add(CertifiedSite.of(new ScopedSite(GRAZ, "Hosting")));
        certificate.issueDate = ISSUED;
        certificate.originalCertificationDate = ISSUED;
        certificate.status = status;
        certificate.statusSince = ISSUED;
        if (status == CertificateStatus.SUSPENDED) {
            certificate.suspensionReason = SuspensionReason.MISUSE_OF_MARK;
            certificate.suspendedUntil = TODAY.plusMonths(1);
        }
        // an expired certificate expired a month ago and may still be restored; the others are valid today
        certificate.expiryDate = status == CertificateStatus.EXPIRED ? TODAY.minusMonths(1) : EXPIRY;
        return certificate;
    }
}
