package org.bridgework.scale;

import org.bridgework.reference.Ward;
import org.bridgework.reference.WardDirectory;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Grants over the generated organisations (10,000 at London scale): Bridging Divides from City Bridge Trust across
 * London, the school visits travel fund and commissions from the council. City grants name one to three wards;
 * grants elsewhere in London name the LSOA they serve.
 */
@Component
class GrantsPart implements DatasetPart {

    static final String TABLE = "grant_award";
    private static final List<String> COLUMNS = List.of("id", "version", "title", "description", "amount_awarded",
            "currency", "award_date", "planned_start", "planned_end", "programme", "funder_identifier", "funder_name",
            "recipient_organisation_id", "recipient_identifier", "recipient_name", "lsoa_code", "strategy_programme_id",
            "created_at", "created_by", "updated_at", "updated_by");
    private static final List<String> WARD_COLUMNS = List.of("grant_id", "ward_code");
    private record Programme(String title, String funderId, String funderName, int minPounds, int maxPounds, String purpose) {
    }
    private static final List<Programme> PROGRAMMES = List.of(
            new Programme("Bridging Divides", "GB-CHC-1035628", "City Bridge Trust", 5_000, 150_000,
                    "Bridging Divides: %s for Londoners facing disadvantage"),
            new Programme("Bridging Divides", "GB-CHC-1035628", "City Bridge Trust", 5_000, 150_000,
                    "Bridging Divides: %s in the community"),
            new Programme("School visits travel fund", "GB-LAE-LND", "City of London Corporation", 150, 2_500,
                    "School visits travel fund: travel for %s"),
            new Programme("Commissioned services", "GB-LAE-LND", "City of London Corporation", 10_000, 250_000,
                    "Commissioned service: %s"),
            new Programme("Community grants", "GB-LAE-LND", "City of London Corporation", 500, 10_000,
                    "Community grant: %s"));
    private static final List<String> PURPOSES = List.of("money advice", "youth club sessions", "English conversation",
            "befriending older residents", "employment support", "arts workshops", "a food bank", "family learning",
            "digital skills", "healthy cooking classes", "a museum visit", "mentoring young people");

    private final WardDirectory wards;

    GrantsPart(WardDirectory wards) {
        this.wards = wards;
    }

    @Override
    public String name() {
        return "grants";
    }

    @Override
    public int order() {
        return 55;
    }

    @Override
    public void generate(GenerationContext context) {
        Random random = context.random(name());
        var geography = new LondonGeography(wards.reference(), 0.4);
        List<Ward> city = wards.reference();
        var organisations = context.range(OrganisationsPart.TABLE);
        var recipients = context.jdbc().query("select id, name, org_identifier from organisation where id between ? and ? order by id",
                (rs, n) -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)}, organisations.first(), organisations.last());
        int total = (int) context.preset().count(10_000);
        long first = context.nextId(TABLE);
        var created = LocalDateTime.of(2024, 1, 1, 9, 0);
        // ward rows wait until every grant is in, as they refer to the grants
        var wardRows = new ArrayList<Object[]>();
        try (var grants = new BatchInsert(context.dataSource(), TABLE, COLUMNS, 500)) {
            for (int i = 0; i < total; i++) {
                long id = first + i;
                var programme = PROGRAMMES.get(random.nextInt(PROGRAMMES.size()));
                var recipient = recipients.get(random.nextInt(recipients.size()));
                String purpose = PURPOSES.get(random.nextInt(PURPOSES.size()));
                int pounds = programme.minPounds() + random.nextInt(programme.maxPounds() - programme.minPounds() + 1);
                var amount = BigDecimal.valueOf(pounds < 5_000 ? pounds * 100L + random.nextInt(100) : pounds / 100 * 10_000L, 2);
                LocalDate awarded = GenerationContext.AS_OF.minusDays(random.nextInt(5 * 365));
                LocalDate start = awarded.plusDays(14 + random.nextInt(60));
                LocalDate end = start.plusMonths(programme.maxPounds() < 5_000 ? 0 : 6 + random.nextInt(31));
                var place = geography.place(random);
                String lsoa = place.wardCode() == null ? place.lsoaCode() : null;
                if (place.wardCode() != null) {
                    int count = 1 + random.nextInt(3);
                    int from = random.nextInt(city.size());
                    for (int w = 0; w < count; w++) {
                        wardRows.add(new Object[]{id, city.get((from + w) % city.size()).code()});
                    }
                }
                var at = created.plusMinutes(i);
                grants.add(id, 0, String.format(programme.purpose(), purpose), "Funding for " + purpose + " run by "
                                + recipient[1] + ".", amount, "GBP", awarded, start, end, programme.title(),
                        programme.funderId(), programme.funderName(), Long.parseLong(recipient[0]), recipient[2],
                        recipient[1], lsoa, null, Timestamp.valueOf(at), "generator", Timestamp.valueOf(at), "generator");
                if ((i + 1) % 2_000 == 0) {
                    context.progress(name(), i + 1, total);
                }
            }
        }
        try (var grantWards = new BatchInsert(context.dataSource(), "grant_ward", WARD_COLUMNS, 1000)) {
            wardRows.forEach(grantWards::add);
        }
        context.recordRange(TABLE, new GenerationContext.IdRange(first, first + total - 1));
        context.progress(name(), total, total);
    }
}
