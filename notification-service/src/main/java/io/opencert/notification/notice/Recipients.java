package io.opencert.notification.notice;

import io.opencert.notification.addressee.Recipient;

import java.util.List;
import java.util.Set;

/**
 * Who gets the mails of a notice: the staff address, or each of the client's contacts, leaving out those who opted
 * out of reminders when the notice is one.
 */
public final class Recipients {
    private Recipients() {
    }

    public static List<Recipient> of(NoticeKind kind, List<Recipient> contacts, Set<String> optedOut,
                                     String staffAddress) {
        if (kind.audience() == Audience.STAFF) {
            return List.of(new Recipient(null, staffAddress));
        }
        return contacts.stream().filter(contact -> !(kind.reminder() && optedOut.contains(contact.email()))).toList();
    }
}
