package org.bridgework.funding.ui;

import org.bridgework.platform.ui.GridRows;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.funding.ExportFile;
import org.bridgework.funding.ExportFormat;
import org.bridgework.funding.ExportRefusedException;
import org.bridgework.funding.GivingExport;
import org.bridgework.funding.Grant;
import org.bridgework.funding.GrantFilter;
import org.bridgework.funding.GrantService;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.platform.FieldErrors;
import org.bridgework.reference.Ward;
import org.bridgework.reference.WardDirectory;
import org.bridgework.security.Access;
import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.CurrentUser;
import org.bridgework.security.Role;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/** The grants register with its filters, and the 360Giving export of what the filters show. */
@Route("funding")
@Menu(order = 55, icon = "vaadin:money", title = "funding.menu.grants")
@RolesAllowed({Access.ADMIN, Access.MANAGER, Access.OFFICER, Access.PARTNER})
class GrantsView extends VerticalLayout implements com.vaadin.flow.router.HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("funding.page.grants");
    }


    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    final ComboBox<String> programme = new ComboBox<>();
    final ComboBox<OrganisationDetails> recipient = new ComboBox<>();
    final IntegerField year = new IntegerField();
    final ComboBox<Ward> ward = new ComboBox<>();
    final Grid<Grant> grid = new Grid<>();
    final Span total = new Span();
    final RadioButtonGroup<ExportFormat> format = new RadioButtonGroup<>();
    final Button prepare = new Button();
    final VerticalLayout exportResult = new VerticalLayout();

    private final GrantService grants;
    private final GivingExport export;
    private final WardDirectory wards;
    private ExportFile waiting;

    GrantsView(GrantService grants, GivingExport export, OrganisationService organisations, WardDirectory wards,
               CurrentUser currentUser) {
        this.grants = grants;
        this.export = export;
        this.wards = wards;
        BridgeworkUser user = currentUser.require();
        setSizeFull();
        programme.setLabel(getTranslation("funding.grants.filter.programme"));
        programme.setItems(grants.programmes());
        recipient.setLabel(getTranslation("funding.grants.filter.recipient"));
        recipient.setItems(q -> organisations.directory(q.getFilter().orElse(""), null, null, q.getOffset(), q.getLimit()).stream());
        recipient.setItemLabelGenerator(OrganisationDetails::name);
        recipient.setVisible(!user.isPartner());
        year.setLabel(getTranslation("funding.grants.filter.year"));
        year.setMin(1990);
        year.setMax(2100);
        year.setStepButtonsVisible(true);
        ward.setLabel(getTranslation("funding.grants.filter.ward"));
        ward.setItems(wards.all());
        ward.setItemLabelGenerator(Ward::name);
        for (var f : new ComboBox<?>[]{programme, recipient, ward}) {
            f.setClearButtonVisible(true);
        }
        for (HasValue<?, ?> f : new HasValue<?, ?>[]{programme, recipient, year, ward}) {
            f.addValueChangeListener(e -> refresh());
        }
        var filters = new FlexLayout(programme, recipient, year, ward);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");

        var add = new Button(getTranslation("funding.grants.add"), e -> getUI().ifPresent(ui -> ui.navigate("funding/new")));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(user.hasRole(Role.ADMIN, Role.MANAGER));

        grid.addColumn(Grant::title).setHeader(getTranslation("funding.grants.column.title")).setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(Grant::recipientName).setHeader(getTranslation("funding.grants.column.recipient")).setAutoWidth(true);
        grid.addColumn(Grant::programme).setHeader(getTranslation("funding.grants.column.programme")).setAutoWidth(true);
        grid.addColumn(g -> Money.format(g.amountAwarded(), g.currency())).setHeader(getTranslation("funding.grants.column.amount"));
        grid.addColumn(g -> DATE.format(g.awardDate())).setHeader(getTranslation("funding.grants.column.awarded"));
        grid.addColumn(this::area).setHeader(getTranslation("funding.grants.column.wards")).setAutoWidth(true);
        grid.setItems(q -> grants.page(filter(), q.getOffset(), q.getLimit()).stream());
        if (user.hasRole(Role.ADMIN, Role.MANAGER)) {
            GridRows.openOnActivate(grid, g -> getUI().ifPresent(ui -> ui.navigate("funding/" + g.id() + "/edit")));
        }
        grid.setAriaLabel(getTranslation("funding.grants.grid"));
        grid.setMinHeight("20em");

        format.setLabel(getTranslation("funding.export.format"));
        format.setItems(ExportFormat.values());
        format.setItemLabelGenerator(f -> getTranslation("funding.export.format." + f.name()));
        format.setValue(ExportFormat.JSON);
        prepare.setText(getTranslation("funding.export.prepare"));
        prepare.addClickListener(e -> prepareExport());
        exportResult.setPadding(false);

        add(new H1(getTranslation("funding.grants.heading")), new Paragraph(getTranslation("funding.grants.intro")),
                filters, add, total, grid, new H2(getTranslation("funding.export.heading")),
                new Paragraph(getTranslation("funding.export.intro")), format, prepare, exportResult);
        refresh();
        addDetachListener(e -> discardWaiting());
    }

    GrantFilter filter() {
        return new GrantFilter(programme.getValue(), recipient.getValue() == null ? null : recipient.getValue().id(),
                year.getValue(), ward.getValue() == null ? null : ward.getValue().code());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        total.setText(getTranslation("funding.grants.total", grants.count(filter())));
        exportResult.removeAll();
    }

    private String area(Grant g) {
        var names = g.wardCodes().stream().map(code -> wards.byCode(code).map(Ward::name).orElse(code)).collect(Collectors.toList());
        if (g.lsoaCode() != null) {
            names.add(g.lsoaCode());
        }
        return String.join(", ", names);
    }

    /** A prepared file nobody downloaded is not left behind in the temporary folder. */
    private void discardWaiting() {
        if (waiting != null) {
            waiting.path().toFile().delete();
            waiting = null;
        }
    }

    void prepareExport() {
        exportResult.removeAll();
        discardWaiting();
        try {
            ExportFile file = export.prepare(filter(), format.getValue());
            waiting = file;
            long size = file.path().toFile().length();
            var link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(export.download(file),
                    file.fileName(), file.format().mimeType(), size)),
                    getTranslation("funding.export.ready", file.fileName(), file.grants()));
            link.setDownload(true);
            exportResult.add(link);
        } catch (ExportRefusedException refused) {
            var list = new UnorderedList();
            refused.problems().forEach(p -> list.add(new ListItem(p)));
            exportResult.add(new Paragraph(getTranslation("funding.export.refused")), list);
            FieldErrors.error(getTranslation("funding.export.refused"));
        }
    }
}
