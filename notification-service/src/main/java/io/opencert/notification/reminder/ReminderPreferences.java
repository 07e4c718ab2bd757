package io.opencert.notification.reminder;

import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.security.CurrentUser;
import io.opencert.notification.addressee.Addressee;
import io.opencert.notification.addressee.Addressees;
import io.opencert.notification.addressee.Recipient;
import io.opencert.notification.reminder.dto.ContactReminders;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Which of a client's contacts want reminders; the contacts themselves stop them through the link in each one. */
@ApplicationScoped
public class ReminderPreferences {
    static final String WHAT = "Contact";
    private static final String LINK_PATH = "/api/v1/notifications/reminders/";

    private final ReminderPreferenceRepository preferences;
    private final Addressees addressees;
    private final CurrentUser user;
    private final Clock clock;
    private final String publicBaseUrl;

    ReminderPreferences(ReminderPreferenceRepository preferences, Addressees addressees, CurrentUser user, Clock clock,
                        @ConfigProperty(name = "cb.notification.public-base-url") String publicBaseUrl) {
        this.preferences = preferences;
        this.addressees = addressees;
        this.user = user;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /** The preferences of these addresses of the client, made for those that have none yet; in the caller's transaction. */
    public Uni<Map<String, ReminderPreference>> of(UUID clientId, Collection<String> emails) {
        return preferences.ofClient(clientId).flatMap(known -> {
            Map<String, ReminderPreference> byEmail = known.stream()
                    .collect(Collectors.toMap(ReminderPreference::email, Function.identity()));
            List<ReminderPreference> made = new ArrayList<>();
            for (String email : emails) {
                if (!byEmail.containsKey(email)) {
                    ReminderPreference preference = ReminderPreference.of(clientId, email);
                    byEmail.put(email, preference);
                    made.add(preference);
                }
            }
            return made.isEmpty() ? Uni.createFrom().item(byEmail) : preferences.persist(made).replaceWith(byEmail);
        });
    }

    /** The link in a reminder that stops them, without a login. */
    public String optOutUrl(ReminderPreference preference) {
        return publicBaseUrl + LINK_PATH + preference.token();
    }

    @WithSession
    public Uni<ReminderPreference> byToken(String token) {
        return known(token);
    }

    /** The contact behind the link stops their reminders; a second click changes nothing. */
    @WithTransaction
    public Uni<ReminderPreference> optOut(String token) {
        return known(token).invoke(found -> found.optOut("the contact, through the link in a reminder",
                clock.instant()));
    }

    private Uni<ReminderPreference> known(String token) {
        return preferences.byToken(token).onItem().ifNull()
                .failWith(() -> new NotFoundProblem("No reminders are sent with this link."));
    }

    /** Each contact of the client, with whether they get reminders (a client user: their own organisation only). */
    @WithTransaction
    public Uni<List<ContactReminders>> ofContacts(UUID clientId) {
        user.requireAccessTo(clientId, "Client");
        return addressees.of(clientId).flatMap(found -> {
            List<Recipient> people = found.map(Addressee::recipients).orElse(List.of());
            return of(clientId, people.stream().map(Recipient::email).toList()).map(byEmail -> people.stream()
                    .map(person -> ContactReminders.of(person.name(), byEmail.get(person.email()))).toList());
        });
    }

    /** Staff, or the client's own user, start or stop a contact's reminders. */
    @WithTransaction
    public Uni<ContactReminders> choose(UUID clientId, String email, boolean wanted) {
        user.requireAccessTo(clientId, "Client");
        String address = new Recipient(null, email).email();
        return addressees.of(clientId).flatMap(found -> {
            Recipient contact = found.map(Addressee::recipients).orElse(List.of()).stream()
                    .filter(candidate -> candidate.email().equals(address))
                    .findFirst()
                    .orElseThrow(() -> new NotFoundProblem(WHAT + " " + address + " not found at this client."));
            return of(clientId, List.of(address)).map(byEmail -> {
                ReminderPreference preference = byEmail.get(address);
                if (wanted) {
                    preference.optIn();
                } else {
                    preference.optOut(user.username(), clock.instant());
                }
                return ContactReminders.of(contact.name(), preference);
            });
        });
    }
}
