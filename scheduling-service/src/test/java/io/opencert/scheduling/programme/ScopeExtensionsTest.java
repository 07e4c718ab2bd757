package io.opencert.scheduling.programme;

import io.opencert.commons.time.AdjustableClock;
import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.model.FindingGrade;
import io.opencert.events.model.Recommendation;
import io.opencert.events.model.Site;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.localstack.PostgresTestResource;
import io.opencert.scheduling.SchedulingDriver;
import io.opencert.scheduling.SchedulingDriver.Certified;
import io.opencert.scheduling.TestEvents;
import io.opencert.scheduling.programme.dto.PlannedAuditView;
import io.opencert.scheduling.programme.dto.ProgrammeView;
import io.opencert.scheduling.rules.CycleStatus;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.opencert.events.model.AuditType.SCOPE_EXTENSION;
import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2018;
import static io.opencert.events.model.TeamRole.LEAD_AUDITOR;
import static io.opencert.scheduling.SchedulingDriver.member;
import static io.opencert.scheduling.TestEvents.SCOPE;
import static io.opencert.scheduling.TestEvents.SITES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
@TestSecurity(user = "planner", roles = "cb-staff")
class ScopeExtensionsTest {
    /** Recertification due by 28 November 2030. */
    private static final LocalDate DECISION = LocalDate.of(2028, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2028, 6, 1);
    private static final LocalDate DUE_BY = LocalDate.of(2028, 9, 1);
    private static final String EXTENDED = SCOPE + " and the operation of its online shop";
    private static final Site HEAD_OFFICE = SITES.getFirst();

    @Inject
    SchedulingDriver driver;

    @Inject
    AdjustableClock clock;

