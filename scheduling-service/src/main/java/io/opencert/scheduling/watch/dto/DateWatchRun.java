package io.opencert.scheduling.watch.dto;

import io.opencert.scheduling.watch.DateWatchRepository.Overdue;

import java.time.LocalDate;
import java.util.List;

/**
 * One run of the date watch on {@code today}: how many new reminders the planners got, and the surveillance audits
 * reported overdue by this run (each is reported once, by the first run that finds it).
 */
public record DateWatchRun(LocalDate today, int remindersRaised, List<Overdue> overdueSurveillance) {
}
