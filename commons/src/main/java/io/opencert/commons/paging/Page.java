package io.opencert.commons.paging;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.smallrye.mutiny.Uni;

import java.util.List;
import java.util.function.Function;

public record Page<T>(int page, int size, long total, List<T> items) {

    /** Runs one page of a Panache query and its count, mapping each entity to its DTO. */
    public static <E, T> Uni<Page<T>> of(PanacheQuery<E> query, PageRequest request, Function<E, T> toDto) {
        return query.page(request.page(), request.size()).list()
                .flatMap(items -> query.count().map(total ->
                        new Page<>(request.page(), request.size(), total, items.stream().map(toDto).toList())));
    }
}
