package io.opencert.certificate.certsearch;

import io.smallrye.config.ConfigMapping;

/** The export to IAF CertSearch ({@code cb.certsearch.*}). */
@ConfigMapping(prefix = "cb.certsearch")
public interface CertSearchSettings {
    /** The IAF code of the body's certificates (IAF 33, information technology, for ISO/IEC 20000-1). */
    String sectorCode();

    String sectorName();

    /** Where the daily files are written, one per day; shared by the replicas. */
    String exportDirectory();

    /** When the daily file of the previous day is written. */
    String dailyFileCron();
}
