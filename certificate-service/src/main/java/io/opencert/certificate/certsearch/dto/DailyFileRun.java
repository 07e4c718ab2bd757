package io.opencert.certificate.certsearch.dto;

/** The day's file, and whether this run wrote it ({@code false}: it had been written before and stays as it is). */
public record DailyFileRun(DailyFile file, boolean written) {
}
