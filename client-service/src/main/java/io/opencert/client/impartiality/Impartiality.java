package io.opencert.client.impartiality;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * ISO/IEC 17021-1 5.2: no certification of a client the certification body consulted in the last 2 years, and no
 * auditor on the audits of a client they consulted in the last 2 years.
 */
public final class Impartiality {
    public static final int COOLING_OFF_YEARS = 2;

    /** A consultancy relationship: the certification body itself ({@code auditor} empty) or one auditor. */
    public record Relationship(String auditor, LocalDate from, LocalDate to) {
        public boolean byTheCertificationBody() {
            return auditor == null;
        }

        /** Ongoing, or ended less than 2 years before {@code today}; a relationship that starts later does not count. */
        public boolean within(LocalDate today) {
            return !from.isAfter(today) && (to == null || to.isAfter(today.minusYears(COOLING_OFF_YEARS)));
        }
    }

    private Impartiality() {
    }

    public static boolean certificationBodyConsulted(Collection<Relationship> relationships, LocalDate today) {
        return relationships.stream().anyMatch(r -> r.byTheCertificationBody() && r.within(today));
    }

    /** The auditors to keep off this client's audits, in order of name. */
    public static List<String> excludedAuditors(Collection<Relationship> relationships, LocalDate today) {
        return relationships.stream().filter(r -> !r.byTheCertificationBody() && r.within(today))
                .map(Relationship::auditor).filter(Objects::nonNull).distinct().sorted().toList();
    }
}
