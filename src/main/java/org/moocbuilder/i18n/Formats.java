package org.moocbuilder.i18n;

import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Numbers and durations written the way each language writes them, by ICU. */
public final class Formats {

    private final LocaleInfo locale;
    /** Courses repeat a few durations thousands of times, and each ICU format call costs tens of microseconds. */
    private final Map<Integer, String> durations = new ConcurrentHashMap<>();

    public Formats(LocaleInfo locale) {
        this.locale = locale;
    }

    /** A share from 0 to 100, e.g. "73.4%" or "73,4 %". */
    public String percent(double value) {
        NumberFormat format = NumberFormat.getPercentInstance(locale.locale());
        format.setMaximumFractionDigits(1);
        return format.format(value / 100.0);
    }

    public String number(long value) {
        return NumberFormat.getInstance(locale.locale()).format(value);
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
        return MeasureFormat.getInstance(locale.locale(), MeasureFormat.FormatWidth.SHORT)
                .formatMeasures(parts.toArray(new Measure[0]));
    }
}
