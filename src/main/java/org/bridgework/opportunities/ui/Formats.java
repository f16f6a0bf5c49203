package org.bridgework.opportunities.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.bridgework.opportunities.Opportunity;

import java.time.LocalDate;

final class Formats {

    private Formats() {
    }

    static String date(LocalDate d) {
        return Texts.date(d);
    }

    static String pay(Opportunity o) {
        if (o.unpaid()) {
            return I18NProvider.translate("opportunities.formats.unpaid");
        }
        return I18NProvider.translate("opportunities.formats.pay", Texts.money(o.hourlyRatePence()),
                o.paysLivingWage() ? I18NProvider.translate("opportunities.formats.londonLivingWage") : "");
    }
}
