package io.opencert.scheduling.auditor;

import io.opencert.scheduling.rules.Competence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What the certification body keeps of an auditor's competence (ISO/IEC 17021-1 7.2): the qualifications granted,
 * lapsed ones included as they show who was competent for past audits, the witness audits and the professional
 * development. Each change gives a new record.
 */
public record CompetenceRecord(List<Competence.Qualification> qualifications, List<WitnessAudit> witnessAudits,
                               List<DevelopmentActivity> development) {

    public static final CompetenceRecord EMPTY = new CompetenceRecord(List.of(), List.of(), List.of());

    public CompetenceRecord {
        qualifications = List.copyOf(qualifications);
        witnessAudits = List.copyOf(witnessAudits);
        development = List.copyOf(development);
    }

    CompetenceRecord granting(Competence.Qualification qualification) {
        return new CompetenceRecord(append(qualifications, qualification), witnessAudits, development);
    }

    CompetenceRecord withdrawing(UUID qualificationId, LocalDate day) {
        return new CompetenceRecord(qualifications.stream()
                .map(qualification -> qualification.id().equals(qualificationId)
                        ? qualification.withdrawnFrom(day) : qualification)
                .toList(), witnessAudits, development);
    }

    CompetenceRecord witnessed(WitnessAudit witnessAudit) {
        return new CompetenceRecord(qualifications, append(witnessAudits, witnessAudit), development);
    }

    CompetenceRecord developed(DevelopmentActivity activity) {
        return new CompetenceRecord(qualifications, witnessAudits, append(development, activity));
    }

    boolean holds(UUID qualificationId) {
        return qualifications.stream().anyMatch(qualification -> qualification.id().equals(qualificationId));
    }

    private static <T> List<T> append(List<T> list, T item) {
        return Stream.concat(list.stream(), Stream.of(item)).toList();
    }
}
