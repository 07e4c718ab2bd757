package io.opencert.certificate.certsearch;

import io.opencert.certificate.certsearch.CertSearchRecords.Publisher;
import io.opencert.certificate.rules.CertificateStatus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CertSearchCsvTest {
    /** CertSearch's column names, in its order. */
    static final String HEADER = "Certification Identity Number,Certificate Number,Certification Status,"
            + "Accreditation Status,Accreditation Body Name,Certification Body Name,Certification Type,"
            + "Standards and Schemes,Certification Scope,Sector Code,Sector Name,Certification Original Issue Date,"
            + "Certification Issue Date,Certification Expiry Date,Certified Entity Unique ID,Certified Entity Name,"
            + "Certified Entity Country/Economy,Certified Entity City,Site Name,Site City,Site Country/Economy,"
            + "Site Scope\r\n";

    @Test
    void oneLinePerSiteQuotedWhereNeededWithCertSearchDates() {
        var certificate = CertSearchRecordsTest.certificate(CertificateStatus.ACTIVE,
                List.of(CertSearchRecordsTest.HEAD_OFFICE, CertSearchRecordsTest.DATA_CENTRE));
        String csv = CertSearchCsv.of(List.of(
                CertSearchRecords.published(certificate, new Publisher("OpenCert, Certification GmbH",
                        Optional.empty(), "33", "Information technology")),
                CertSearchRecords.deleted(certificate)));

        String certification = certificate.id() + ",CB-2026-000042,Active,Unaccredited,,\"OpenCert, Certification GmbH\","
                + "Management System,ISO/IEC 20000-1:2018,Operation of IT services,33,Information technology,"
                + "20260320,20260901,20290319," + certificate.clientId() + ",\"Example, \"\"Services\"\" GmbH\",AT,Vienna,";
        assertThat(csv).isEqualTo(HEADER
                + certification + "Head office,Vienna,AT,Operation of IT services\r\n"
                + certification + "Data centre,Graz,AT,Hosting\r\n"
                + certificate.id() + ",CB-2026-000042,Deleted,,,,,,,,,,,," + certificate.clientId() + ",,,,,,,\r\n");
    }

    @Test
    void noCellStartsAFormula() {
        assertThat(CertSearchCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CertSearchCsv.cell("+43 1 234")).isEqualTo("'+43 1 234");
        assertThat(CertSearchCsv.cell("-1+1")).isEqualTo("'-1+1");
        assertThat(CertSearchCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CertSearchCsv.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CertSearchCsv.cell("Vienna = capital")).isEqualTo("Vienna = capital");
    }

    @Test
    void lineBreaksStayInsideTheirQuotedCell() {
        assertThat(CertSearchCsv.cell("first line\nsecond line")).isEqualTo("\"first line\nsecond line\"");
        assertThat(CertSearchCsv.cell("")).isEmpty();
    }

    @Test
    void anEmptyExportIsTheHeader() {
        assertThat(CertSearchCsv.of(List.of())).isEqualTo(HEADER);
    }
}
