package io.opencert.client.client;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A person the certification body deals with at the client, e.g. the SMS manager. */
@Embeddable
public class ClientContact {
    @Column(nullable = false)
    public String name;

    public String role;

    @Column(nullable = false)
    public String email;

    public String phone;

    public ClientContact() {
    }

    public ClientContact(String name, String role, String email, String phone) {
        this.name = name;
        this.role = role;
        this.email = email;
        this.phone = phone;
    }

    @Override
    public String toString() {
        return name + (role == null ? "" : " (" + role + ")") + " <" + email + ">";
    }
}
