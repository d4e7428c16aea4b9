package org.moocbuilder.i18n;

import java.util.List;
import java.util.Map;

/**
 * The languages a build draws, source first, and each one's interface strings.
 *
 * @param locales  source language first
 * @param messages by language tag
 */
public record Languages(List<LocaleInfo> locales, Map<String, Messages> messages) {

    public Languages {
        locales = List.copyOf(locales);
        messages = Map.copyOf(messages);
    }

    /** The language the course is written in. */
    public LocaleInfo source() {
        return locales.get(0);
    }

    public List<String> tags() {
        return locales.stream().map(LocaleInfo::tag).toList();
    }

    public Messages messages(LocaleInfo locale) {
        return messages.get(locale.tag());
    }
}
