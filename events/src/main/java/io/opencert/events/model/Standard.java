package io.opencert.events.model;

/** The standards a certification body certifies against, with edition. */
public enum Standard {
    ISO_IEC_20000_1_2018("ISO/IEC 20000-1:2018"),
    ISO_IEC_20000_1_2011("ISO/IEC 20000-1:2011"),
    ISO_IEC_TR_20000_9_2015("ISO/IEC TR 20000-9:2015");

    private final String title;

    Standard(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
