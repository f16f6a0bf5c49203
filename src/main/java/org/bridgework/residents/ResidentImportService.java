package org.bridgework.residents;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bridgework.audit.AuditService;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.reference.Ward;
import org.bridgework.reference.WardDirectory;
import org.bridgework.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Residents from a spreadsheet. Every row is checked first, exactly as the form checks it; if any row is
 * wrong nothing is saved and the report says which row and field, so the officer fixes the file and tries again.
 */
@Service
public class ResidentImportService {

    public static final int MAX_ROWS = 5_000;
    private static final int PREVIEW_ROWS = 5;
    // strict, so that 31/02/1980 is refused rather than quietly read as 29 February
    private static final List<DateTimeFormatter> DATES = java.util.stream.Stream.of("uuuu-MM-dd", "d/M/uuuu", "d-M-uuuu", "d.M.uuuu")
            .map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(java.time.format.ResolverStyle.STRICT)).toList();

    private final ResidentService residents;
    private final ResidentValidator validator;
    private final DuplicateDetector duplicates;
    private final WardDirectory wards;
    private final AuditService audit;

    ResidentImportService(ResidentService residents, ResidentValidator validator, DuplicateDetector duplicates,
                          WardDirectory wards, AuditService audit) {
        this.residents = residents;
        this.validator = validator;
        this.duplicates = duplicates;
        this.wards = wards;
        this.audit = audit;
    }

    @PreAuthorize(Access.MANAGERS)
    public CsvPreview preview(byte[] csv) {
        var parsed = parse(csv);
        var first = parsed.records().stream().limit(PREVIEW_ROWS).map(CSVRecord::toList).toList();
        return new CsvPreview(parsed.headers(), first, parsed.records().size(), suggest(parsed.headers()));
    }

    /** Checks every row and looks for likely duplicates, saving nothing. */
    @PreAuthorize(Access.MANAGERS)
    @Transactional(readOnly = true)
    public ImportReport check(byte[] csv, Map<ImportField, String> mapping) {
        return examine(parse(csv), mapping).report(0);
    }

    /**
     * All or nothing: when any row is invalid, nothing is saved. Rows that look like someone already on
     * record (or like an earlier row) are left out unless {@code includeLikelyDuplicates}.
     */
    @PreAuthorize(Access.MANAGERS)
    @Transactional
    public ImportReport importResidents(byte[] csv, Map<ImportField, String> mapping, boolean includeLikelyDuplicates) {
        var examined = examine(parse(csv), mapping);
        if (!examined.errors().isEmpty()) {
            return examined.report(0);
        }
        int saved = 0;
        for (var row : examined.rows()) {
            if (includeLikelyDuplicates || !examined.duplicateRows().contains(row.number())) {
                residents.create(row.form());
                saved++;
            }
        }
        audit.recordChange("RESIDENT_IMPORT", null, null, "imported " + saved + " of " + examined.rows().size()
                + " rows from a CSV file");
        return examined.report(saved);
    }

    private record Parsed(List<String> headers, List<CSVRecord> records) {
    }

    private record Row(int number, ResidentForm form) {
    }

    private record Examined(List<Row> rows, List<ImportReport.Problem> errors, List<ImportReport.Problem> duplicates,
                            Set<Integer> duplicateRows, int total) {
        ImportReport report(int saved) {
            return new ImportReport(total, saved, List.copyOf(errors), List.copyOf(duplicates));
        }
    }

    private Parsed parse(byte[] csv) {
        if (csv == null || csv.length == 0) {
            throw InvalidInputException.of("file", "The file is empty. Choose a CSV file with a row of headings.");
        }
        String text = new String(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).setAllowMissingColumnNames(true).get();
        try (var parser = CSVParser.parse(new StringReader(text), format)) {
            var headers = parser.getHeaderNames();
            var records = new ArrayList<CSVRecord>();
            for (var r : parser) {
                if (records.size() >= MAX_ROWS) {
                    throw InvalidInputException.of("file", "The file has more than " + MAX_ROWS
                            + " rows. Split it into smaller files.");
                }
                records.add(r);
            }
            if (headers.isEmpty()) {
                throw InvalidInputException.of("file", "The first row should hold the column headings.");
            }
            return new Parsed(headers, records);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw InvalidInputException.of("file", "This file could not be read as CSV: " + e.getMessage());
        }
    }

    static Map<ImportField, String> suggest(List<String> headers) {
        var mapping = new EnumMap<ImportField, String>(ImportField.class);
        for (var field : ImportField.values()) {
            headers.stream().filter(field::usuallyHeaded).findFirst().ifPresent(h -> mapping.put(field, h));
        }
        return mapping;
    }

    private Examined examine(Parsed parsed, Map<ImportField, String> mapping) {
        var errors = new ArrayList<ImportReport.Problem>();
        for (var field : ImportField.values()) {
            String header = mapping.get(field);
            if (field.required() && (header == null || header.isBlank())) {
                errors.add(new ImportReport.Problem(1, field.label(), "Choose the column that holds the " + field.label().toLowerCase(Locale.ROOT) + "."));
            } else if (header != null && !header.isBlank() && !parsed.headers().contains(header)) {
                errors.add(new ImportReport.Problem(1, field.label(), "There is no column called '" + header + "'."));
            }
        }
        if (!errors.isEmpty()) {
            return new Examined(List.of(), errors, List.of(), Set.of(), parsed.records().size());
        }
        var rows = new ArrayList<Row>();
        int number = 1;
        for (var record : parsed.records()) {
            number++;
            var rowErrors = new ArrayList<ImportReport.Problem>();
            var form = toForm(record, mapping, number, rowErrors);
            if (rowErrors.isEmpty()) {
                try {
                    validator.check(form);
                } catch (InvalidInputException invalid) {
                    int row = number;
                    invalid.fieldErrors().forEach((key, message) -> rowErrors.add(new ImportReport.Problem(row, label(key), message)));
                }
            }
            errors.addAll(rowErrors);
            if (rowErrors.isEmpty()) {
                rows.add(new Row(number, form));
            }
        }
        var found = new ArrayList<ImportReport.Problem>();
        var duplicateRows = new LinkedHashSet<Integer>();
        if (errors.isEmpty()) {
            findDuplicates(rows, found, duplicateRows);
        }
        return new Examined(rows, errors, found, duplicateRows, parsed.records().size());
    }

    private void findDuplicates(List<Row> rows, List<ImportReport.Problem> found, Set<Integer> duplicateRows) {
        var earlier = new HashMap<String, List<Row>>();
        for (var row : rows) {
            var person = DuplicateDetector.Person.of(row.form());
            for (var existing : duplicates.find(row.form())) {
                found.add(new ImportReport.Problem(row.number(), "Name", "May already be on record as "
                        + existing.resident().displayName() + " (resident " + existing.resident().id() + "): "
                        + String.join(", ", existing.reasons()).toLowerCase(Locale.ROOT) + "."));
                duplicateRows.add(row.number());
            }
            var compared = new LinkedHashSet<Integer>();
            for (String key : blockingKeys(person)) {
                for (var other : earlier.getOrDefault(key, List.of())) {
                    if (compared.add(other.number())) {
                        DuplicateDetector.compare(person, DuplicateDetector.Person.of(other.form())).ifPresent(m -> {
                            found.add(new ImportReport.Problem(row.number(), "Name", "Looks like the same person as row "
                                    + other.number() + ": " + String.join(", ", m.reasons()).toLowerCase(Locale.ROOT) + "."));
                            duplicateRows.add(row.number());
                        });
                    }
                }
                earlier.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
            }
        }
    }

    /** Rows are compared only with earlier rows sharing a key, as the database lookup does, so big files stay quick. */
    private static List<String> blockingKeys(DuplicateDetector.Person p) {
        String fp = NameKey.phonetic(p.family());
        String gp = NameKey.phonetic(p.given());
        var keys = new ArrayList<String>();
        keys.add("n:" + (fp.compareTo(gp) < 0 ? fp + "|" + gp : gp + "|" + fp));
        if (p.dateOfBirth() != null) {
            keys.add("d:" + p.dateOfBirth());
        }
        if (p.postcode() != null) {
            keys.add("p:" + p.postcode());
        }
        return keys;
    }

    private ResidentForm toForm(CSVRecord record, Map<ImportField, String> mapping, int row, List<ImportReport.Problem> errors) {
        var v = new EnumMap<ImportField, String>(ImportField.class);
        mapping.forEach((field, header) -> {
            if (header != null && !header.isBlank() && record.isSet(header)) {
                String value = record.get(header);
                v.put(field, value == null || value.isBlank() ? null : value.trim());
            }
        });
        LocalDate dob = null;
        if (v.get(ImportField.DATE_OF_BIRTH) != null) {
            dob = date(v.get(ImportField.DATE_OF_BIRTH));
            if (dob == null) {
                errors.add(new ImportReport.Problem(row, ImportField.DATE_OF_BIRTH.label(),
                        "'" + v.get(ImportField.DATE_OF_BIRTH) + "' is not a date. Write it like 17/05/1980."));
            }
        }
        String ward = null;
        if (v.get(ImportField.WARD) != null) {
            ward = ward(v.get(ImportField.WARD));
            if (ward == null) {
                errors.add(new ImportReport.Problem(row, ImportField.WARD.label(),
                        "'" + v.get(ImportField.WARD) + "' is not one of the City's 25 wards."));
            }
        }
        String interpreter = v.get(ImportField.INTERPRETER_NEEDED);
        boolean needsInterpreter = interpreter != null && Set.of("yes", "y", "true", "1").contains(interpreter.toLowerCase(Locale.ROOT));
        if (interpreter != null && !needsInterpreter && !Set.of("no", "n", "false", "0").contains(interpreter.toLowerCase(Locale.ROOT))) {
            errors.add(new ImportReport.Problem(row, ImportField.INTERPRETER_NEEDED.label(), "Write yes or no."));
        }
        return new ResidentForm(null, 0, orEmpty(v.get(ImportField.GIVEN_NAME)), orEmpty(v.get(ImportField.FAMILY_NAME)),
                v.get(ImportField.PREFERRED_NAME), dob, v.get(ImportField.PHONE), v.get(ImportField.EMAIL),
                v.get(ImportField.ADDRESS_LINE_1), v.get(ImportField.ADDRESS_LINE_2),
                v.getOrDefault(ImportField.TOWN, "London"), v.get(ImportField.POSTCODE), ward,
                v.get(ImportField.BOROUGH), v.get(ImportField.LSOA),
                v.getOrDefault(ImportField.PREFERRED_LANGUAGE, "English"), needsInterpreter,
                v.get(ImportField.ACCESSIBILITY_NEEDS), null, null, v.get(ImportField.NOTES));
    }

    private String ward(String input) {
        String key = NameKey.of(input);
        return wards.reference().stream()
                .filter(w -> w.code().equalsIgnoreCase(input) || NameKey.of(w.name()).equals(key))
                .map(Ward::code).findFirst().orElse(null);
    }

    private static LocalDate date(String input) {
        for (var format : DATES) {
            try {
                return LocalDate.parse(input, format);
            } catch (DateTimeParseException ignored) {
                // try the next way of writing a date
            }
        }
        return null;
    }

    private static String label(String formField) {
        var field = ImportField.byFormField(formField);
        return field == null ? formField : field.label();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
