package io.opencert.notification.notice;

import io.opencert.notification.addressee.Recipient;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who gets the mails of a notice: the staff address, the person the event names, or each of the client's contacts,
 * leaving out those who opted out of reminders when the notice is one.
 */
public final class Recipients {
    private Recipients() {
    }

    public static List<Recipient> of(NoticeKind kind, Map<String, Object> facts, List<Recipient> contacts,
                                     Set<String> optedOut, String staffAddress) {
        if (kind.audience() == Audience.STAFF) {
            return List.of(new Recipient(null, staffAddress));
        }
        if (kind.audience() == Audience.PERSON_NAMED) {
            return List.of(new Recipient((String) facts.get("personName"), (String) facts.get("personEmail")));
        }
        return contacts.stream().filter(contact -> !(kind.reminder() && optedOut.contains(contact.email()))).toList();
    }
}
