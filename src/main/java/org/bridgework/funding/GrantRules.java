package org.bridgework.funding;

import org.bridgework.activities.StrategyKind;
import org.bridgework.activities.StrategyService;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.reference.WardDirectory;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import java.util.regex.Pattern;

/** What a grant must say before it is saved, in words a grants officer would use; every message names its field. */
@Component
class GrantRules {

    /** org-id.guide: a country, a register code, then the organisation's number on that register. */
    static final Pattern ORG_ID = Pattern.compile("[A-Z]{2}-[A-Z]{3,5}-[A-Za-z0-9]{1,30}");
    static final Pattern LSOA = Pattern.compile("E01[0-9]{6}");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    private final WardDirectory wards;
    private final StrategyService strategy;

    GrantRules(WardDirectory wards, StrategyService strategy) {
        this.wards = wards;
        this.strategy = strategy;
    }

    void check(Grant g, Optional<OrganisationDetails> recipient) {
        var errors = new InvalidInputException.Collector()
                .check(present(g.title()), "title", "Enter a title, for example \"Bridging Divides: money advice in Portsoken\".")
                .check(g.title() == null || g.title().trim().length() <= 200, "title", "Keep the title to 200 characters.")
                .check(present(g.description()), "description", "Describe what the grant is for: 360Giving requires a description.")
                .check(g.description() == null || g.description().trim().length() <= 4000, "description",
                        "Keep the description to 4,000 characters.")
                .check(g.awardDate() != null, "awardDate", "Enter the date the grant was awarded.")
                .check(present(g.programme()), "programme", "Choose or type the funding programme, for example Bridging Divides.")
                .check(g.programme() == null || g.programme().trim().length() <= 120, "programme", "Keep the programme name to 120 characters.")
                .check(present(g.funderName()), "funderName", "Enter the funder's name.")
                .check(present(g.funderIdentifier()) && ORG_ID.matcher(g.funderIdentifier().trim()).matches(), "funderIdentifier",
                        "Enter the funder's org-id, for example GB-LAE-LND for the City of London Corporation.")
                .check(g.plannedStart() == null || g.plannedEnd() == null || !g.plannedEnd().isBefore(g.plannedStart()),
                        "plannedEnd", "The planned end must be on or after the planned start.")
                .check(g.recipientOrganisationId() != null && recipient.isPresent(), "recipient",
                        "Choose the organisation that received the grant.")
                .check(!g.wardCodes().isEmpty() || present(g.lsoaCode()), "wards",
                        "Choose the wards that benefit, or give an LSOA code.")
                .check(g.wardCodes().stream().allMatch(code -> wards.byCode(code).isPresent()), "wards",
                        "Choose wards from the list of City wards.")
                .check(!present(g.lsoaCode()) || LSOA.matcher(g.lsoaCode().trim()).matches(), "lsoaCode",
                        "An LSOA code is E01 and six digits, for example E01000001.")
                .check(g.strategyProgrammeId() == null || strategy.list(StrategyKind.PROGRAMME, false).stream()
                        .anyMatch(p -> p.id().equals(g.strategyProgrammeId())), "strategyProgramme",
                        "Choose a programme from the strategy's list, or leave it empty.");
        checkAmount(g.amountAwarded(), errors);
        checkCurrency(g.currency(), errors);
        errors.throwIfAny();
    }

    private static void checkAmount(BigDecimal amount, InvalidInputException.Collector errors) {
        if (amount == null) {
            errors.add("amountAwarded", "Enter the amount awarded in pounds, for example 25000 or 1250.50.");
        } else if (amount.signum() <= 0) {
            errors.add("amountAwarded", "The amount awarded must be more than £0.");
        } else if (amount.stripTrailingZeros().scale() > 2) {
            errors.add("amountAwarded", "Give the amount in pounds and pence, with no more than two decimal places.");
        } else if (amount.compareTo(MAX_AMOUNT) > 0) {
            errors.add("amountAwarded", "That amount is too large; check for extra zeros.");
        }
    }

    private static void checkCurrency(String currency, InvalidInputException.Collector errors) {
        boolean known = false;
        if (currency != null && currency.trim().matches("[A-Z]{3}")) {
            try {
                Currency.getInstance(currency.trim());
                known = true;
            } catch (IllegalArgumentException unknown) {
                known = false;
            }
        }
        errors.check(known, "currency", "Use a three-letter currency code such as GBP.");
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
