package org.bridgework.residents.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.residents.CsvPreview;
import org.bridgework.residents.ImportField;
import org.bridgework.residents.ImportReport;
import org.bridgework.residents.ResidentImportService;
import org.bridgework.security.Access;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Upload a spreadsheet saved as CSV, say which column is which, check it, then import it all or nothing. */
@Route("residents/import")
@RolesAllowed({Access.ADMIN, Access.MANAGER})
class ResidentImportView extends VerticalLayout implements HasDynamicTitle {

    private static final int MAX_BYTES = 5 * 1024 * 1024;

    private final ResidentImportService imports;
    final Upload upload;
    final VerticalLayout mappingSection = new VerticalLayout();
    final VerticalLayout reportSection = new VerticalLayout();
    final Map<ImportField, ComboBox<String>> mapping = new EnumMap<>(ImportField.class);
    final Checkbox includeDuplicates = new Checkbox(getTranslation("residents.import.include-duplicates"));
    final Paragraph status = new Paragraph();
    private byte[] file;

    ResidentImportView(ResidentImportService imports) {
        this.imports = imports;
        setMaxWidth("70rem");
        var ui = UI.getCurrent();
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> received(bytes))));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.addFileRejectedListener(e -> status.setText(e.getErrorMessage()));
        mappingSection.setPadding(false);
        mappingSection.setVisible(false);
        reportSection.setPadding(false);
        add(new H1(getTranslation("residents.import.heading")), new Paragraph(getTranslation("residents.import.explanation")),
                upload, status, mappingSection, reportSection);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("residents.import.title");
    }

    void received(byte[] bytes) {
        reportSection.removeAll();
        mappingSection.removeAll();
        try {
            var preview = imports.preview(bytes);
            file = bytes;
            showMapping(preview);
            status.setText(getTranslation("residents.import.rows-found", preview.rowCount()));
        } catch (InvalidInputException invalid) {
            file = null;
            mappingSection.setVisible(false);
            status.setText(String.join(" ", invalid.fieldErrors().values()));
        }
    }

    private void showMapping(CsvPreview preview) {
        mapping.clear();
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2),
                new FormLayout.ResponsiveStep("900px", 3));
        for (var field : ImportField.values()) {
            var label = getTranslation("residents.import-field." + field.name());
            var column = new ComboBox<String>(field.required() ? getTranslation("residents.import.needed", label) : label);
            column.setItems(preview.headers());
            column.setClearButtonVisible(true);
            column.setPlaceholder(getTranslation("residents.import.not-in-file"));
            column.setValue(preview.suggestedMapping().get(field));
            mapping.put(field, column);
            form.add(column);
        }
        var sample = new Grid<List<String>>();
        for (int i = 0; i < preview.headers().size(); i++) {
            int index = i;
            sample.addColumn(row -> index < row.size() ? row.get(index) : "").setHeader(preview.headers().get(i)).setAutoWidth(true);
        }
        sample.setItems(preview.firstRows());
        sample.setAllRowsVisible(true);
        sample.setAriaLabel(getTranslation("residents.import.first-rows"));
        var check = new Button(getTranslation("residents.import.check"), e -> run(false));
        var importAll = new Button(getTranslation("residents.import.import"), e -> run(true));
        importAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        mappingSection.add(new H2(getTranslation("residents.import.first-rows")), sample,
                new H2(getTranslation("residents.import.mapping-heading")),
                new Paragraph(getTranslation("residents.import.mapping-explanation")), form, includeDuplicates,
                new HorizontalLayout(check, importAll));
        mappingSection.setVisible(true);
    }

    Map<ImportField, String> chosenMapping() {
        var chosen = new EnumMap<ImportField, String>(ImportField.class);
        mapping.forEach((field, box) -> {
            if (box.getValue() != null) {
                chosen.put(field, box.getValue());
            }
        });
        return chosen;
    }

    void run(boolean save) {
        if (file == null) {
            status.setText(getTranslation("residents.import.upload-first"));
            return;
        }
        var report = save ? imports.importResidents(file, chosenMapping(), includeDuplicates.getValue())
                : imports.check(file, chosenMapping());
        showReport(report, save);
    }

    private void showReport(ImportReport report, boolean saved) {
        reportSection.removeAll();
        if (!report.valid()) {
            reportSection.add(new H2(getTranslation("residents.import.nothing-saved", report.errors().size())),
                    new Paragraph(getTranslation("residents.import.correct-and-upload")),
                    problems(report.errors(), getTranslation("residents.import.problems")));
        } else if (saved) {
            reportSection.add(new H2(getTranslation("residents.import.imported", report.saved(), report.rows())));
        } else {
            reportSection.add(new H2(getTranslation("residents.import.ready", report.rows())));
        }
        if (!report.likelyDuplicates().isEmpty()) {
            reportSection.add(new Paragraph(getTranslation(includeDuplicates.getValue() || !report.valid()
                            ? "residents.import.duplicates" : "residents.import.duplicates-left-out")),
                    problems(report.likelyDuplicates(), getTranslation("residents.import.likely-duplicates")));
        }
    }

    private Grid<ImportReport.Problem> problems(List<ImportReport.Problem> problems, String label) {
        var grid = new Grid<ImportReport.Problem>();
        grid.addColumn(ImportReport.Problem::row).setHeader(getTranslation("residents.import.row")).setAutoWidth(true);
        grid.addColumn(ImportReport.Problem::field).setHeader(getTranslation("residents.import.field")).setAutoWidth(true);
        grid.addColumn(ImportReport.Problem::message).setHeader(getTranslation("residents.import.what-is-wrong")).setFlexGrow(1);
        grid.setItems(problems);
        grid.setAriaLabel(label);
        grid.setAllRowsVisible(problems.size() <= 20);
        return grid;
    }
}
