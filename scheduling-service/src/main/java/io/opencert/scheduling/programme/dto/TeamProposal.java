package io.opencert.scheduling.programme.dto;

import io.opencert.scheduling.rules.TeamSuggestion;

import java.time.LocalDate;
import java.util.List;

/** Dates and a team the rules accept today; posted unchanged as a booking, it books the audit. */
public record TeamProposal(LocalDate startDate, LocalDate endDate, List<BookingRequest.Member> team) {

    public static TeamProposal of(TeamSuggestion.Proposal proposal) {
        return new TeamProposal(proposal.startDate(), proposal.endDate(), proposal.team().stream()
                .map(member -> new BookingRequest.Member(member.username(), member.role()))
                .toList());
    }
}
