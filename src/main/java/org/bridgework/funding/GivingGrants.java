package org.bridgework.funding;

import org.bridgework.reference.Ward;
import org.bridgework.reference.WardDirectory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One grant in 360Giving's shape: as a JSON object for the data package, and as a spreadsheet row. */
@Component
class GivingGrants {

    static final List<String> FIRST_COLUMNS = List.of("Identifier", "Title", "Description", "Currency", "Amount Awarded",
            "Award Date", "Planned Dates:Start Date", "Planned Dates:End Date", "Planned Dates:Duration (months)",
            "Recipient Org:Identifier", "Recipient Org:Name", "Funding Org:Identifier", "Funding Org:Name",
            "Grant Programme:Code", "Grant Programme:Title");
    private static final List<String> LOCATION_COLUMNS = List.of("Name", "Geographic Code", "Geographic Code Type");
    static final String LAST_MODIFIED = "Last Modified";

    private final FundingSettings settings;
    private final WardDirectory wards;
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    GivingGrants(FundingSettings settings, WardDirectory wards) {
        this.settings = settings;
        this.wards = wards;
    }

    /** 360Giving's column titles; the first location has plain titles, later ones are numbered as the converter expects. */
    static List<String> headers(int locations) {
        var headers = new ArrayList<>(FIRST_COLUMNS);
        for (int i = 0; i < Math.max(1, locations); i++) {
            for (String c : LOCATION_COLUMNS) {
                headers.add("Beneficiary Location:" + (i == 0 ? "" : i + ":") + c);
            }
        }
        headers.add(LAST_MODIFIED);
        return headers;
    }

    String grantId(Grant g) {
        return settings.grantIdentifier(g.id());
    }

    /**
     * A recipient with no registered number gets an identifier under the publisher's own 360G prefix, as 360Giving's
     * guidance allows, so that every grant still names its recipient by id.
     */
    String recipientId(Grant g) {
        return g.recipientIdentifier() != null ? g.recipientIdentifier() : settings.grantIdPrefix + "org-" + g.recipientOrganisationId();
    }

    static String programmeCode(String programme) {
        return programme == null ? null : programme.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    ObjectNode toJson(Grant g, Instant modified) {
        ObjectNode o = nodes.objectNode();
        o.put("id", grantId(g));
        o.put("title", g.title());
        o.put("description", g.description());
        o.put("currency", g.currency());
        o.put("amountAwarded", g.amountAwarded());
        o.put("awardDate", g.awardDate() == null ? null : g.awardDate().toString());
        if (g.plannedStart() != null || g.plannedEnd() != null) {
            var dates = o.putArray("plannedDates").addObject();
            if (g.plannedStart() != null) {
                dates.put("startDate", g.plannedStart().toString());
            }
            if (g.plannedEnd() != null) {
                dates.put("endDate", g.plannedEnd().toString());
            }
            if (g.plannedStart() != null && g.plannedEnd() != null) {
                dates.put("duration", months(g));
            }
        }
        o.putArray("recipientOrganization").addObject().put("id", recipientId(g)).put("name", g.recipientName());
        o.putArray("fundingOrganization").addObject().put("id", g.funderIdentifier()).put("name", g.funderName());
        if (!g.wardCodes().isEmpty() || g.lsoaCode() != null) {
            var places = o.putArray("beneficiaryLocation");
            for (var location : locations(g)) {
                places.addObject().put("name", location.get(0)).put("geoCode", location.get(1)).put("geoCodeType", location.get(2));
            }
        }
        o.putArray("grantProgramme").addObject().put("code", programmeCode(g.programme())).put("title", g.programme());
        if (modified != null) {
            o.put("dateModified", modified.truncatedTo(ChronoUnit.SECONDS).toString());
        }
        return o;
    }

    /** The cells of one spreadsheet row, under {@link #headers(int)} for {@code locations} location groups. */
    List<Object> toRow(Grant g, Instant modified, int locations) {
        var row = new ArrayList<Object>();
        row.add(grantId(g));
        row.add(g.title());
        row.add(g.description());
        row.add(g.currency());
        row.add(g.amountAwarded());
        row.add(g.awardDate());
        row.add(g.plannedStart());
        row.add(g.plannedEnd());
        row.add(g.plannedStart() != null && g.plannedEnd() != null ? months(g) : null);
        row.add(recipientId(g));
        row.add(g.recipientName());
        row.add(g.funderIdentifier());
        row.add(g.funderName());
        row.add(programmeCode(g.programme()));
        row.add(g.programme());
        var places = locations(g);
        for (int i = 0; i < Math.max(1, locations); i++) {
            for (int c = 0; c < 3; c++) {
                row.add(i < places.size() ? places.get(i).get(c) : null);
            }
        }
        row.add(modified == null ? null : modified.truncatedTo(ChronoUnit.SECONDS).toString());
        return row;
    }

    /** Name, code and code type of each place: the wards (type WD), then the LSOA. */
    private List<List<String>> locations(Grant g) {
        var list = new ArrayList<List<String>>();
        for (String code : g.wardCodes()) {
            list.add(List.of(wards.byCode(code).map(Ward::name).orElse(code), code, "WD"));
        }
        if (g.lsoaCode() != null) {
            list.add(List.of(g.lsoaCode(), g.lsoaCode(), "LSOA"));
        }
        return list;
    }

    private static long months(Grant g) {
        return Math.max(1, ChronoUnit.MONTHS.between(g.plannedStart(), g.plannedEnd().plusDays(1)));
    }
}
