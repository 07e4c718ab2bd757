package io.opencert.certificate.certsearch;

import io.opencert.certificate.certsearch.dto.CertSearchCertification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The export as CSV (RFC 4180: comma-separated, CRLF, a field with a comma, quote or line break in quotes, its quotes
 * doubled), one line per certified site under CertSearch's column names, dates as CertSearch's YYYYMMDD. A cell that a
 * spreadsheet would take for a formula (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe.
 */
public final class CertSearchCsv {
    public static final String MEDIA_TYPE = "text/csv";
    static final List<String> COLUMNS = List.of("Certification Identity Number", "Certificate Number",
            "Certification Status", "Accreditation Status", "Accreditation Body Name", "Certification Body Name",
            "Certification Type", "Standards and Schemes", "Certification Scope", "Sector Code", "Sector Name",
            "Certification Original Issue Date", "Certification Issue Date", "Certification Expiry Date",
            "Certified Entity Unique ID", "Certified Entity Name", "Certified Entity Country/Economy",
            "Certified Entity City", "Site Name", "Site City", "Site Country/Economy", "Site Scope");
    private static final String LINE_END = "\r\n";
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private CertSearchCsv() {
    }

    /** The header and the lines of the certifications, in their order. */
    public static String of(List<CertSearchCertification> certifications) {
        StringBuilder csv = new StringBuilder(line(COLUMNS));
        certifications.forEach(certification -> lines(certification).forEach(cells -> csv.append(line(cells))));
        return csv.toString();
    }

    /** One line per site; a certification without sites (a deletion) is one line with empty site cells. */
    static List<List<String>> lines(CertSearchCertification c) {
        List<String> certification = List.of(c.certificationIdentityNumber(), c.certificateNumber(),
                c.certificationStatus(), text(c.accreditationStatus()), text(c.accreditationBodyName()),
                text(c.certificationBodyName()), text(c.certificationType()), text(c.standardsAndSchemes()),
                text(c.certificationScope()), text(c.sectorCode()), text(c.sectorName()),
                date(c.certificationOriginalIssueDate()), date(c.certificationIssueDate()),
                date(c.certificationExpiryDate()), c.certifiedEntityUniqueId(), text(c.certifiedEntityName()),
                text(c.certifiedEntityCountry()), text(c.certifiedEntityCity()));
        if (c.certificationSites().isEmpty()) {
            return List.of(concat(certification, List.of("", "", "", "")));
        }
        return c.certificationSites().stream().map(site -> concat(certification, List.of(site.siteName(),
                site.siteCity(), site.siteCountry(), text(site.siteScope())))).toList();
    }

    /** The cell as CSV: guarded against formulas, quoted where RFC 4180 needs it. */
    static String cell(String value) {
        String guarded = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quoted = guarded.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return quoted ? '"' + guarded.replace("\"", "\"\"") + '"' : guarded;
    }

    private static String line(List<String> cells) {
        return cells.stream().map(CertSearchCsv::cell).collect(Collectors.joining(",")) + LINE_END;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : YYYYMMDD.format(date);
    }
}
