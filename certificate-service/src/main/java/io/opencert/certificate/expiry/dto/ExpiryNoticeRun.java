package io.opencert.certificate.expiry.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The notices one run of the expiry-notice job sent. */
public record ExpiryNoticeRun(LocalDate noticeDate, List<SentNotice> notices) {

    public record SentNotice(UUID certificateId, String number, LocalDate expiryDate, int daysBeforeExpiry) {
    }
}
