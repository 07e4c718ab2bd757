package io.opencert.scheduling.technicalarea;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opencert.scheduling.technicalarea.dto.TechnicalAreaRequest;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The catalogue the service ships ({@code technical-areas.json}): at start-up each of its areas the catalogue lacks
 * is added, so that a new release brings its new areas, while what the administrator retired stays retired.
 */
@ApplicationScoped
public class DefaultTechnicalAreas {
    private static final String RESOURCE = "/technical-areas.json";

    private final TechnicalAreaRepository areas;
    private final ObjectMapper json;
    private final Clock clock;

    DefaultTechnicalAreas(TechnicalAreaRepository areas, ObjectMapper json, Clock clock) {
        this.areas = areas;
        this.json = json;
        this.clock = clock;
    }

    void load(@Observes StartupEvent started) throws Throwable {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<TechnicalAreaRequest> defaults = shipped();
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Multi.createFrom()
                .iterable(defaults)
                .onItem().transformToUniAndConcatenate(area -> areas.addIfAbsent(
                        new TechnicalArea(area.code(), area.title(), area.iafCode()), now))
                .collect().last()));
    }

    private List<TechnicalAreaRequest> shipped() {
        try (InputStream in = DefaultTechnicalAreas.class.getResourceAsStream(RESOURCE)) {
            return json.readValue(in, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("the default catalogue " + RESOURCE + " cannot be read", e);
        }
    }
}
