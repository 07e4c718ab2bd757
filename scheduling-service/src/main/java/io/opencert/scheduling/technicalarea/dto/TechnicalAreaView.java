package io.opencert.scheduling.technicalarea.dto;

import io.opencert.scheduling.technicalarea.TechnicalArea;

import java.time.LocalDate;

/** @param retiredOn the day from which no new qualification or scope names the area; null while it is offered */
public record TechnicalAreaView(String code, String title, String iafCode, LocalDate retiredOn) {

    public static TechnicalAreaView of(TechnicalArea area) {
        return new TechnicalAreaView(area.code(), area.title(), area.iafCode(), area.retiredOn());
    }
}
