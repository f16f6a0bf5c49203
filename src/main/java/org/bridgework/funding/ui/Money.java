package org.bridgework.funding.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Amounts as people write them: £25,000 or £612.40. */
final class Money {

    private Money() {
    }

    static String format(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        var f = NumberFormat.getCurrencyInstance(Locale.UK);
        try {
            f.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return amount.toPlainString() + " " + currency;
        }
        f.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        return f.format(amount);
    }
}
