package org.moocbuilder.check;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Link texts that tell a screen reader user nothing about the target, per language. */
final class MeaninglessLinks {

    private static final Pattern PUNCTUATION_OR_SPACE = Pattern.compile("[\\p{P}\\s]+");

    private static final Map<String, List<String>> TEXTS = Map.of(
            "en", List.of("click here", "here", "read more", "more", "link", "this link", "this page", "learn more"),
            "fr", List.of("cliquez ici", "ici", "en savoir plus", "lire la suite", "plus", "lien", "ce lien"),
            "es", List.of("haga clic aquí", "haz clic aquí", "aquí", "leer más", "más", "enlace", "este enlace"),
            "ar", List.of("اضغط هنا", "انقر هنا", "هنا", "المزيد", "اقرأ المزيد", "رابط"),
            "zh", List.of("点击这里", "点击此处", "这里", "此处", "更多", "阅读更多", "链接"),
            "ru", List.of("нажмите здесь", "здесь", "тут", "подробнее", "читать далее", "ссылка", "далее"));

    private MeaninglessLinks() {
    }

    static boolean isMeaningless(String text, String language) {
        String normalized = PUNCTUATION_OR_SPACE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        if (normalized.isEmpty()) {
            return false;
        }
        return TEXTS.getOrDefault(language, List.of()).contains(normalized) || TEXTS.get("en").contains(normalized);
    }
}
