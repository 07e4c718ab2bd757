package io.opencert.scheduling.programme.dto;

import io.opencert.scheduling.rules.Impartiality;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A consultancy the impartiality register learnt of after the audit was booked, within 2 years of its dates:
 * {@code auditor}, a member of the booked team, or null when the certification body itself consulted the client;
 * {@code toDate} null while it goes on. The booking stands until staff reschedule or cancel it.
 */
public record ImpartialityConflict(String auditor, UUID consultancyId, LocalDate fromDate, LocalDate toDate) {

    public static ImpartialityConflict of(Impartiality.Consultancy consultancy) {
        return new ImpartialityConflict(consultancy.auditor(), consultancy.consultancyId(), consultancy.fromDate(),
                consultancy.toDate());
    }
}
