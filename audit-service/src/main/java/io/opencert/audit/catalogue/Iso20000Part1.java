package io.opencert.audit.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * ISO/IEC 20000-1:2018, clauses 4 to 10 (the ones with requirements) in the order of the standard. Clause numbers
 * and titles only.
 */
public final class Iso20000Part1 {

    /** Every clause in document order: main clauses, their subclauses and, under 8.2 to 8.7, the processes. */
    public static final List<Clause> CLAUSES = List.of(
            new Clause("4", "Context of the organization"),
            new Clause("4.1", "Understanding the organization and its context"),
            new Clause("4.2", "Understanding the needs and expectations of interested parties"),
            new Clause("4.3", "Determining the scope of the service management system"),
            new Clause("4.4", "Service management system"),
            new Clause("5", "Leadership"),
            new Clause("5.1", "Leadership and commitment"),
            new Clause("5.2", "Policy"),
            new Clause("5.3", "Organizational roles, responsibilities and authorities"),
            new Clause("6", "Planning"),
            new Clause("6.1", "Actions to address risks and opportunities"),
            new Clause("6.2", "Service management objectives and planning to achieve them"),
            new Clause("6.3", "Plan the service management system"),
            new Clause("7", "Support of the service management system"),
            new Clause("7.1", "Resources"),
            new Clause("7.2", "Competence"),
            new Clause("7.3", "Awareness"),
            new Clause("7.4", "Communication"),
            new Clause("7.5", "Documented information"),
            new Clause("7.6", "Knowledge"),
            new Clause("8", "Operation of the service management system"),
            new Clause("8.1", "Operational planning and control"),
            new Clause("8.2", "Service portfolio"),
            new Clause("8.2.1", "Service delivery"),
            new Clause("8.2.2", "Plan the services"),
            new Clause("8.2.3", "Control of parties involved in the service lifecycle"),
            new Clause("8.2.4", "Service catalogue management"),
            new Clause("8.2.5", "Asset management"),
            new Clause("8.2.6", "Configuration management"),
            new Clause("8.3", "Relationship and agreement"),
            new Clause("8.3.1", "General"),
            new Clause("8.3.2", "Business relationship management"),
            new Clause("8.3.3", "Service level management"),
            new Clause("8.3.4", "Supplier management"),
            new Clause("8.4", "Supply and demand"),
            new Clause("8.4.1", "Budgeting and accounting for services"),
            new Clause("8.4.2", "Demand management"),
            new Clause("8.4.3", "Capacity management"),
            new Clause("8.5", "Service design, build and transition"),
            new Clause("8.5.1", "Change management"),
            new Clause("8.5.2", "Service design and transition"),
            new Clause("8.5.3", "Release and deployment management"),
            new Clause("8.6", "Resolution and fulfilment"),
            new Clause("8.6.1", "Incident management"),
            new Clause("8.6.2", "Service request management"),
            new Clause("8.6.3", "Problem management"),
            new Clause("8.7", "Service assurance"),
            new Clause("8.7.1", "Service availability management"),
            new Clause("8.7.2", "Service continuity management"),
            new Clause("8.7.3", "Information security management"),
            new Clause("9", "Performance evaluation"),
            new Clause("9.1", "Monitoring, measurement, analysis and evaluation"),
            new Clause("9.2", "Internal audit"),
            new Clause("9.3", "Management review"),
            new Clause("9.4", "Service reporting"),
            new Clause("10", "Improvement"),
            new Clause("10.1", "Nonconformity and corrective action"),
            new Clause("10.2", "Continual improvement"));

    private static final Set<String> PARENTS = CLAUSES.stream().map(Clause::parentNumber)
            .filter(parent -> parent != null).collect(Collectors.toUnmodifiableSet());

    /** The clauses an auditor assesses: those without subclauses (8.1 but not 8.2), in document order. */
    public static final List<Clause> LEAVES = CLAUSES.stream().filter(clause -> !PARENTS.contains(clause.number())).toList();

    private Iso20000Part1() {
    }

    public static Optional<Clause> clause(String number) {
        return CLAUSES.stream().filter(clause -> clause.number().equals(number)).findFirst();
    }
}
