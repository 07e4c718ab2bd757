package io.opencert.notification.notice;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The iCalendar text rules the invitations follow (RFC 5545 3.1 and 3.3.11). */
class InvitationTest {

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String line = "SUMMARY:" + "Prüfung ".repeat(20);
        String folded = Invitation.folded(line);
        assertThat(folded.split("\r\n")).allSatisfy(part ->
                assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
    }

    @Test
    void textEscapesItsSeparators() {
        assertThat(Invitation.text("Linz, AT; Wien\\Süd\nHall 2")).isEqualTo("Linz\\, AT\\; Wien\\\\Süd\\nHall 2");
    }
}
