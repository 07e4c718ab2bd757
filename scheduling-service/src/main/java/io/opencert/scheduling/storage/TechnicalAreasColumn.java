package io.opencert.scheduling.storage;

/** Codes of technical areas of the catalogue. */
public class TechnicalAreasColumn extends JsonListConverter<String> {
    public TechnicalAreasColumn() {
        super(String.class);
    }
}
