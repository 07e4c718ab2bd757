package io.opencert.certificate.certsearch.dto;

import java.time.LocalDate;

/** The CSV of one day's changes for IAF CertSearch. */
public record DailyFile(LocalDate date, String fileName, long bytes) {
}
