package io.opencert.scheduling.technicalarea;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A kind of IT service a client's scope may cover (hosting, cloud, service desk, ...), with the IAF code of its
 * sector; auditors are qualified for technical areas, and a team must cover every one of the scope.
 */
@Entity
@Table(name = "technical_area")
public class TechnicalArea {
    @Id
    private String code;

    @Column(nullable = false)
    private String title;

    @Column(name = "iaf_code", nullable = false)
    private String iafCode;

    /** From this day no new qualification or scope names the area; those that do keep it. */
    @Column(name = "retired_on")
    private LocalDate retiredOn;

    protected TechnicalArea() {
    }

    /** An area as the catalogue offers it; it is stored by {@link TechnicalAreaRepository#addIfAbsent}. */
    public TechnicalArea(String code, String title, String iafCode) {
        this.code = code;
        this.title = title;
        this.iafCode = iafCode;
    }

    /** Retiring twice keeps the first day. */
    public void retire(LocalDate on) {
        if (retiredOn == null) {
            retiredOn = on;
        }
    }

    public boolean offeredOn(LocalDate day) {
        return retiredOn == null || day.isBefore(retiredOn);
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String iafCode() {
        return iafCode;
    }

    public LocalDate retiredOn() {
        return retiredOn;
    }
}
