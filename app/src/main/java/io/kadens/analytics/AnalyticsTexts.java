package io.kadens.analytics;

import io.kadens.analytics.AnalyticsChart.Format;
import io.kadens.analytics.AnalyticsChart.Label;
import io.kadens.platform.KadensTranslations;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Labels, months and figures of analytics charts in a reader's language and locale. */
@Component
public class AnalyticsTexts {

    private final KadensTranslations translations;

    AnalyticsTexts(KadensTranslations translations) {
        this.translations = translations;
    }

    public String label(Label label, Locale locale) {
        return switch (label.kind()) {
            case KEY -> translations.getTranslation(label.value(), locale);
            case TEXT -> label.valueSv() != null && "sv".equals(locale.getLanguage()) ? label.valueSv() : label.value();
            case MONTH -> month(YearMonth.parse(label.value()), locale);
        };
    }

    public String title(AnalyticsChart chart, Locale locale) {
        String title = translations.getTranslation(chart.titleKey(), locale);
        return chart.detail() == null ? title : title + ": " + chart.detail();
    }

    /** "mars 2026" / "March 2026". */
    public String month(YearMonth month, Locale locale) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
    }

    /** A short month for chart axes: "mars 26"/"Mar 26". */
    public String shortMonth(YearMonth month, Locale locale) {
        return DateTimeFormatter.ofPattern("LLL yy", locale).format(month);
    }

    /** A figure as the reader reads it: "42,5 %", "1,2", "17". */
    public String figure(Double value, Format format, Locale locale) {
        if (value == null) {
            return translations.getTranslation("analytics.no-figure", locale);
        }
        return switch (format) {
            case PERCENT -> {
                NumberFormat percent = NumberFormat.getPercentInstance(locale);
                percent.setMaximumFractionDigits(1);
                yield percent.format(value / 100);
            }
            case COUNT -> NumberFormat.getIntegerInstance(locale).format(Math.round(value));
            case RATE, AVERAGE -> {
                NumberFormat number = NumberFormat.getNumberInstance(locale);
                number.setMaximumFractionDigits(format == Format.AVERAGE ? 2 : 1);
                yield number.format(value);
            }
        };
    }

    public String translate(String key, Locale locale, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

}
