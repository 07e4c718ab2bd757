package io.opencert.notification.events;

import io.opencert.events.model.AuditType;
import io.opencert.events.model.DueNonconformity;
import io.opencert.events.model.Site;
import io.opencert.events.model.Standard;
import io.opencert.events.model.TeamMember;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The facts of an event as the mails print them: texts, and lists of texts or of small maps of texts. */
final class Facts {
    private Facts() {
    }

    static String date(LocalDate date) {
        return date.toString();
    }

    static String days(BigDecimal days) {
        return days.stripTrailingZeros().toPlainString();
    }

    static String auditType(AuditType type) {
        return switch (type) {
            case PRE_ASSESSMENT -> "pre-assessment";
            case SYSTEM_AND_RISK_REVIEW -> "system and risk review";
            case CLOUD_EXTENSION -> "cloud extension (ISO/IEC TR 20000-9)";
            default -> words(type.name());
        };
    }

    static String standards(List<Standard> standards) {
        return standards.stream().map(Standard::title).collect(Collectors.joining(" and "));
    }

    static List<String> sites(List<Site> sites) {
        return sites.stream().map(site -> site.name() + " (" + site.city() + ", " + site.country() + ")").toList();
    }

    static List<Map<String, String>> team(List<TeamMember> team) {
        return team.stream().map(member -> Map.of("name", member.name(), "role", words(member.role().name())))
                .toList();
    }

    /** Each with its grade, clause and due date, the earliest due first. */
    static List<Map<String, String>> nonconformities(List<DueNonconformity> nonconformities) {
        return nonconformities.stream().sorted(Comparator.comparing(DueNonconformity::responseDue)
                        .thenComparing(DueNonconformity::clause))
                .map(nc -> Map.of("grade", words(nc.grade().name()), "clause", nc.clause(),
                        "responseDue", date(nc.responseDue())))
                .toList();
    }

    /** What a complaint is about, as its complainant would say it. */
    static String complaintSubject(String about, String certificateNumber) {
        if ("CERTIFICATION_BODY".equals(about)) {
            return "our work as certification body";
        }
        return certificateNumber == null ? "a client we certify" : "the holder of certificate " + certificateNumber;
    }

    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
