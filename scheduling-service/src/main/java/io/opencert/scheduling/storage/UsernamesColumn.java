package io.opencert.scheduling.storage;

public class UsernamesColumn extends JsonListConverter<String> {
    public UsernamesColumn() {
        super(String.class);
    }
}
