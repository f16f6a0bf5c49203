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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.bridgework.consent.ConsentPurpose;
import org.bridgework.consent.ConsentService;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.platform.ui.LocalFormats;
import org.bridgework.privacy.RetentionCandidate;
import org.bridgework.privacy.RetentionService;
import org.bridgework.privacy.SubjectAccessExport;
import org.bridgework.privacy.SubjectAccessService;
import org.bridgework.residents.ResidentFilter;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentSummary;
import org.bridgework.security.Access;

import java.io.ByteArrayInputStream;

@Route("admin/privacy")
@Menu(order = 92, icon = "vaadin:lock", title = "privacy.menu.privacy")
@RolesAllowed(Access.ADMIN)
class PrivacyView extends VerticalLayout implements HasDynamicTitle {

    /** A dry run shows at most this many; the real run works in batches anyway. */
    private static final int DRY_RUN_LIMIT = 200;

    private final SubjectAccessService subjectAccess;
    private final RetentionService retention;
    final ComboBox<ResidentSummary> resident = new ComboBox<>(getTranslation("privacy.sar.resident"));
    final Button prepare = new Button(getTranslation("privacy.sar.prepare"));
    final FlexLayout downloads = new FlexLayout();
    final Button checkDue = new Button(getTranslation("privacy.retention.check"));
    final Button anonymiseDue = new Button(getTranslation("privacy.retention.anonymise"));
    final Grid<RetentionCandidate> due = new Grid<>();

    PrivacyView(SubjectAccessService subjectAccess, RetentionService retention, ResidentService residents,
                ConsentService consents) {
        this.subjectAccess = subjectAccess;
        this.retention = retention;
        resident.setItems(q -> residents.search(new ResidentFilter(q.getFilter().orElse(""), null, null, null),
                q.getOffset(), q.getLimit()).stream());
        resident.setItemLabelGenerator(r -> r.postcode() == null
                ? getTranslation("privacy.sar.resident-item", r.displayName(), String.valueOf(r.id()))
                : getTranslation("privacy.sar.resident-item-with-postcode", r.displayName(), r.postcode(), String.valueOf(r.id())));
        resident.setHelperText(getTranslation("privacy.sar.resident-help"));
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
        due.addColumn(RetentionCandidate::residentId).setHeader(getTranslation("privacy.retention.record")).setAutoWidth(true);
        due.addColumn(RetentionCandidate::displayName).setHeader(getTranslation("privacy.retention.name")).setFlexGrow(1);
        due.addColumn(c -> LocalFormats.date(c.lastActivityAt(), getLocale()))
                .setHeader(getTranslation("privacy.retention.last-activity")).setAutoWidth(true);
        due.setAriaLabel(getTranslation("privacy.retention.grid"));
        due.setVisible(false);
        due.setAllRowsVisible(true);

        add(new H1(getTranslation("privacy.view.heading")),
                new H2(getTranslation("privacy.sar.heading")),
                new Paragraph(getTranslation("privacy.sar.explanation")),
                sar, downloads,
                new H2(getTranslation("privacy.retention.heading")),
                new Paragraph(getTranslation("privacy.retention.explanation", retention.years(),
                        LocalFormats.date(retention.cutoff(), getLocale()))),
                new HorizontalLayout(checkDue, anonymiseDue), due,
                new H2(getTranslation("privacy.consents.heading")), consentCounts(consents));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.view.title");
    }

    private UnorderedList consentCounts(ConsentService consents) {
        var list = new UnorderedList();
        var counts = consents.activeCountsByPurpose();
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            list.add(new ListItem(getTranslation("privacy.consents.count", getTranslation("consent.purpose." + purpose.name()),
                    counts.getOrDefault(purpose, 0L))));
        }
        return list;
    }

    private void prepareExport() {
        downloads.removeAll();
        if (resident.isEmpty()) {
            resident.setErrorMessage(getTranslation("privacy.sar.choose-resident"));
            resident.setInvalid(true);
            return;
        }
        resident.setInvalid(false);
        try {
            SubjectAccessExport export = subjectAccess.export(resident.getValue().id());
            downloads.add(link(export.pdf(), export.fileBaseName() + ".pdf", "application/pdf",
                            getTranslation("privacy.sar.download-pdf")),
                    link(export.json(), export.fileBaseName() + ".json", "application/json",
                            getTranslation("privacy.sar.download-json")));
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
        Notification.show(list.isEmpty() ? getTranslation("privacy.retention.nobody-due")
                : getTranslation(list.size() == DRY_RUN_LIMIT ? "privacy.retention.at-least-due" : "privacy.retention.due",
                list.size()));
    }

    private void confirmRun() {
        var confirm = new ConfirmDialog(getTranslation("privacy.retention.confirm-heading"),
                getTranslation("privacy.retention.confirm-text"),
                getTranslation("privacy.retention.confirm"), e -> {
                    int done = retention.run();
                    Notification.show(getTranslation("privacy.retention.done", done));
                    showDue();
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
