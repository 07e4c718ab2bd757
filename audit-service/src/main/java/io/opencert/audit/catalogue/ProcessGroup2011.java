package io.opencert.audit.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The process groups of ISO/IEC 20000-1:2011 and the 2018 clauses that took over their processes, for clients still
 * certified to the 2011 edition.
 */
public enum ProcessGroup2011 {
    SERVICE_DELIVERY("Service delivery processes", "8.3.3", "8.4.1", "8.4.3", "8.7.1", "8.7.2", "8.7.3", "9.4"),
    RELATIONSHIP("Relationship processes", "8.3.2", "8.3.4"),
    RESOLUTION("Resolution processes", "8.6.1", "8.6.2", "8.6.3"),
    CONTROL("Control processes", "8.2.5", "8.2.6", "8.5.1"),
    RELEASE_AND_DEPLOYMENT("Release and deployment management process", "8.5.3");

    private final String title;
    private final List<String> clauses;

    ProcessGroup2011(String title, String... clauses) {
        this.title = title;
        this.clauses = List.of(clauses);
    }

    public String title() {
        return title;
    }

    /** The numbers of the 2018 clauses this group maps onto. */
    public List<String> clauses() {
        return clauses;
    }

    /** The 2011 group whose processes a 2018 clause covers; empty for clauses outside them (such as 8.2.4). */
    public static Optional<ProcessGroup2011> of(String clause2018) {
        return Arrays.stream(values()).filter(group -> group.clauses.contains(clause2018)).findFirst();
    }
}
