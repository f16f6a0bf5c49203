package org.bridgework.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.bridgework.consent.ConsentPurpose;
import org.bridgework.consent.ConsentService;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.privacy.RetentionCandidate;
import org.bridgework.privacy.RetentionService;
import org.bridgework.privacy.SubjectAccessExport;
import org.bridgework.privacy.SubjectAccessService;
import org.bridgework.residents.ResidentFilter;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentSummary;
import org.bridgework.security.Access;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

@Route("admin/privacy")
@PageTitle("Privacy | Bridgework")
@Menu(order = 92, icon = "vaadin:lock", title = "Privacy")
@RolesAllowed(Access.ADMIN)
class PrivacyView extends VerticalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withZone(ZoneId.of("Europe/London"));
    /** A dry run shows at most this many; the real run works in batches anyway. */
    private static final int DRY_RUN_LIMIT = 200;

    private final SubjectAccessService subjectAccess;
    private final RetentionService retention;
    final ComboBox<ResidentSummary> resident = new ComboBox<>("Resident");
    final Button prepare = new Button("Prepare export");
    final FlexLayout downloads = new FlexLayout();
    final Button checkDue = new Button("Check who is due");
    final Button anonymiseDue = new Button("Anonymise them now");
    final Grid<RetentionCandidate> due = new Grid<>();

    PrivacyView(SubjectAccessService subjectAccess, RetentionService retention, ResidentService residents,
                ConsentService consents) {
        this.subjectAccess = subjectAccess;
        this.retention = retention;
        resident.setItems(q -> residents.search(new ResidentFilter(q.getFilter().orElse(""), null, null, null),
                q.getOffset(), q.getLimit()).stream());
        resident.setItemLabelGenerator(r -> r.displayName() + (r.postcode() == null ? "" : ", " + r.postcode())
                + " (record " + r.id() + ")");
        resident.setHelperText("Type the start of their name");
        resident.setWidthFull();
        resident.setMaxWidth("32em");
        prepare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        prepare.addClickListener(e -> prepareExport());
        downloads.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        downloads.getStyle().set("gap", "var(--lumo-space-m)");
        var sar = new HorizontalLayout(resident, prepare);
        sar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        sar.setWrap(true);

        checkDue.addClickListener(e -> showDue());
        anonymiseDue.addThemeVariants(ButtonVariant.LUMO_ERROR);
        anonymiseDue.setEnabled(false);
        anonymiseDue.addClickListener(e -> confirmRun());
        due.addColumn(RetentionCandidate::residentId).setHeader("Record").setAutoWidth(true);
        due.addColumn(RetentionCandidate::displayName).setHeader("Name").setFlexGrow(1);
        due.addColumn(c -> DATE.format(c.lastActivityAt())).setHeader("Last activity").setAutoWidth(true);
        due.setAriaLabel("Residents due for anonymisation");
        due.setVisible(false);
        due.setAllRowsVisible(true);

        add(new H1("Privacy"),
                new H2("Subject access request"),
                new Paragraph("Everything held about one resident, as a readable PDF for them and as JSON. "
                        + "Each export is recorded in the audit trail."),
                sar, downloads,
                new H2("Retention"),
                new Paragraph("Residents with nothing added or changed for " + retention.years() + " years (since "
                        + DATE.format(retention.cutoff()) + ") are anonymised once a month. Their record stays, "
                        + "without personal details, so that counts and reports do not change."),
                new HorizontalLayout(checkDue, anonymiseDue), due,
                new H2("Consents on record"), consentCounts(consents));
    }

    private static UnorderedList consentCounts(ConsentService consents) {
        var list = new UnorderedList();
        var counts = consents.activeCountsByPurpose();
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            list.add(new ListItem(purpose.label() + ": " + counts.getOrDefault(purpose, 0L) + " residents"));
        }
        return list;
    }

    private void prepareExport() {
        downloads.removeAll();
        if (resident.isEmpty()) {
            resident.setErrorMessage("Choose the resident who asked.");
            resident.setInvalid(true);
            return;
        }
        resident.setInvalid(false);
        try {
            SubjectAccessExport export = subjectAccess.export(resident.getValue().id());
            downloads.add(link(export.pdf(), export.fileBaseName() + ".pdf", "application/pdf", "Download PDF"),
                    link(export.json(), export.fileBaseName() + ".json", "application/json", "Download JSON"));
        } catch (InvalidInputException invalid) {
            resident.setErrorMessage(String.join(" ", invalid.fieldErrors().values()));
            resident.setInvalid(true);
        }
    }

    private static Anchor link(byte[] content, String fileName, String type, String text) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(
                e -> new DownloadResponse(new ByteArrayInputStream(content), fileName, type, content.length)), text);
        anchor.getElement().setAttribute("download", fileName);
        return anchor;
    }

    void showDue() {
        var list = retention.dryRun(DRY_RUN_LIMIT);
        due.setItems(list);
        due.setVisible(true);
        anonymiseDue.setEnabled(!list.isEmpty());
        Notification.show(list.isEmpty() ? "Nobody is due for anonymisation."
                : list.size() + (list.size() == DRY_RUN_LIMIT ? " or more" : "") + " residents are due. Nothing has been changed yet.");
    }

    private void confirmRun() {
        var confirm = new ConfirmDialog("Anonymise these residents?",
                "Their names, contact details and notes are removed for good. This cannot be undone.",
                "Anonymise", e -> {
                    int done = retention.run();
                    Notification.show(done + " residents anonymised.");
                    showDue();
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