    @BeforeEach
    void today() {
        clock.setTo(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void staffPlanAScopeExtensionThatIsBookedAndAnnouncedWithTheExtendedScopeAndEverySite() {
        String lead = driver.registerAuditor(true, ISO_IEC_20000_1_2018);
        Certified certified = driver.certify(UUID.randomUUID(), DECISION);
        long version = driver.programme(certified.programmeId()).version();

        PlannedAuditView planned = driver.requestScopeExtension(certified.programmeId(),
                        request(EXTENDED, List.of(site(HEAD_OFFICE), newSite("Data centre"))))
                .statusCode(201).extract().as(PlannedAuditView.class);

        assertThat(planned.type()).isEqualTo(SCOPE_EXTENSION);
        assertThat(planned.status()).isEqualTo(PlannedAuditStatus.PLANNED);
        assertThat(List.of(planned.dueFrom(), planned.dueBy())).containsExactly(TODAY, DUE_BY);
        assertThat(planned.days()).isEqualByComparingTo("1.5");
        assertThat(planned.standards()).containsExactly(ISO_IEC_20000_1_2018);
        assertThat(planned.scope()).isEqualTo(EXTENDED);
        assertThat(planned.sites()).hasSize(2).first().isEqualTo(HEAD_OFFICE);
        Site added = planned.sites().getLast();
        assertThat(added.siteId()).isNotNull().isNotEqualTo(HEAD_OFFICE.siteId());
        assertThat(added).extracting(Site::name, Site::city, Site::country, Site::centralFunction, Site::persons)
                .containsExactly("Data centre", "Lille", "FR", false, 6);

        ProgrammeView programme = driver.programme(certified.programmeId());
        assertThat(programme.audits()).filteredOn(audit -> audit.type() == SCOPE_EXTENSION).containsExactly(planned);
        assertThat(programme.scope()).isEqualTo(SCOPE);
        assertThat(programme.sites()).containsExactly(HEAD_OFFICE);
        assertThat(programme.version()).isGreaterThan(version);

        driver.book(certified.programmeId(), planned.id(), "2028-07-03", member(lead, LEAD_AUDITOR))
                .statusCode(200).body("status", equalTo("BOOKED"));

        assertThat(driver.recorded(planned.id(), AuditScheduledV1.class)).singleElement().satisfies(scheduled -> {
            assertThat(scheduled.type()).isEqualTo(SCOPE_EXTENSION);
            assertThat(scheduled.scope()).isEqualTo(EXTENDED);
            assertThat(scheduled.sites()).containsExactly(HEAD_OFFICE, added);
            assertThat(scheduled.standards()).containsExactly(ISO_IEC_20000_1_2018);
            assertThat(scheduled.days()).isEqualByComparingTo("1.5");
            assertThat(List.of(scheduled.startDate(), scheduled.endDate()))
                    .containsExactly(LocalDate.of(2028, 7, 3), LocalDate.of(2028, 7, 4));
        });
    }

    @Test
    void oneExtensionAtATimeUntilItsAuditIsCompleted() {
        Certified certified = driver.certify(UUID.randomUUID(), DECISION);
        UUID first = driver.requestScopeExtension(certified.programmeId(), request(EXTENDED, List.of(site(HEAD_OFFICE))))
                .statusCode(201).extract().jsonPath().getUUID("id");

        driver.requestScopeExtension(certified.programmeId(), request(EXTENDED + " too", List.of(site(HEAD_OFFICE))))
                .statusCode(409).body("type", endsWith("/scope-extension-pending"));
        assertThat(extensionsOf(certified.programmeId())).hasSize(1);

        driver.deliver("audit-events", completed(first, certified), UUID.randomUUID());

        assertThat(extensionsOf(certified.programmeId())).extracting(PlannedAuditView::status)
                .containsExactly(PlannedAuditStatus.COMPLETED);
        driver.requestScopeExtension(certified.programmeId(), request(EXTENDED + " too", List.of(site(HEAD_OFFICE))))
                .statusCode(201);
    }

    @Test
    void anExtensionNeedsACertifiedProgrammeThatExists() {
        driver.requestScopeExtension(UUID.randomUUID(), request(EXTENDED, List.of(site(HEAD_OFFICE))))
                .statusCode(404).body("type", endsWith("/not-found"));

        UUID applying = driver.signContract(TestEvents.contractSigned(UUID.randomUUID()));
        driver.requestScopeExtension(applying, request(EXTENDED, List.of(site(HEAD_OFFICE))))
                .statusCode(409).body("type", endsWith("/programme-not-certified"));
        assertThat(driver.programme(applying).audits()).hasSize(2);
    }

    @Test
    void theCertifiedScopeWithoutANewSiteOrWithoutACertifiedSiteIsNoExtension() {
        Certified certified = driver.certify(UUID.randomUUID(), DECISION);
        long version = driver.programme(certified.programmeId()).version();

        driver.requestScopeExtension(certified.programmeId(), request(" " + SCOPE.toUpperCase() + "\n",
                        List.of(site(HEAD_OFFICE))))
                .statusCode(409).body("type", endsWith("/nothing-to-extend"));
        driver.requestScopeExtension(certified.programmeId(), request(EXTENDED, List.of(newSite("Data centre"))))
                .statusCode(409).body("type", endsWith("/extension-drops-site"))
                .body("detail", containsString("Head office"));
        Map<String, Object> late = request(EXTENDED, List.of(site(HEAD_OFFICE)));
        late.put("dueBy", "2030-11-29");
        driver.requestScopeExtension(certified.programmeId(), late)
                .statusCode(409).body("type", endsWith("/extension-due-after-recertification"));

        assertThat(extensionsOf(certified.programmeId())).isEmpty();
        assertThat(driver.programme(certified.programmeId()).version()).isEqualTo(version);
    }

    @Test
    void aSuspendedCertificateIsExtendedOnceReinstated() {
        Certified certified = driver.certify(UUID.randomUUID(), DECISION);
        driver.deliver("certificate-events", TestEvents.certificateSuspended(certified.certificate(), TODAY,
                "CLIENT_REQUEST"), UUID.randomUUID());

        assertThat(driver.programme(certified.programmeId()).status()).isEqualTo(CycleStatus.SUSPENDED);
        driver.requestScopeExtension(certified.programmeId(), request(EXTENDED, List.of(site(HEAD_OFFICE))))
                .statusCode(409).body("type", endsWith("/certificate-suspended"));

        driver.deliver("certificate-events", TestEvents.certificateReinstated(certified.certificate(), TODAY),
                UUID.randomUUID());

        assertThat(driver.programme(certified.programmeId()).status()).isEqualTo(CycleStatus.CERTIFIED);
        driver.requestScopeExtension(certified.programmeId(), request(EXTENDED, List.of(site(HEAD_OFFICE))))
                .statusCode(201);
    }

    @Test
    void aWithdrawnOrExpiredCertificateOrARenewedCycleIsNotExtended() {
        Certified withdrawn = driver.certify(UUID.randomUUID(), DECISION);
        driver.deliver("certificate-events", TestEvents.certificateWithdrawn(withdrawn.certificate(), TODAY),
                UUID.randomUUID());
        Certified expired = driver.certify(UUID.randomUUID(), DECISION);
        driver.deliver("certificate-events", TestEvents.certificateExpired(expired.certificate()), UUID.randomUUID());
        Certified renewed = driver.certify(UUID.randomUUID(), DECISION);
        UUID recertification = driver.programme(renewed.programmeId()).audits().getLast().id();
        driver.deliver("certificate-events", TestEvents.certificateRenewed(renewed.certificate(),
                renewed.programmeId(), recertification, TODAY), UUID.randomUUID());

        for (Certified ended : List.of(withdrawn, expired, renewed)) {
            driver.requestScopeExtension(ended.programmeId(), request(EXTENDED, List.of(site(HEAD_OFFICE))))
                    .statusCode(409).body("type", endsWith("/programme-ended"));
        }
        assertThat(List.of(withdrawn, expired, renewed))
                .extracting(ended -> driver.programme(ended.programmeId()).status())
                .containsExactly(CycleStatus.WITHDRAWN, CycleStatus.EXPIRED, CycleStatus.RENEWED);
        UUID nextCycle = driver.programmesOfContract(renewed.contract().contractId()).getLast();
        driver.requestScopeExtension(nextCycle, request(EXTENDED, List.of(site(HEAD_OFFICE)))).statusCode(201);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        Certified certified = driver.certify(UUID.randomUUID(), DECISION);
        Map<String, Object> duplicate = request(EXTENDED, List.of(site(HEAD_OFFICE), site(HEAD_OFFICE)));
        Map<String, Object> abroad = newSite("Data centre");
        abroad.put("country", "France");
        long version = driver.programme(certified.programmeId()).version();

        Map<String, Map<String, Object>> badRequests = Map.of(
                "scope", with("scope", "   "),
                "sites", with("sites", List.of()),
                "days", with("days", 0),
                "dueBy", with("dueBy", "2028-08-31", "dueFrom", "2028-09-01"),
                "dueFrom", with("dueFrom", TODAY.minusDays(1).toString()),
                "reason", with("reason", ""));
        badRequests.forEach((field, body) -> driver.requestScopeExtension(certified.programmeId(), body)
                .statusCode(400).body("type", endsWith("/invalid-input"))
                .body("violations[0].field", equalTo(field)));
        for (Object days : List.of(31, 1.25)) {
            driver.requestScopeExtension(certified.programmeId(), with("days", days))
                    .statusCode(400).body("violations[0].field", equalTo("days"));
        }
        driver.requestScopeExtension(certified.programmeId(), duplicate)
                .statusCode(400).body("violations[0].field", equalTo("sites"));
        driver.requestScopeExtension(certified.programmeId(), request(EXTENDED, List.of(site(HEAD_OFFICE), abroad)))
                .statusCode(400).body("violations[0].field", containsString("country"));

        assertThat(extensionsOf(certified.programmeId())).isEmpty();
        assertThat(driver.programme(certified.programmeId()).version()).isEqualTo(version);
    }

    @Test
    @TestSecurity(user = "auditor1", roles = "auditor")
    void onlyPlannersAskForAnExtension() {
        driver.requestScopeExtension(UUID.randomUUID(), request(EXTENDED, List.of(site(HEAD_OFFICE))))
                .statusCode(403).body("type", endsWith("/forbidden"));
    }

    @Test
    void anExtensionIsComparedWithTheCertificateAsLastRevised() {
        Certified certified = driver.certify(UUID.randomUUID(), DECISION);
        Site dataCentre = new Site(UUID.randomUUID(), "Data centre", "Lille", "FR", false, 6);
        driver.deliver("certificate-events", TestEvents.certificateRevised(certified.certificate(), EXTENDED,
                List.of(HEAD_OFFICE, dataCentre), TODAY), UUID.randomUUID());

        driver.requestScopeExtension(certified.programmeId(), request(EXTENDED, List.of(site(HEAD_OFFICE),
                site(dataCentre)))).statusCode(409).body("type", endsWith("/nothing-to-extend"));
        driver.requestScopeExtension(certified.programmeId(), request(EXTENDED + " in Belgium",
                        List.of(site(HEAD_OFFICE))))
                .statusCode(409).body("type", endsWith("/extension-drops-site"))
                .body("detail", containsString("Data centre"));
    }

    private List<PlannedAuditView> extensionsOf(UUID programmeId) {
        return driver.programme(programmeId).audits().stream().filter(audit -> audit.type() == SCOPE_EXTENSION)
                .toList();
    }

    private static AuditCompletedV1 completed(UUID auditId, Certified certified) {
        UUID clientId = certified.contract().clientId();
        LocalDate lastDay = TODAY.plusDays(30);
        return new AuditCompletedV1(auditId, certified.programmeId(), clientId, "Client " + clientId, SCOPE_EXTENSION,
                List.of(ISO_IEC_20000_1_2018), EXTENDED, SITES, List.of(), Map.of(FindingGrade.OBSERVATION, 1), 0,
                lastDay, Recommendation.CERTIFY, lastDay.atStartOfDay().toInstant(ZoneOffset.UTC), SITES, null, null, null);
    }

    /** A valid request but for the given fields. */
    private static Map<String, Object> with(Object... fieldsAndValues) {
        Map<String, Object> request = request(EXTENDED, List.of(site(HEAD_OFFICE)));
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            request.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return request;
    }

    private static Map<String, Object> request(String scope, List<Map<String, Object>> sites) {
        Map<String, Object> request = new HashMap<>(Map.of("scope", scope, "sites", sites,
                "days", new BigDecimal("1.5"), "reason", "The client now also runs its online shop from Lille",
                "dueBy", DUE_BY.toString()));
        return request;
    }

    private static Map<String, Object> site(Site site) {
        return new HashMap<>(Map.of("siteId", site.siteId().toString(), "name", site.name(), "city", site.city(),
                "country", site.country(), "centralFunction", site.centralFunction(), "persons", site.persons()));
    }

    /** An added site, not known to the programme, without an id. */
    private static Map<String, Object> newSite(String name) {
        return new HashMap<>(Map.of("name", name, "city", "Lille", "country", "FR", "centralFunction", false,
                "persons", 6));
    }
}
