package org.bridgework.funding;

import org.bridgework.IntegrationTest;
import org.bridgework.reports.AreaFigure;
import org.bridgework.reports.AreaProvisionSource;
import org.bridgework.reports.ProvisionMeasure;
import org.bridgework.reports.ReportPeriod;
import org.bridgework.reports.ReportScope;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class FundingProvisionTest extends IntegrationTest {

    private static final ReportPeriod YEAR_2025 = new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

    @Autowired
    GrantService grants;
    @Autowired
    List<AreaProvisionSource> sources;

    private AreaProvisionSource funding() {
        return sources.stream().filter(FundingProvision.class::isInstance).findFirst().orElseThrow();
    }

    @Test
    void fundingPerWardSplitsAGrantEquallyBetweenItsWardsAndCountsLsoasSeparately() {
        var recipient = fixtures.organisation("Split");
        fixtures.signInAs(Role.MANAGER);
        grants.save(FundingFixtures.grant(recipient.id(), "Three wards", "900", LocalDate.of(2025, 3, 1),
                List.of("E05009288", "E05009289", "E05009290")));
        var withLsoa = FundingFixtures.grant(recipient.id(), "One ward and an LSOA", "100.40", LocalDate.of(2025, 12, 31), List.of("E05009288"));
        grants.save(new Grant(null, 0, withLsoa.title(), withLsoa.description(), withLsoa.amountAwarded(), "GBP",
                withLsoa.awardDate(), null, null, "Bridging Divides", "GB-CHC-1035628", "City Bridge Trust", recipient.id(),
                null, null, withLsoa.wardCodes(), "E01000001", null));
        grants.save(FundingFixtures.grant(recipient.id(), "Last year", "5000", LocalDate.of(2024, 12, 31), List.of("E05009288")));
        fixtures.signInAs(Role.OFFICER);

        var figures = funding().provision(YEAR_2025, ReportScope.organisation(recipient.id()));

        assertThat(figures).allSatisfy(f -> assertThat(f.measure()).isEqualTo(ProvisionMeasure.FUNDING_AWARDED_GBP));
        assertThat(figures).extracting(AreaFigure::wardCode, AreaFigure::lsoaCode, f -> f.value().toPlainString())
                .containsExactlyInAnyOrder(
                        tuple("E05009288", null, "400"),
                        tuple("E05009289", null, "300"),
                        tuple("E05009290", null, "300"),
                        tuple(null, "E01000001", "100"));
    }

    @Test
    void aPartnerGetsOnlyTheFundingItsOwnOrganisationReceived() {
        var other = fixtures.organisation("Elsewhere");
        long own = fixtures.signInAs(Role.PARTNER).organisationId().orElseThrow();
        fixtures.signInAs(Role.MANAGER);
        grants.save(FundingFixtures.grant(own, "Ours", "1000", LocalDate.of(2025, 5, 1), List.of("E05009291")));
        grants.save(FundingFixtures.grant(other.id(), "Theirs", "7000", LocalDate.of(2025, 5, 1), List.of("E05009291")));

        fixtures.signInAs(Role.PARTNER, own, null);
        assertThat(funding().provision(YEAR_2025, ReportScope.organisation(own)))
                .extracting(AreaFigure::wardCode, f -> f.value().toPlainString()).containsExactly(tuple("E05009291", "1000"));
        assertThat(funding().provision(YEAR_2025, ReportScope.everything()))
                .as("the whole City narrows to the partner's own grants")
                .extracting(AreaFigure::wardCode, f -> f.value().toPlainString()).containsExactly(tuple("E05009291", "1000"));
        assertThatThrownBy(() -> funding().provision(YEAR_2025, ReportScope.organisation(other.id())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
