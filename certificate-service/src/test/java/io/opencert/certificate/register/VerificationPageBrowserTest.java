package io.opencert.certificate.register;

import io.opencert.certificate.Certification;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.rules.SuspensionReason;
import io.opencert.commons.time.AdjustableClock;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a person sees on a phone when the QR code on a certificate opens its verification page, and when they file a
 * complaint from the register (headless Chromium).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
class VerificationPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    private static WebDriver browser;

    @TestHTTPResource("/register/certificates/")
    URL pages;

    @TestHTTPResource("/register/complaints")
    URL complaints;

    @Inject
    Certification certification;


    @Inject
    AdjustableClock clock;

    @BeforeAll
    static void startBrowser() {
        requireInstalled(CHROMIUM, "chromium");
        requireInstalled(CHROMEDRIVER, "chromium-driver");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--window-size=" + PHONE_WIDTH + "," + PHONE_HEIGHT)
                .setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                        Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "pixelRatio", 3.0, "touch", true)));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
                options);
    }

    /** Skipped on a developer's machine without the browser; under CI (CI=true) a missing browser fails the test. */
    private static void requireInstalled(Path program, String debianPackage) {
        String missing = program + " is not installed (Debian package " + debianPackage + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertThat(Files.isExecutable(program)).as(missing).isTrue();
        } else {
            assumeTrue(Files.isExecutable(program), missing + "; the browser test is skipped");
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void anActiveCertificateReadsAsValidWithItsHolderScopeAndDates() {
        CertificateView certificate = certification.certify(UUID.randomUUID(), "Nordlicht IT Services GmbH");

        open(certificate.number());

        assertThat(text("status")).isEqualTo("Valid");
        assertThat(text("statement")).isEqualTo("This certificate is valid until " + certificate.expiryDate() + ".");
        assertThat(text("holder")).isEqualTo("Nordlicht IT Services GmbH");
        assertThat(text("standard")).isEqualTo("ISO/IEC 20000-1:2018");
        assertThat(text("scope")).isEqualTo("Operation of IT services for hospitals");
        assertThat(text("original")).isEqualTo(certificate.originalCertificationDate().toString());
        assertThat(text("issued")).isEqualTo(certificate.issueDate().toString());
        assertThat(text("expiry")).isEqualTo(certificate.expiryDate().toString());
        assertThat(text("sites")).contains("Head office, Vienna, AT", "Data centre, Graz, AT");
        assertFitsThePhone();
    }

    @Test
    void aSuspendedCertificateShowsTheFactAndTheDateButNotTheReason() {
        LocalDate suspendedOn = LocalDate.of(2026, 10, 5);
        CertificateView certificate = certification.certifiedOn(suspendedOn.minusMonths(13));
        clock.setTo(suspendedOn.atTime(8, 0).toInstant(ZoneOffset.UTC));
        certification.suspend(certificate.id(), SuspensionReason.MISSED_SURVEILLANCE, "Surveillance audit 1 not held");

        open(certificate.number());

        assertThat(text("status")).isEqualTo("Suspended");
        assertThat(text("statement")).isEqualTo("This certificate has been suspended since " + suspendedOn
                + ". It is not valid while suspended.");
        assertThat(text("holder")).isEqualTo("Example Services GmbH");
        String page = browser.findElement(By.tagName("body")).getText();
        assertThat(page).doesNotContainIgnoringCase("surveillance").doesNotContain("MISSED");
        assertFitsThePhone();
    }

    @Test
    void aComplaintIsFiledOnAPhoneAndFollowedByItsLink() {
        browser.get(complaints.toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Complaints and appeals");
        assertFitsThePhone();

        browser.findElement(By.id("complainantName")).sendKeys("Maria Beispiel");
        browser.findElement(By.id("complainantEmail")).sendKeys("maria.beispiel@example.org");
        browser.findElement(By.id("aboutBody")).click();
        browser.findElement(By.id("description")).sendKeys("Nobody answered my letter of 3 March.");
        browser.findElement(By.id("submit")).click();

        assertThat(textOnceLoaded("reference")).matches("C-\\d{4}-[2-9A-HJ-NP-Z]{8}");
        assertFitsThePhone();
        browser.findElement(By.id("status-link")).click();
        assertThat(textOnceLoaded("status")).isEqualTo("Received, to be acknowledged");
        assertFitsThePhone();
    }

    private void open(String number) {
        browser.get(pages.toString() + number);
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** The element's text once the page a click led to has loaded (a click returns before the browser navigates). */
    private static String textOnceLoaded(String id) {
        return await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() -> text(id), found -> !found.isBlank());
    }

    private static void assertFitsThePhone() {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertThat(((Number) js.executeScript("return window.innerWidth")).intValue()).isEqualTo(PHONE_WIDTH);
        assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth")).intValue())
                .as("no horizontal scrolling").isLessThanOrEqualTo(PHONE_WIDTH);
    }
}
