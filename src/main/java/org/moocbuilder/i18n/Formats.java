package org.moocbuilder.i18n;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.text.DecimalFormat;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Numbers and durations written the way each language writes them, by ICU. */
public final class Formats {

    private final LocaleInfo locale;
    /** Courses repeat a few durations thousands of times, and each ICU format call costs tens of microseconds. */
    private final Map<Integer, String> durations = new ConcurrentHashMap<>();
    /**
     * Made on first use and kept: the translation report prints a share for every page, and
     * making ICU's formatters again for each (575 for a 612-page site) was most of its cost.
     * A {@link LocalizedNumberFormatter} is immutable and safe to share.
     */
    private volatile LocalizedNumberFormatter percentFormat;
    /** ICU's formatters are not thread-safe: this one is used under its lock. */
    private volatile MeasureFormat durationFormat;

    public Formats(LocaleInfo locale) {
        this.locale = locale;
    }

    /** A share from 0 to 100, e.g. "73.4%" or "73,4 %". */
    public String percent(double value) {
        LocalizedNumberFormatter formatter = percentFormat;
        if (formatter == null) {
            NumberFormat format = NumberFormat.getPercentInstance(locale.locale());
            format.setMaximumFractionDigits(1);
            if (!(format instanceof DecimalFormat decimal)) {
                // An algorithmic numbering system (e.g. "he-u-nu-hebr") is formatted by rules,
                // which have no NumberFormatter form.
                return format.format(value / 100.0);
            }
            formatter = decimal.toNumberFormatter();
            percentFormat = formatter;
        }
        return formatter.format(value / 100.0).toString();
    }

    public String number(long value) {
        return NumberFormat.getInstance(locale.locale()).format(value);
    }

    /**
     * A file's size in the largest unit that keeps it at least 1, with one decimal below 10
     * (decimal units, as file managers and browsers mostly show them): "840 B", "3.4 kB", "2,3 Mo",
     * "12 МБ".
     */
    public String fileSize(long bytes) {
        return fileSize(locale.locale(), bytes);
    }

    /** The same for any locale (the command line's summary is in English). */
    public static String fileSize(ULocale locale, long bytes) {
        MeasureUnit unit = bytes >= 1_000_000 ? MeasureUnit.MEGABYTE : bytes >= 1_000 ? MeasureUnit.KILOBYTE
                : MeasureUnit.BYTE;
        double value = unit == MeasureUnit.MEGABYTE ? bytes / 1e6 : unit == MeasureUnit.KILOBYTE ? bytes / 1e3 : bytes;
        NumberFormat number = NumberFormat.getInstance(locale);
        number.setMaximumFractionDigits(value < 10 && unit != MeasureUnit.BYTE ? 1 : 0);
        return MeasureFormat.getInstance(locale, MeasureFormat.FormatWidth.SHORT,
                number).format(new Measure(value, unit));
    }

    /** A duration in minutes as hours and minutes, e.g. "2 hr, 30 min" or "2 ч 30 мин". */
    public String duration(int minutes) {
        return durations.computeIfAbsent(minutes, this::formatDuration);
    }

    private String formatDuration(int minutes) {
        List<Measure> parts = new ArrayList<>();
        if (minutes >= 60) {
            parts.add(new Measure(minutes / 60, MeasureUnit.HOUR));
        }
        if (minutes % 60 != 0 || minutes == 0) {
            parts.add(new Measure(minutes % 60, MeasureUnit.MINUTE));
        }
        MeasureFormat format = durationFormat;
        if (format == null) {
            format = MeasureFormat.getInstance(locale.locale(), MeasureFormat.FormatWidth.SHORT);
            durationFormat = format;
        }
        synchronized (format) {
            return format.formatMeasures(parts.toArray(new Measure[0]));
        }
    }
}
