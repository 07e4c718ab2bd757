package io.opencert.certificate.certificate;

import io.opencert.certificate.Certification;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.decision.DecisionService;
import io.opencert.certificate.decision.dto.DecisionView;
import io.opencert.events.model.AuditType;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decision-makers granting at the same moment never get the same certificate number (the database hands them out), and
 * never two live certificates of one standard for one holder.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
class ConcurrentIssuanceTest {
    private static final int GRANTS = 40;

    @Inject
    Certification certification;

    @Inject
    DecisionService decisions;

    @Test
    void grantsInParallelGetUniqueNumbers() throws Exception {
        List<DecisionView> open = IntStream.range(0, GRANTS)
                .mapToObj(i -> certification.open(Certification.auditCompleted(AuditType.STAGE_2, UUID.randomUUID(), 0)))
                .toList();

        List<Callable<CertificateView>> grants = open.stream().<Callable<CertificateView>>map(decision -> () ->
                Certification.onVertx(() -> decisions.grant(decision.id(), "decider", "parallel", Map.of())).certificate()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<String> numbers = pool.invokeAll(grants).stream().map(ConcurrentIssuanceTest::get)
                    .map(CertificateView::number).toList();

            assertThat(numbers).hasSize(GRANTS).doesNotHaveDuplicates().allMatch(number -> number.matches("CB-\\d{4}-\\d{6}"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ofParallelGrantsForOneHolderExactlyOneCertifiesAndTheOthersStayOpen() throws Exception {
        UUID clientId = UUID.randomUUID();
        List<DecisionView> open = IntStream.range(0, 4)
                .mapToObj(i -> certification.open(Certification.auditCompleted(AuditType.STAGE_2, clientId, 0)))
                .toList();

        List<Callable<String>> grants = open.stream().<Callable<String>>map(decision -> () -> Objects.requireNonNullElse(
                Certification.refusedBy(() -> decisions.grant(decision.id(), "decider", "parallel", Map.of())),
                "granted")).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<String> outcomes = pool.invokeAll(grants).stream().map(ConcurrentIssuanceTest::get).toList();

            assertThat(outcomes).containsExactlyInAnyOrder("granted", "one-live-certificate", "one-live-certificate",
                    "one-live-certificate");
        } finally {
            pool.shutdownNow();
        }
        assertThat(certification.decisionsOf(clientId)).extracting(decision -> decision.status().name())
                .containsExactlyInAnyOrder("GRANTED", "OPEN", "OPEN", "OPEN");
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
