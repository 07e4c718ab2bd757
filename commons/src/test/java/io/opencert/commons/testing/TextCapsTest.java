package io.opencert.commons.testing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TextCapsTest {

    record Site(@Size(max = 200) String name, String city) {
    }

    record Registration(@Size(max = 200) String legalName, String scope, @Pattern(regexp = "[A-Z]{2}") String country,
                        @Size(max = 20) List<@Valid Site> sites, List<@Size(max = 100) String> services,
                        @Size(max = 10) Map<UUID, String> siteScopes, @Size(min = 1) String note, int persons,
                        Set<Standard> standards, List<Standard> previousStandards) {
    }

    enum Standard {
        ISO_IEC_20000_1
    }

    static class Endpoints {
        @POST
        public void register(@PathParam("id") String id, @QueryParam("name") String name, Registration registration) {
        }

        @GET
        public Site unread(Site site) {
            return site;
        }

        public void notAnEndpoint(Map<String, String> anything) {
        }
    }

    @Test
    void findsEveryTextListAndMapOfABodyWithoutAMaximumLength() {
        assertThat(TextCaps.uncapped(List.of(Endpoints.class))).containsExactly("Registration.note",
                "Registration.previousStandards", "Registration.scope", "Registration.services", "Registration.siteScopes[]", "Site.city");
    }

    @Test
    void everyTextOfTheCommonEndpointsIsCapped() {
        assertThat(TextCaps.uncapped("io.opencert.commons")).isEmpty();
    }
}
