package io.opencert.notification.notice;

import io.opencert.notification.addressee.Addressee;
import io.opencert.notification.addressee.Addressees;
import io.opencert.notification.addressee.Recipient;
import io.opencert.notification.auditor.AuditorAddresses;
import io.opencert.notification.reminder.ReminderPreference;
import io.opencert.notification.reminder.ReminderPreferences;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Makes the notices of the events, in the consumer's transaction: one per event and kind, with a mail per recipient
 * written there and then, so that the mails say what the event said even if they go out later.
 */
@ApplicationScoped
public class Notices {
    private final NoticeRepository notices;
    private final DeliveryRepository deliveries;
    private final Addressees addressees;
    private final AuditorAddresses auditors;
    private final ReminderPreferences preferences;
    private final MailWriter writer;
    private final Clock clock;
    private final Timeliness timeliness;
    private final String staffAddress;

    Notices(NoticeRepository notices, DeliveryRepository deliveries, Addressees addressees, AuditorAddresses auditors,
            ReminderPreferences preferences, MailWriter writer, Clock clock,
            @ConfigProperty(name = "cb.notification.max-event-age") Duration maxEventAge,
            @ConfigProperty(name = "cb.notification.staff-address") String staffAddress) {
        this.notices = notices;
        this.deliveries = deliveries;
        this.addressees = addressees;
        this.auditors = auditors;
        this.preferences = preferences;
        this.writer = writer;
        this.clock = clock;
        this.timeliness = new Timeliness(maxEventAge);
        this.staffAddress = staffAddress;
    }

    /** The notice of {@code kind} of the event {@code causeEventId}, unless it was made before. */
    public Uni<Void> record(UUID causeEventId, NoticeKind kind, UUID clientId, Instant occurredAt,
                            Map<String, Object> facts) {
        return notices.exists(causeEventId, kind).flatMap(made -> {
            if (made) {
                return Uni.createFrom().voidItem();
            }
            Notice notice = Notice.of(causeEventId, kind, clientId, facts, occurredAt, clock.instant());
            return notices.persist(notice).flatMap(ignored -> deliver(notice));
        });
    }

    /** Writes the mails of the client's notices that waited for its contacts, now that they are known. */
    public Uni<Void> contactsKnown(UUID clientId) {
        return notices.awaitingContacts(clientId).flatMap(waiting -> {
            Uni<Void> done = Uni.createFrom().voidItem();
            for (Notice notice : waiting) {
                done = done.flatMap(ignored -> deliver(notice));
            }
            return done;
        });
    }

    private Uni<Void> deliver(Notice notice) {
        if (timeliness.stale(notice.occurredAt(), clock.instant())) {
            notice.lapse();
            return Uni.createFrom().voidItem();
        }
        Uni<Optional<Addressee>> addressee = notice.clientId() == null ? Uni.createFrom().item(Optional.empty())
                : addressees.of(notice.clientId());
        return addressee.flatMap(client -> {
            String clientName = client.map(Addressee::clientName).orElse("");
            if (notice.kind().audience() == Audience.AUDIT_TEAM) {
                @SuppressWarnings("unchecked")
                List<String> team = (List<String>) notice.model().getOrDefault("teamUsernames", List.of());
                return auditors.of(team).flatMap(members -> write(notice, clientName, members, Map.of()));
            }
            if (notice.kind().audience() != Audience.CLIENT_CONTACTS) {
                return write(notice, clientName, Recipients.of(notice.kind(), notice.model(), List.of(), Set.of(),
                        staffAddress), Map.of());
            }
            List<Recipient> contacts = client.map(Addressee::recipients).orElse(List.of());
            if (contacts.isEmpty()) {
                notice.awaitContacts();
                return Uni.createFrom().voidItem();
            }
            notice.deliver();
            if (!notice.kind().reminder()) {
                return write(notice, clientName, contacts, Map.of());
            }
            return preferences.of(notice.clientId(), contacts.stream().map(Recipient::email).toList())
                    .flatMap(byEmail -> write(notice, clientName, Recipients.of(notice.kind(), notice.model(), contacts,
                            byEmail.values().stream().filter(preference -> !preference.wantsReminders())
                                    .map(ReminderPreference::email).collect(Collectors.toSet()), staffAddress),
                            byEmail));
        });
    }

    private Uni<Void> write(Notice notice, String clientName, List<Recipient> recipients,
                            Map<String, ReminderPreference> reminderLinks) {
        Instant now = clock.instant();
        List<Delivery> mails = recipients.stream().map(recipient -> {
            ReminderPreference preference = reminderLinks.get(recipient.email());
            String optOutUrl = preference == null ? null : preferences.optOutUrl(preference);
            return Delivery.of(notice, recipient, writer.write(notice.kind(), notice.model(), clientName, recipient,
                    optOutUrl), optOutUrl, now);
        }).toList();
        return mails.isEmpty() ? Uni.createFrom().voidItem() : deliveries.persist(mails); // everyone opted out
    }
}
