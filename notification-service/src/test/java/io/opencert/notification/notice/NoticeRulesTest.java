package io.opencert.notification.notice;

import io.opencert.notification.addressee.Recipient;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Whom a notice is for, when a refused mail is tried again, and which events are too old to tell anyone of. */
class NoticeRulesTest {
    private static final List<Recipient> CONTACTS = List.of(new Recipient("Anna", "Anna@Alpha.example"),
            new Recipient("Ben", "ben@alpha.example"));

    @Test
    void addressesCompareWithoutCase() {
        assertThat(new Recipient("Anna", " Anna@Alpha.EXAMPLE ").email()).isEqualTo("anna@alpha.example");
    }

    @Test
    void aReminderLeavesOutWhoOptedOutAndADecisionDoesNot() {
        Set<String> optedOut = Set.of("anna@alpha.example");
        assertThat(Recipients.of(NoticeKind.CERTIFICATE_EXPIRING, Map.of(), CONTACTS, optedOut, "planning@cb.example"))
                .extracting(Recipient::email).containsExactly("ben@alpha.example");
        assertThat(Recipients.of(NoticeKind.CERTIFICATE_SUSPENDED, Map.of(), CONTACTS, optedOut, "planning@cb.example"))
                .extracting(Recipient::email).containsExactly("anna@alpha.example", "ben@alpha.example");
    }

    @Test
    void staffNoticesGoToTheStaffAddressOnly() {
        assertThat(Recipients.of(NoticeKind.SURVEILLANCE_OVERDUE, Map.of(), CONTACTS, Set.of(), "planning@cb.example"))
                .containsExactly(new Recipient(null, "planning@cb.example"));
    }

    @Test
    void complaintsAndAppealsAreAnsweredToWhoFiledThem() {
        assertThat(Recipients.of(NoticeKind.COMPLAINT_DECIDED, Map.of("personName", "Rita Rho",
                "personEmail", "Rita@Example.org"), CONTACTS, Set.of(), "planning@cb.example"))
                .containsExactly(new Recipient("Rita Rho", "rita@example.org"));
    }

    @Test
    void theWaitDoublesUpToAnHourAndTheMailIsGivenUpAfterTheLastTry() {
        RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(30), 10);
        assertThat(schedule.waitAfter(1)).contains(Duration.ofSeconds(30));
        assertThat(schedule.waitAfter(2)).contains(Duration.ofMinutes(1));
        assertThat(schedule.waitAfter(3)).contains(Duration.ofMinutes(2));
        assertThat(schedule.waitAfter(9)).contains(Duration.ofHours(1));
        assertThat(schedule.waitAfter(10)).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> new RetrySchedule(Duration.ZERO, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEventOlderThanTheMaximumAgeIsStale() {
        Timeliness timeliness = new Timeliness(Duration.ofDays(7));
        Instant now = Instant.parse("2026-12-08T10:00:00Z");
        assertThat(timeliness.stale(now.minus(Duration.ofDays(7)), now)).isFalse();
        assertThat(timeliness.stale(now.minus(Duration.ofDays(7)).minusSeconds(1), now)).isTrue();
    }

    @Test
    void everyKindHasItsTemplateName() {
        assertThat(NoticeKind.CERTIFICATE_EXPIRING.template()).isEqualTo("certificate-expiring");
        assertThat(NoticeKind.values()).filteredOn(NoticeKind::reminder)
                .containsExactly(NoticeKind.NONCONFORMITY_RESPONSE_DUE, NoticeKind.CERTIFICATE_EXPIRING);
    }
}
