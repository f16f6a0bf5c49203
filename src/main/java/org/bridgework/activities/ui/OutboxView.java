package org.bridgework.activities.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.activities.OutboxDispatcher;
import org.bridgework.activities.OutboxMessage;
import org.bridgework.activities.OutboxService;
import org.bridgework.security.Access;

import java.time.LocalDate;
import java.time.ZoneId;

/** What has been, or would have been, sent to residents, and why some messages were held back. */
@Route("outbox")
@Menu(order = 25, icon = "vaadin:envelopes-o", title = "activities.menu.messagesToResidents")
@RolesAllowed({Access.ADMIN, Access.OFFICER})
class OutboxView extends VerticalLayout implements HasDynamicTitle {

    final Grid<OutboxMessage> grid = new Grid<>();
    final ComboBox<String> status = new ComboBox<>(getTranslation("activities.outbox.status"));

    OutboxView(OutboxService outbox, OutboxDispatcher dispatcher) {
        setSizeFull();
        status.setItems("PENDING", "SENT", "HELD", "SUPPRESSED", "FAILED");
        status.setItemLabelGenerator(OutboxView::statusLabel);
        status.setClearButtonVisible(true);
        status.setPlaceholder(getTranslation("activities.outbox.any"));
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var send = new Button(getTranslation("activities.outbox.sendWaitingMessagesNow"), e -> {
            Notification.show(getTranslation("activities.outbox.processed", dispatcher.dispatchPending()));
            grid.getDataProvider().refreshAll();
        });
        var remind = new Button(getTranslation("activities.outbox.queueTomorrowsReminders"), e -> {
            Notification.show(getTranslation("activities.outbox.queuedReminders",
                    outbox.queueReminders(LocalDate.now(ZoneId.of("Europe/London")).plusDays(1))));
            grid.getDataProvider().refreshAll();
        });
        var bar = new HorizontalLayout(status, send, remind);
        bar.setWrap(true);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        grid.addColumn(m -> Texts.dateTime(m.createdAt())).setHeader(getTranslation("activities.outbox.queued")).setAutoWidth(true);
        grid.addColumn(OutboxMessage::kind).setHeader(getTranslation("activities.outbox.kind")).setAutoWidth(true);
        grid.addColumn(m -> m.recipient() == null ? getTranslation("activities.outbox.resident", String.valueOf(m.residentId())) : m.recipient()).setHeader(getTranslation("activities.outbox.to")).setAutoWidth(true);
        grid.addColumn(OutboxMessage::subject).setHeader(getTranslation("activities.outbox.subject")).setFlexGrow(1);
        grid.addColumn(m -> statusLabel(m.status()) + (m.reason() == null ? "" : ": " + m.reason())).setHeader(getTranslation("activities.outbox.status")).setFlexGrow(1);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(m -> new Paragraph(m.body())));
        grid.setItems(q -> outbox.page(status.getValue(), q.getOffset(), q.getLimit()).stream());
        grid.setAriaLabel(getTranslation("activities.outbox.messagesToResidents"));
        add(new H1(getTranslation("activities.outbox.messagesToResidents")),
                new Paragraph(getTranslation("activities.outbox.explanation")), bar, grid);
    }

    static String statusLabel(String s) {
        return switch (s) {
            case "PENDING" -> I18NProvider.translate("activities.outbox.waitingToSend");
            case "SENT" -> I18NProvider.translate("activities.outbox.sent");
            case "HELD" -> I18NProvider.translate("activities.outbox.notSentMailIsOff");
            case "SUPPRESSED" -> I18NProvider.translate("activities.outbox.notSent");
            case "FAILED" -> I18NProvider.translate("activities.outbox.failed");
            default -> s;
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activities.outbox.pageTitle");
    }
}
