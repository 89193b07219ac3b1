package io.kadens.compensation.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Amounts, percentages and ratios in the reader's locale ("52 000,00 kr" in Swedish, "SEK 52,000.00" in English). */
final class Money {

    private Money() {
    }

    static String amount(BigDecimal value, String currency, Locale locale) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        if (currency != null) {
            try {
                format.setCurrency(Currency.getInstance(currency));
            } catch (IllegalArgumentException unknownCode) {
                return number(value, locale) + " " + currency;
            }
        }
        return format.format(value);
    }

    static String number(BigDecimal value, Locale locale) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(3);
        return format.format(value);
    }

    static String percent(BigDecimal value, Locale locale) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        return format.format(value) + " %";
    }
}
