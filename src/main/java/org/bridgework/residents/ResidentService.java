package org.bridgework.residents;

import org.bridgework.audit.AuditService;
import org.bridgework.platform.ConcurrentEditException;
import org.bridgework.platform.FieldChange;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Access;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One record per person across every programme. The public way for other features to reach residents. */
@Service
public class ResidentService {

    private final ResidentRepository residents;
    private final HouseholdRepository households;
    private final ResidentValidator validator;
    private final AuditService audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final DuplicateDetector duplicates;
    private final ResidentAccess access;
    private final org.springframework.beans.factory.ObjectProvider<ProgrammeParticipation> programmes;
    private final GridBookmarks bookmarks;

    ResidentService(ResidentRepository residents, HouseholdRepository households, ResidentValidator validator,
                    AuditService audit, JdbcClient jdbc, Clock clock, ApplicationEventPublisher events,
                    DuplicateDetector duplicates, ResidentAccess access,
                    org.springframework.beans.factory.ObjectProvider<ProgrammeParticipation> programmes) {
        this.programmes = programmes;
        this.events = events;
        this.duplicates = duplicates;
        this.access = access;
        this.residents = residents;
        this.households = households;
        this.validator = validator;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.bookmarks = new GridBookmarks(clock);
    }

    @PreAuthorize(Access.STAFF)
    @Transactional
    public ResidentSummary create(ResidentForm form) {
        validator.check(form);
        var r = new Resident();
        apply(r, form);
        r.createdAt = clock.instant();
        r.updatedAt = r.createdAt;
        residents.saveAndFlush(r);
        audit.recordCreate("RESIDENT", r.id, r.id, null);
        return r.toSummary();
    }

    /** Refuses to overwrite a newer version: the caller is told who changed what in the meantime. */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public ResidentSummary update(ResidentForm form) {
        validator.check(form);
        var r = existing(form.id());
        if (r.version != form.version()) {
            throw new ConcurrentEditException("This resident's record", FieldChange.between(fields(formAsSaved(form)), fields(r.toForm())));
        }
        var before = fields(r.toForm());
        apply(r, form);
        r.updatedAt = clock.instant();
        residents.saveAndFlush(r);
        audit.recordFieldChanges("RESIDENT", r.id, r.id, FieldChange.between(before, fields(r.toForm())));
        return r.toSummary();
    }

    /**
     * Opening a resident's record is audited. A partner may open only a resident they are allowed to see
     * (consent or a live link); the council's own notes are not shown to partners.
     */
    @PreAuthorize(Access.STAFF_OR_PARTNER)
    @Transactional(readOnly = true)
    public Optional<ResidentForm> open(long id) {
        access.checkMaySee(id);
        var found = residents.findById(id).map(Resident::toForm);
        found.ifPresent(f -> audit.recordView("RESIDENT", id, id));
        return access.isPartner() ? found.map(ResidentService::withoutNotes) : found;
    }

    /** Where a merged record now lives: its survivor's id, or empty when it has not been merged. */
    @PreAuthorize(Access.STAFF_OR_PARTNER)
    @Transactional(readOnly = true)
    public Optional<Long> mergedInto(long id) {
        access.checkMaySee(id);
        return residents.findById(id).map(r -> r.mergedIntoId);
    }

    /** Partners see only residents they may see, volunteers only themselves; others get AccessDeniedException. */
    @PreAuthorize(Access.STAFF_OR_PARTNER + " or " + Access.VOLUNTEERS)
    @Transactional(readOnly = true)
    public Optional<ResidentSummary> summary(long id) {
        access.checkMaySee(id);
        return residents.findById(id).map(Resident::toSummary);
    }

