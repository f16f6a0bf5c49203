package org.bridgework.activities.ui;

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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.activities.OutboxDispatcher;
import org.bridgework.activities.OutboxMessage;
import org.bridgework.activities.OutboxService;
import org.bridgework.security.Access;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** What has been, or would have been, sent to residents, and why some messages were held back. */
@Route("outbox")
@PageTitle("Messages | Bridgework")
@Menu(order = 25, icon = "vaadin:envelopes-o", title = "Messages to residents")
@RolesAllowed({Access.ADMIN, Access.OFFICER})
class OutboxView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.of("Europe/London"));

    final Grid<OutboxMessage> grid = new Grid<>();
    final ComboBox<String> status = new ComboBox<>("Status");

    OutboxView(OutboxService outbox, OutboxDispatcher dispatcher) {
        setSizeFull();
        status.setItems("PENDING", "SENT", "HELD", "SUPPRESSED", "FAILED");
        status.setItemLabelGenerator(OutboxView::statusLabel);
        status.setClearButtonVisible(true);
        status.setPlaceholder("Any");
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var send = new Button("Send waiting messages now", e -> {
            Notification.show(dispatcher.dispatchPending() + " messages processed.");
            grid.getDataProvider().refreshAll();
        });
        var remind = new Button("Queue tomorrow's reminders", e -> {
            Notification.show(outbox.queueReminders(LocalDate.now(ZoneId.of("Europe/London")).plusDays(1)) + " reminders queued.");
            grid.getDataProvider().refreshAll();
        });
        var bar = new HorizontalLayout(status, send, remind);
        bar.setWrap(true);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        grid.addColumn(m -> WHEN.format(m.createdAt())).setHeader("Queued").setAutoWidth(true);
        grid.addColumn(OutboxMessage::kind).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(m -> m.recipient() == null ? "Resident " + m.residentId() : m.recipient()).setHeader("To").setAutoWidth(true);
        grid.addColumn(OutboxMessage::subject).setHeader("Subject").setFlexGrow(1);
        grid.addColumn(m -> statusLabel(m.status()) + (m.reason() == null ? "" : ": " + m.reason())).setHeader("Status").setFlexGrow(1);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(m -> new Paragraph(m.body())));
        grid.setItems(q -> outbox.page(status.getValue(), q.getOffset(), q.getLimit()).stream());
        grid.setAriaLabel("Messages to residents");
        add(new H1("Messages to residents"),
                new Paragraph("Messages go only to residents who agreed to be contacted. When mail is switched off, "
                        + "messages are held here to show what would have been sent."), bar, grid);
    }

    static String statusLabel(String s) {
        return switch (s) {
            case "PENDING" -> "Waiting to send";
            case "SENT" -> "Sent";
            case "HELD" -> "Not sent (mail is off)";
            case "SUPPRESSED" -> "Not sent";
            case "FAILED" -> "Failed";
            default -> s;
        };
    }
}
