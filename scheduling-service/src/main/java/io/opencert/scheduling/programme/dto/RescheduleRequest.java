package io.opencert.scheduling.programme.dto;

import io.opencert.scheduling.programme.dto.BookingRequest.Member;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * The new dates and the whole team of a booked audit (unchanged parts repeated). Without {@code endDate} the audit
 * takes one calendar day per audit day. {@code deviation}: as for a booking, why the new dates deviate from the
 * programme.
 */
public record RescheduleRequest(@NotNull LocalDate startDate,
                                LocalDate endDate,
                                @NotEmpty @Size(max = BookingRequest.MAX_TEAM) List<@Valid @NotNull Member> team,
                                @Size(max = 500) String reason,
                                @Size(max = 2000) String deviation) {
}