    /** For partners, silently limited to the residents they may see. */
    @PreAuthorize(Access.STAFF_OR_PARTNER)
    @Transactional(readOnly = true)
    public List<ResidentSummary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return visibleOnly(residents.findByIdIn(ids)).stream().map(Resident::toSummary).toList();
    }

    /** Existing residents who are probably the person on this form: typos, swapped names, postcode spacing. */
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public List<LikelyDuplicate> findLikelyDuplicates(ResidentForm form) {
        return duplicates.find(form);
    }

    /** One page of the resident grid, filtered and sorted in SQL on indexed columns. */
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public List<ResidentSummary> search(ResidentFilter filter, int offset, int limit) {
        return search(filter, ResidentSort.NAME, offset, limit);
    }

    /** Each sort order walks an index (name, or date of birth), so a page costs the same on page 1 and page 1,000. */
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public List<ResidentSummary> search(ResidentFilter filter, ResidentSort sort, int offset, int limit) {
        filter = filter == null ? ResidentFilter.none() : filter;
        String orderBy = (sort == null ? ResidentSort.NAME : sort).orderBy();
        var filters = new StringBuilder();
        var filterParams = new ArrayList<Object>();
        where(filter, filters, filterParams);
        var sql = new StringBuilder();
        var params = new ArrayList<Object>();
        var names = nameConditions(filter.name());
        if (names.isEmpty()) {
            return page(filter, sort == null ? ResidentSort.NAME : sort, filters.toString(), filterParams, offset, limit);
        } else {
            // one indexed branch per way the name can match (an OR across columns would scan the table)
            sql.append("select * from (");
            for (int i = 0; i < names.size(); i++) {
                sql.append(i == 0 ? "" : " union ").append("(select ").append(SEARCH_COLUMNS)
                        .append(" from resident where merged_into_id is null and ").append(names.get(i).getKey())
                        .append(filters).append(" order by ").append(orderBy).append(" limit ").append(offset + limit).append(')');
                params.addAll(names.get(i).getValue());
                params.addAll(filterParams);
            }
            sql.append(") found");
        }
        sql.append(" order by ").append(orderBy).append(" limit ? offset ?");
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql.toString()).params(params).query(ResidentService::summaryRow).list();
    }

    /**
     * A deferred join: the inner query walks the sort index for ids only, from the nearest bookmark when one is
     * known, then the outer query reads just this page's rows.
     */
    private List<ResidentSummary> page(ResidentFilter filter, ResidentSort sort, String filters, List<Object> filterParams,
                                       int offset, int limit) {
        var params = new ArrayList<Object>(filterParams);
        var seek = new StringBuilder();
        String from = " from resident";
        int skip = offset;
        // far from any bookmark, skipping entries of the covering live index beats a seek through a narrower one
        var bookmark = offset == 0 ? Optional.<GridBookmarks.Bookmark>empty() : bookmarks.before(filter, sort, offset)
                .filter(b -> offset - b.offset() <= MAX_ROWS_SKIPPED_AFTER_BOOKMARK);
        if (bookmark.isPresent()) {
            seek.append(" and ").append(sort.after(bookmark.get().sortValues(), params));
            skip = offset - bookmark.get().offset();
            // a postcode, ward or programme filter is more selective than the sort index: leave the choice to MariaDB
            if (isBlank(filter.postcode()) && isBlank(filter.wardCode()) && filter.programmeId() == null) {
                from = " from resident force index (" + sort.seekIndex() + ")";
            }
        }
        params.add(limit);
        params.add(skip);
        String sql = "select " + SEARCH_COLUMNS + " from resident join (select id" + from + " where merged_into_id is null"
                + filters + seek + " order by " + sort.orderBy() + " limit ? offset ?) page using (id) order by " + sort.orderBy();
        var lastSortValues = new ArrayList<Object>();
        var rows = jdbc.sql(sql).params(params).query((rs, row) -> {
            lastSortValues.clear();
            for (String column : sort.columns()) {
                lastSortValues.add(column.equals("date_of_birth") ? rs.getObject(column, LocalDate.class) : rs.getObject(column));
            }
            return summaryRow(rs, row);
        }).list();
        if (!rows.isEmpty()) {
            bookmarks.remember(filter, sort, offset + rows.size(), lastSortValues);
        }
        return rows;
    }

    private static final int MAX_ROWS_SKIPPED_AFTER_BOOKMARK = 1_000;

    /**
     * Leaves a bookmark every thousand rows of the grid's common listings: everyone in each sort, and each age
     * band by birth date. Dragging the scroll bar far ahead then seeks from a nearby row instead of skipping
     * hundreds of thousands. Each hop seeks from the one before through an index holding every column it tests
     * (a third of a millisecond for a thousand London rows), so a pass reads each index entry once; bookmarks
     * age out, so {@link GridBookmarkWarmer} repeats it. An age band sorted by name is left out: its hops look
     * up every row's birth date (10 ms each).
     */
    @PreAuthorize(Access.STAFF)
    public void warmGridBookmarks() {
        for (ResidentSort sort : ResidentSort.values()) {
            warm(ResidentFilter.none(), sort);
        }
        for (AgeBand band : AgeBand.values()) {
            warm(new ResidentFilter(null, null, null, band), ResidentSort.OLDEST_FIRST);
            warm(new ResidentFilter(null, null, null, band), ResidentSort.YOUNGEST_FIRST);
        }
    }

    private void warm(ResidentFilter listing, ResidentSort sort) {
        var filters = new StringBuilder();
        var params = new ArrayList<Object>();
        where(listing, filters, params);
        int position = MAX_ROWS_SKIPPED_AFTER_BOOKMARK;
        while (!page(listing, sort, filters.toString(), params, position - 1, 1).isEmpty()) {
            position += MAX_ROWS_SKIPPED_AFTER_BOOKMARK;
        }
    }

    GridBookmarks gridBookmarks() {
        return bookmarks;
    }

    private static ResidentSummary summaryRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String preferred = rs.getString(4);
        String given = preferred != null && !preferred.isBlank() ? preferred : rs.getString(2);
        var dob = rs.getObject(5, LocalDate.class);
        return new ResidentSummary(rs.getLong(1), given + " " + rs.getString(3), dob, rs.getString(6),
                rs.getString(7), rs.getObject(8, Long.class));
    }

    private static final String SEARCH_COLUMNS = "id, legal_given_name, legal_family_name, preferred_name, date_of_birth,"
            + " postcode, ward_code, household_id, family_name_key, given_name_key";

    /** "smi" finds first or last names starting so; "jo smi" finds Jo Smith, and Smith Jo written the other way round. */
    private static List<Map.Entry<String, List<Object>>> nameConditions(String name) {
        String key = NameKey.of(name);
        if (key.isEmpty()) {
            return List.of();
        }
        int space = key.indexOf(' ');
        if (space < 0) {
            return List.of(Map.entry("family_name_key like ?", List.of(key + "%")),
                    Map.entry("given_name_key like ?", List.of(key + "%")));
        }
        String first = key.substring(0, space);
        String rest = key.substring(space + 1);
        return List.of(Map.entry("family_name_key like ?", List.of(key + "%")),
                Map.entry("given_name_key like ? and family_name_key like ?", List.of(first + "%", rest + "%")),
                Map.entry("family_name_key like ? and given_name_key like ?", List.of(first + "%", rest + "%")));
    }

    private void where(ResidentFilter f, StringBuilder sql, List<Object> params) {
        if (f.postcode() != null && !f.postcode().isBlank()) {
            String pc = Postcode.normalise(f.postcode())
                    .orElse(f.postcode().trim().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9 ]", ""));
            sql.append(" and postcode like ?");
            params.add(pc + "%");
        }
        if (f.wardCode() != null && !f.wardCode().isBlank()) {
            sql.append(" and ward_code = ?");
            params.add(f.wardCode());
        }
        if (f.ageBand() != null) {
            LocalDate today = LocalDate.now(clock);
            sql.append(" and date_of_birth > ? and date_of_birth <= ?");
            params.add(today.minusYears(f.ageBand().maxAge() + 1L));
            params.add(today.minusYears(f.ageBand().minAge()));
        }
        if (f.programmeId() != null) {
            var participation = programmes.getIfAvailable();
            sql.append(participation == null ? " and 1=0" : " and " + participation.sqlCondition("resident.id"));
            if (participation != null) {
                params.add(f.programmeId());
            }
        }
    }

    /**
     * Minimal facts for partners and volunteers serving or being served (ward and age only). No identity is
     * disclosed, so the partner-visibility rule does not apply; a volunteer may ask only about themselves.
     */
    @PreAuthorize(Access.STAFF_OR_PARTNER + " or " + Access.VOLUNTEERS)
    @Transactional(readOnly = true)
    public Optional<ResidentFacts> facts(long id) {
        if (access.isVolunteerOtherThan(id)) {
            throw new org.springframework.security.access.AccessDeniedException("You cannot see this resident's record.");
        }
        return residents.findById(id).map(this::facts);
    }

    /** {@link #facts(long)} for many residents in one query; ids with no record are left out. */
    @PreAuthorize(Access.STAFF_OR_PARTNER + " or " + Access.VOLUNTEERS)
    @Transactional(readOnly = true)
    public List<ResidentFacts> facts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        ids.stream().filter(access::isVolunteerOtherThan).findFirst().ifPresent(id -> {
            throw new org.springframework.security.access.AccessDeniedException("You cannot see this resident's record.");
        });
        return residents.findByIdIn(ids).stream().map(this::facts).toList();
    }

    private ResidentFacts facts(Resident r) {
        return new ResidentFacts(r.id, r.wardCode,
                r.dateOfBirth == null ? null : java.time.Period.between(r.dateOfBirth, LocalDate.now(clock)).getYears());
    }

    /** Headline figure for the home page: people on record, merged duplicates and erased records excluded. */
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public long countOnRecord() {
        return jdbc.sql("select count(*) from resident where merged_into_id is null and anonymised_at is null")
                .query(Long.class).single();
    }

    @PreAuthorize(Access.STAFF)
    @Transactional
    public long createHousehold(String name) {
        if (name == null || name.isBlank()) {
            throw InvalidInputException.of("householdName", "Give the household a name, for example the family name.");
        }
        var h = new Household();
        h.name = name.trim();
        h.createdAt = clock.instant();
        households.saveAndFlush(h);
        audit.recordCreate("HOUSEHOLD", h.id, null, h.name);
        return h.id;
    }

    @PreAuthorize(Access.STAFF_OR_PARTNER)
    @Transactional(readOnly = true)
    public List<ResidentSummary> householdMembers(long householdId) {
        return visibleOnly(residents.findByHouseholdId(householdId)).stream()
                .filter(r -> r.mergedIntoId == null).map(Resident::toSummary).toList();
    }

    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public Optional<HouseholdDetails> household(long householdId) {
        return households.findById(householdId).map(h -> new HouseholdDetails(h.id, h.name,
                residents.findByHouseholdId(householdId).stream().filter(r -> r.mergedIntoId == null)
                        .sorted(java.util.Comparator.comparing((Resident r) -> r.familyNameKey).thenComparing(r -> r.givenNameKey))
                        .map(r -> new HouseholdDetails.Member(r.toSummary(), r.householdRelationship)).toList()));
    }

    /** Puts a resident in a household (moving them out of any other), saying how they belong to it. */
    @PreAuthorize(Access.STAFF)
    @Transactional
    public ResidentSummary addToHousehold(long residentId, long householdId, HouseholdRelationship relationship) {
        var household = households.findById(householdId)
                .orElseThrow(() -> InvalidInputException.of("household", "That household no longer exists."));
        if (relationship == null) {
            throw InvalidInputException.of("relationship", "Choose how this person belongs to the household.");
        }
        var r = existing(residentId);
        var before = fields(r.toForm());
        r.householdId = household.id;
        r.householdRelationship = relationship;
        r.updatedAt = clock.instant();
        residents.saveAndFlush(r);
        audit.recordFieldChanges("RESIDENT", r.id, r.id, FieldChange.between(before, fields(r.toForm())));
        return r.toSummary();
    }

    @PreAuthorize(Access.STAFF)
    @Transactional
    public ResidentSummary removeFromHousehold(long residentId) {
        var r = existing(residentId);
        if (r.householdId == null) {
            return r.toSummary();
        }
        var before = fields(r.toForm());
        r.householdId = null;
        r.householdRelationship = null;
        r.updatedAt = clock.instant();
        residents.saveAndFlush(r);
        audit.recordFieldChanges("RESIDENT", r.id, r.id, FieldChange.between(before, fields(r.toForm())));
        return r.toSummary();
    }

    private Resident existing(long residentId) {
        var r = residents.findById(residentId)
                .orElseThrow(() -> InvalidInputException.of("resident", "This resident's record no longer exists."));
        if (r.mergedIntoId != null) {
            throw InvalidInputException.of("resident", "This record was merged into resident " + r.mergedIntoId
                    + ". Make changes there.");
        }
        return r;
    }

    private List<Resident> visibleOnly(List<Resident> found) {
        if (!access.isPartner() || found.isEmpty()) {
            return found;
        }
        var params = new ArrayList<Object>();
        String condition = access.partnerCondition("id", params);
        String in = String.join(",", found.stream().map(r -> "?").toList());
        params.addAll(0, found.stream().map(r -> (Object) r.id).toList());
        var allowed = new java.util.HashSet<>(jdbc.sql("select id from resident where id in (" + in + ") and " + condition)
                .params(params).query(Long.class).list());
        return found.stream().filter(r -> allowed.contains(r.id)).toList();
    }

    private static ResidentForm withoutNotes(ResidentForm f) {
        return new ResidentForm(f.id(), f.version(), f.legalGivenName(), f.legalFamilyName(), f.preferredName(),
                f.dateOfBirth(), f.phone(), f.email(), f.addressLine1(), f.addressLine2(), f.town(), f.postcode(),
                f.wardCode(), f.borough(), f.lsoaCode(), f.preferredLanguage(), f.interpreterNeeded(),
                f.accessibilityNeeds(), f.householdId(), f.householdRelationship(), null);
    }

    /**
     * Erasure by anonymisation: personal data is removed; the record, its id and its links stay, so that
     * aggregate statistics keep their counts. Other features erase their own free text on the event.
     */
    @PreAuthorize(Access.ADMINS)
    @Transactional
    public void anonymise(long id, String reason) {
        var r = residents.findById(id).orElseThrow(() -> InvalidInputException.of("resident", "No such resident."));
        if (r.anonymisedAt != null) {
            return;
        }
        r.legalGivenName = "Anonymised";
        r.legalFamilyName = "Resident " + r.id;
        r.preferredName = null;
        r.dateOfBirth = r.dateOfBirth == null ? null : r.dateOfBirth.withDayOfMonth(1).withMonth(1);
        r.phone = null;
        r.email = null;
        r.addressLine1 = null;
        r.addressLine2 = null;
        r.postcode = null;
        r.accessibilityNeeds = null;
        r.notes = null;
        r.anonymisedAt = clock.instant();
        r.applyNameKeys();
        residents.saveAndFlush(r);
        audit.recordChange("RESIDENT", id, id, "anonymised: " + reason);
        events.publishEvent(new ResidentAnonymised(id));
    }

    private static void apply(Resident r, ResidentForm f) {
        r.legalGivenName = f.legalGivenName().trim();
        r.legalFamilyName = f.legalFamilyName().trim();
        r.preferredName = blankToNull(f.preferredName());
        r.dateOfBirth = f.dateOfBirth();
        r.phone = blankToNull(f.phone());
        r.email = f.email() == null || f.email().isBlank() ? null : f.email().trim().toLowerCase();
        r.addressLine1 = blankToNull(f.addressLine1());
        r.addressLine2 = blankToNull(f.addressLine2());
        r.town = blankToNull(f.town());
        r.postcode = f.postcode() == null ? null : Postcode.normalise(f.postcode()).orElse(null);
        r.wardCode = blankToNull(f.wardCode());
        r.borough = r.wardCode != null ? LondonBoroughs.CITY : LondonBoroughs.find(f.borough()).orElse(blankToNull(f.borough()));
        r.lsoaCode = blankToNull(f.lsoaCode());
        r.preferredLanguage = blankToNull(f.preferredLanguage());
        r.interpreterNeeded = f.interpreterNeeded();
        r.accessibilityNeeds = blankToNull(f.accessibilityNeeds());
        r.householdId = f.householdId();
        r.householdRelationship = f.householdId() == null ? null : f.householdRelationship();
        r.notes = blankToNull(f.notes());
        r.applyNameKeys();
    }

    private static ResidentForm formAsSaved(ResidentForm f) {
        var r = new Resident();
        apply(r, f);
        return r.toForm();
    }

    static Map<String, Object> fields(ResidentForm f) {
        return f.labelledValues();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
