package io.opencert.certificate.register;

import io.opencert.certificate.rules.CertificateStatus;
import io.opencert.certificate.register.PublicCertificate.PublicSite;
import io.opencert.commons.text.ControlCharacters;
import io.opencert.events.model.Standard;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowIterator;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Verification by number, the register's busiest question: one indexed read of one row, which keeps its sites'
 * public fields too (migration V1_5). It has a few database connections of its own, each carrying many of these reads
 * at once (pipelining), so that the database serves a batch of them per wake-up; the service's pool, which transactions
 * hold one at a time, cannot do that.
 */
@ApplicationScoped
public class PublicRegister {
    /** The longest certificate number the register holds (its column). */
    private static final int MAX_NUMBER_LENGTH = 30;
    private static final String BY_NUMBER = """
            SELECT number, holder_name, standard, scope, status, status_since, original_certification_date,
                   issue_date, expiry_date, revision, site_names, site_cities, site_countries, site_scopes
            FROM certificate
            WHERE number = $1""";

    private final SqlClient database;

    PublicRegister(Vertx vertx,
                   @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                   @ConfigProperty(name = "quarkus.datasource.username") String username,
                   @ConfigProperty(name = "quarkus.datasource.password") String password,
                   @ConfigProperty(name = "cb.register.database-connections") int connections) {
        PgConnectOptions options = PgConnectOptions.fromUri(url)
                .setUser(username).setPassword(password).setCachePreparedStatements(true);
        this.database = PgBuilder.client().with(new PoolOptions().setMaxSize(connections))
                .connectingTo(options).using(vertx).build();
    }

    @PreDestroy
    void close() {
        database.close();
    }

    /** The certificate with this number, whatever its case; empty when the register has none. */
    public Future<Optional<PublicCertificate>> byNumber(String number) {
        String wanted = number.strip().toUpperCase(Locale.ROOT);
        if (wanted.length() > MAX_NUMBER_LENGTH || ControlCharacters.in(wanted)) {
            // no certificate has such a number; PostgreSQL would refuse a NUL in it rather than find nothing
            return Future.succeededFuture(Optional.empty());
        }
        return database.preparedQuery(BY_NUMBER).execute(Tuple.of(wanted))
                .map(rows -> {
                    RowIterator<Row> found = rows.iterator();
                    return found.hasNext() ? Optional.of(entry(found.next())) : Optional.empty();
                });
    }

    private static PublicCertificate entry(Row row) {
        return new PublicCertificate(row.getString("number"), row.getString("holder_name"),
                Standard.valueOf(row.getString("standard")).title(), row.getString("scope"),
                CertificateStatus.valueOf(row.getString("status")), row.getLocalDate("status_since"),
                row.getLocalDate("original_certification_date"), row.getLocalDate("issue_date"),
                row.getLocalDate("expiry_date"), row.getInteger("revision"), sites(row));
    }

    private static List<PublicSite> sites(Row row) {
        String[] names = row.getArrayOfStrings("site_names");
        if (names == null) {
            return List.of();
        }
        String[] cities = row.getArrayOfStrings("site_cities");
        String[] countries = row.getArrayOfStrings("site_countries");
        String[] scopes = row.getArrayOfStrings("site_scopes");
        String certificateScope = row.getString("scope");
        List<PublicSite> sites = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            sites.add(new PublicSite(names[i], cities[i], countries[i],
                    scopes[i] != null ? scopes[i] : certificateScope));
        }
        return List.copyOf(sites);
    }
}
