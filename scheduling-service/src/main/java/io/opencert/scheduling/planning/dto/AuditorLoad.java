package io.opencert.scheduling.planning.dto;

import java.util.List;

/** The calendar days an auditor is booked on audits in each month asked for (first month first). */
public record AuditorLoad(String username, String name, List<MonthLoad> months) {

    public record MonthLoad(String month, int bookedDays) {
    }
}
