package org.bridgework.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A grant or commission awarded to a partner organisation, as the register shows it; also the form for recording
 * or editing one. The recipient's name and org-id are filled in by the service from the directory.
 * {@code wardCodes} are the City wards benefiting (ONS codes); {@code lsoaCode} an LSOA instead of or besides them.
 */
public record Grant(Long id, long version, String title, String description, BigDecimal amountAwarded, String currency,
                    LocalDate awardDate, LocalDate plannedStart, LocalDate plannedEnd, String programme,
                    String funderIdentifier, String funderName, Long recipientOrganisationId, String recipientIdentifier,
                    String recipientName, List<String> wardCodes, String lsoaCode, Long strategyProgrammeId) {

    public Grant {
        wardCodes = wardCodes == null ? List.of() : List.copyOf(wardCodes);
    }

    public Grant withVersion(long newVersion) {
        return new Grant(id, newVersion, title, description, amountAwarded, currency, awardDate, plannedStart, plannedEnd,
                programme, funderIdentifier, funderName, recipientOrganisationId, recipientIdentifier, recipientName,
                wardCodes, lsoaCode, strategyProgrammeId);
    }

    public Grant withAmount(BigDecimal amount) {
        return new Grant(id, version, title, description, amount, currency, awardDate, plannedStart, plannedEnd,
                programme, funderIdentifier, funderName, recipientOrganisationId, recipientIdentifier, recipientName,
                wardCodes, lsoaCode, strategyProgrammeId);
    }

    public Grant withTitle(String newTitle) {
        return new Grant(id, version, newTitle, description, amountAwarded, currency, awardDate, plannedStart, plannedEnd,
                programme, funderIdentifier, funderName, recipientOrganisationId, recipientIdentifier, recipientName,
                wardCodes, lsoaCode, strategyProgrammeId);
    }

    public Grant withFunder(String identifier, String name) {
        return new Grant(id, version, title, description, amountAwarded, currency, awardDate, plannedStart, plannedEnd,
                programme, identifier, name, recipientOrganisationId, recipientIdentifier, recipientName,
                wardCodes, lsoaCode, strategyProgrammeId);
    }
}
