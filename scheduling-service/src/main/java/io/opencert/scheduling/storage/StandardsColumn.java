package io.opencert.scheduling.storage;

import io.opencert.events.model.Standard;

public class StandardsColumn extends JsonListConverter<Standard> {
    public StandardsColumn() {
        super(Standard.class);
    }
}
