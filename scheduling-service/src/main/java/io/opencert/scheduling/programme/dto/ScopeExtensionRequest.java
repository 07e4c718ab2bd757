package io.opencert.scheduling.programme.dto;

import io.opencert.commons.problem.InvalidInput;
import io.opencert.commons.text.SingleLine;
import io.opencert.events.model.Site;
import io.opencert.scheduling.rules.DueWindow;
import io.opencert.scheduling.rules.ScopeExtension;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A certified client's scope extension: the whole extended scope, every site (the certified ones by their
 * {@code siteId}, the added ones too; an added site without one gets an id here), the audit days and why. The audit
 * is due from {@code dueFrom} (today when not given) to {@code dueBy}.
 */
public record ScopeExtensionRequest(@NotBlank @Size(max = 4000) String scope,
                                    @NotEmpty @Size(max = 500) List<@Valid @NotNull SiteEntry> sites,
                                    @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(PlanningInput.MAX_DAYS)
                                    BigDecimal days,
                                    @NotBlank @Size(max = 1000) String reason,
                                    LocalDate dueFrom,
                                    @NotNull LocalDate dueBy) {

    /** A site in the shape of the events' {@link Site}. */
    public record SiteEntry(UUID siteId, @NotBlank @Size(max = 200) @SingleLine String name,
                            @NotBlank @Size(max = 100) @SingleLine String city,
                            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as DE")
                            String country,
                            boolean centralFunction, @PositiveOrZero int persons) {

        Site toSite() {
            return new Site(siteId == null ? UUID.randomUUID() : siteId, name.strip(), city.strip(), country,
                    centralFunction, persons);
        }
    }

    /** The extension as the rules see it; 400 for days, dates or sites that make no audit. */
    public ScopeExtension.Extension extension(LocalDate today) {
        PlanningInput.requireHalfDays(days);
        DueWindow window = PlanningInput.window(dueFrom, dueBy, today);
        Set<UUID> seen = new HashSet<>();
        sites.stream().map(SiteEntry::siteId).filter(id -> id != null && !seen.add(id)).findFirst().ifPresent(id -> {
            throw new InvalidInput("sites", "site " + id + " is listed twice");
        });
        return new ScopeExtension.Extension(scope.strip(), sites.stream().map(SiteEntry::toSite).toList(),
                window);
    }
}
