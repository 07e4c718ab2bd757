package io.opencert.events.model;

import java.util.UUID;

public record Site(UUID siteId, String name, String city, String country, boolean centralFunction, int persons) {
}
