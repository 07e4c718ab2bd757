package io.opencert.client.audittime;

import io.opencert.client.rules.ClientRule;
import io.opencert.events.model.Standard;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The facts an audit time is calculated from: the sites with the persons doing work under the client's control at
 * each (exactly one of them the central function), the adjustments with their justifications and the standards
 * applied for (TR 20000-9 adds the cloud extension).
 */
public record AuditTimeInput(List<SiteInput> sites, List<Adjustment> adjustments, Set<Standard> standards) {

    public record SiteInput(String name, boolean centralFunction, int persons) {
    }

    public AuditTimeInput {
        if (sites == null || sites.isEmpty()) {
            throw new AuditTimeRule(ClientRule.SITES_REQUIRED, "sites", "at least one site is needed");
        }
        if (sites.stream().filter(SiteInput::centralFunction).count() != 1) {
            throw new AuditTimeRule(ClientRule.ONE_CENTRAL_FUNCTION, "sites",
                    "exactly one site must be the central function");
        }
        if (sites.stream().anyMatch(site -> site.persons() < 1)) {
            throw new AuditTimeRule(ClientRule.PERSONS_REQUIRED, "sites", "every site has at least one person");
        }
        Set<String> names = new HashSet<>();
        if (!sites.stream().allMatch(site -> site.name() != null && names.add(site.name()))) {
            throw new AuditTimeRule(ClientRule.SITE_NAMES_UNIQUE, "sites", "every site needs a name of its own");
        }
        if (standards == null || standards.isEmpty()) {
            throw new AuditTimeRule(ClientRule.STANDARDS_REQUIRED, "standards",
                    "at least one standard is applied for");
        }
        sites = List.copyOf(sites);
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
        standards = Set.copyOf(standards);
    }

    /** One site, the central function, with all persons and no adjustment. */
    public static AuditTimeInput singleSite(int persons, Set<Standard> standards) {
        return new AuditTimeInput(List.of(new SiteInput("Head office", true, persons)), List.of(), standards);
    }

    public int persons() {
        return sites.stream().mapToInt(SiteInput::persons).sum();
    }

    public boolean cloudExtension() {
        return standards.contains(Standard.ISO_IEC_TR_20000_9_2015);
    }
}
