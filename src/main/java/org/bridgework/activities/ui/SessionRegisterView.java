package org.bridgework.activities.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.activities.ActivityService;
import org.bridgework.activities.BookingDetails;
import org.bridgework.activities.BookingService;
import org.bridgework.activities.BookingStatus;
import org.bridgework.activities.Mark;
import org.bridgework.activities.RegisterLine;
import org.bridgework.activities.RegisterService;
import org.bridgework.activities.SessionSummary;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.reference.WardDirectory;
import org.bridgework.residents.AgeBand;
import org.bridgework.residents.ResidentFilter;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentSummary;
import org.bridgework.security.Access;
import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.CurrentUser;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** A session's bookings and register. Another organisation's session shows "page not found" to partner staff. */
@Route("sessions/:id")
@RolesAllowed({Access.ADMIN, Access.MANAGER, Access.OFFICER, Access.FAMILY_WORKER, Access.PARTNER})
class SessionRegisterView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final int CHILD_UNDER = 16;

    private final ActivityService activities;
    private final BookingService bookings;
    private final RegisterService registers;
    private final ResidentService residents;
    private final WardDirectory wards;
    private final BridgeworkUser user;
    final Map<Long, RegisterRow> rows = new LinkedHashMap<>();
    final VerticalLayout registerList = new VerticalLayout();
    final VerticalLayout bookingList = new VerticalLayout();
    private SessionSummary session;

    SessionRegisterView(ActivityService activities, BookingService bookings, RegisterService registers,
                        ResidentService residents, WardDirectory wards, CurrentUser currentUser) {
        this.activities = activities;
        this.bookings = bookings;
        this.registers = registers;
        this.residents = residents;
        this.wards = wards;
        this.user = currentUser.require();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = event.getRouteParameters().getLong("id").flatMap(activities::session);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        session = found.get();
        build();
    }

    private void build() {
        removeAll();
        session = activities.session(session.id()).orElse(session);
        rows.clear();
        var register = registers.register(session.id());
        add(new H1(session.title()), new Paragraph(Labels.day(session.date()) + ", " + session.startTime() + "–"
                + session.endTime() + (session.venue() == null ? "" : ", " + session.venue())
                + (session.cancelled() ? getTranslation("activities.sessionRegister.thisSessionHasBeenCancelled") : "")));
        if (!session.dropIn()) {
            add(new Paragraph(session.capacity() == null ? getTranslation("activities.sessionRegister.bookedNoLimit", session.booked())
                    : getTranslation("activities.sessionRegister.placesBooked", session.booked(), session.capacity())
                    + (session.waiting() > 0 ? getTranslation("activities.sessionRegister.onWaitingList", session.waiting()) : "")));
        }
        if (session.dropIn()) {
            add(headcounts(register.headcounts()));
        }
        if (!session.dropIn()) {
            add(new H2(getTranslation("activities.sessionRegister.bookings")), bookingTools(), bookingList);
            refreshBookings();
        }
        add(new H2(getTranslation("activities.sessionRegister.register")), registerTools(), registerList);
        registerList.setPadding(false);
        var people = new ArrayList<RegisterRow.Person>();
        for (RegisterLine line : register.lines()) {
            people.add(new RegisterRow.Person(line.residentId(), line.name()));
        }
        for (RegisterLine line : register.lines()) {
            var row = addRow(line.residentId(), line.name(), line.dateOfBirth(), line.booked() ? null : getTranslation("activities.sessionRegister.walkIn"), line.mark());
            row.offerCompanions(people, line.accompaniedById());
        }
        var save = new Button(getTranslation("activities.sessionRegister.saveRegister"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setId("register-save");
        add(save);
    }

    private HorizontalLayout registerTools() {
        var all = new Button(getTranslation("activities.sessionRegister.markAllPresent"), e -> rows.values().forEach(r -> r.setMark(Mark.PRESENT)));
        all.addThemeVariants(ButtonVariant.LUMO_LARGE);
        var tools = new HorizontalLayout(all);
        tools.setWrap(true);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (!user.isPartner()) {
            var walkIn = residentPicker(getTranslation("activities.sessionRegister.addSomeoneWhoWalkedIn"));
            walkIn.addValueChangeListener(e -> {
                if (e.getValue() != null && !rows.containsKey(e.getValue().id())) {
                    addRow(e.getValue().id(), e.getValue().displayName(), e.getValue().dateOfBirth(), getTranslation("activities.sessionRegister.walkIn"), Mark.PRESENT);
                    refreshCompanions();
                }
                walkIn.clear();
            });
            var create = new Button(getTranslation("activities.sessionRegister.newPerson"), e -> new WalkInDialog(residents, wards, r -> {
                addRow(r.id(), r.displayName(), r.dateOfBirth(), getTranslation("activities.sessionRegister.walkIn"), Mark.PRESENT);
                refreshCompanions();
            }).open());
            tools.add(walkIn, create);
        }
        return tools;
    }

    private RegisterRow addRow(long id, String name, LocalDate dob, String note, Mark mark) {
        boolean child = dob != null && Period.between(dob, session.date()).getYears() < CHILD_UNDER;
        var row = new RegisterRow(id, name, note, mark, child);
        rows.put(id, row);
        registerList.add(row);
        return row;
    }

    private void refreshCompanions() {
        var people = rows.values().stream().map(r -> new RegisterRow.Person(r.residentId, r.name)).toList();
        rows.values().forEach(r -> r.offerCompanions(people, r.cameWith.getValue() == null ? null : r.cameWith.getValue().id()));
    }

    void save() {
        try {
            int changed = registers.save(session.id(), rows.values().stream().filter(r -> r.mark() != null).map(RegisterRow::toMark).toList());
            long unmarked = rows.values().stream().filter(r -> r.mark() == null).count();
            Notification.show(getTranslation("activities.sessionRegister.saved",
                    changed == 0 ? getTranslation("activities.sessionRegister.noChanges") : getTranslation("activities.sessionRegister.changed", changed))
                    + (unmarked > 0 ? getTranslation("activities.sessionRegister.unmarked", unmarked) : "."));
        } catch (InvalidInputException invalid) {
            Notification.show(invalid.getMessage());
        }
    }

    private HorizontalLayout bookingTools() {
        var tools = new HorizontalLayout();
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (!user.isPartner() && !session.cancelled()) {
            var picker = residentPicker(getTranslation("activities.sessionRegister.bookAPlaceFor"));
            picker.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    try {
                        var b = bookings.book(session.id(), e.getValue().id());
                        Notification.show(b.status() == BookingStatus.BOOKED
                                ? getTranslation("activities.sessionRegister.hasAPlace", e.getValue().displayName())
                                : getTranslation("activities.sessionRegister.isNumber", e.getValue().displayName(), b.waitingPosition()));
                    } catch (InvalidInputException invalid) {
                        Notification.show(invalid.getMessage());
                    }
                    picker.clear();
                    build();
                }
            });
            tools.add(picker);
        }
        return tools;
    }

    private void refreshBookings() {
        bookingList.removeAll();
        bookingList.setPadding(false);
        var all = bookings.bookings(session.id()).stream().filter(b -> b.status() != BookingStatus.CANCELLED).toList();
        if (all.isEmpty()) {
            bookingList.add(new Paragraph(getTranslation("activities.sessionRegister.noBookingsYet")));
        }
        for (BookingDetails b : all) {
            var cancel = new Button(getTranslation("activities.sessionRegister.cancelBooking"), e -> {
                bookings.cancel(b.id());
                Notification.show(getTranslation("activities.sessionRegister.bookingCancelledIfAnyoneWas"));
                build();
            });
            cancel.setAriaLabel(getTranslation("activities.sessionRegister.cancelAria", b.residentName()));
            var status = new Span(b.status() == BookingStatus.BOOKED ? getTranslation("activities.sessionRegister.booked") : getTranslation("activities.sessionRegister.waitingNumber", b.waitingPosition()));
            var line = new HorizontalLayout(new Span(b.residentName()), status, cancel);
            line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            bookingList.add(line);
        }
    }

    private FormLayout headcounts(Map<AgeBand, Integer> current) {
        var fields = new EnumMap<AgeBand, IntegerField>(AgeBand.class);
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("600px", 4));
        for (AgeBand band : AgeBand.values()) {
            var f = new IntegerField(getTranslation("activities.sessionRegister.aged", band.label()));
            f.setMin(0);
            f.setStepButtonsVisible(true);
            f.setValue(current.getOrDefault(band, 0));
            fields.put(band, f);
            form.add(f);
        }
        var save = new Button(getTranslation("activities.sessionRegister.saveCounts"), e -> {
            var counts = new EnumMap<AgeBand, Integer>(AgeBand.class);
            fields.forEach((band, f) -> counts.put(band, f.getValue() == null ? 0 : f.getValue()));
            try {
                registers.saveHeadcounts(session.id(), counts);
                Notification.show(getTranslation("activities.sessionRegister.countsSaved"));
            } catch (InvalidInputException invalid) {
                Notification.show(invalid.getMessage());
            }
        });
        form.add(new H2(getTranslation("activities.sessionRegister.peopleAtTheDropIn")), 4);
        form.add(save);
        return form;
    }

    private ComboBox<ResidentSummary> residentPicker(String label) {
        var picker = new ComboBox<ResidentSummary>(label);
        picker.setPlaceholder(getTranslation("activities.sessionRegister.typeAName"));
        picker.setItems(q -> residents.search(new ResidentFilter(q.getFilter().orElse(""), null, null, null),
                q.getOffset(), q.getLimit()).stream());
        picker.setItemLabelGenerator(r -> r.displayName() + (r.dateOfBirth() == null ? "" : getTranslation("activities.common.born", String.valueOf(r.dateOfBirth().getYear()))));
        return picker;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activities.sessionRegister.pageTitle");
    }
}
