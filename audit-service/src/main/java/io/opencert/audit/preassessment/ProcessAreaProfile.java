package io.opencert.audit.preassessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How mature one process area is (0 to 5), and what was found strong and weak in it. */
@Embeddable
public class ProcessAreaProfile {
    @Column(name = "process_area", nullable = false)
    private String processArea;

    @Column(nullable = false)
    private int maturity;

    private String strengths;

    private String weaknesses;

    protected ProcessAreaProfile() {
    }

    public ProcessAreaProfile(String processArea, int maturity, String strengths, String weaknesses) {
        this.processArea = processArea;
        this.maturity = maturity;
        this.strengths = strengths;
        this.weaknesses = weaknesses;
    }

    public String processArea() {
        return processArea;
    }

    public int maturity() {
        return maturity;
    }

    public String strengths() {
        return strengths;
    }

    public String weaknesses() {
        return weaknesses;
    }
}
