package io.opencert.certificate.rules;

import io.opencert.commons.problem.InvalidInput;
import io.opencert.events.model.Site;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteScopesTest {
    private static final Site VIENNA = new Site(UUID.randomUUID(), "Head office", "Vienna", "AT", true, 12);
    private static final Site GRAZ = new Site(UUID.randomUUID(), "Data centre", "Graz", "AT", false, 3);
    private static final Site UNNAMED = new Site(null, "Branch", "Linz", "AT", false, 2);

    @Test
    void aSiteWithoutAScopeOfItsOwnIsCertifiedForTheCertificatesScope() {
        assertThat(SiteScopes.effective(null, "IT services")).isEqualTo("IT services");
        assertThat(SiteScopes.effective("Hosting", "IT services")).isEqualTo("Hosting");
    }

    @Test
    void scopesGoToTheSitesTheyNameAndTheOthersHaveNone() {
        assertThat(SiteScopes.assign(List.of(VIENNA, GRAZ, UNNAMED), Map.of(GRAZ.siteId(), "  Hosting "), "siteScopes"))
                .containsExactly(new ScopedSite(VIENNA, null), new ScopedSite(GRAZ, "Hosting"),
                        new ScopedSite(UNNAMED, null));
        assertThat(SiteScopes.assign(List.of(VIENNA), null, "siteScopes")).containsExactly(new ScopedSite(VIENNA, null));
    }

    @Test
    void aScopeForASiteThatIsNotCertifiedIsBadInput() {
        UUID elsewhere = UUID.randomUUID();

        assertThatThrownBy(() -> SiteScopes.assign(List.of(VIENNA, UNNAMED), Map.of(elsewhere, "Hosting"), "siteScopes"))
                .isInstanceOfSatisfying(InvalidInput.class, problem -> assertThat(problem.toProblem(null).violations())
                        .singleElement().satisfies(violation -> {
                            assertThat(violation.field()).isEqualTo("siteScopes");
                            assertThat(violation.message()).contains(elsewhere.toString());
                        }));
    }
}
