package org.moocbuilder.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moocbuilder.i18n.Messages;

/**
 * {@code msg("key", "name", value, ...)} in templates: formats a UI string of the page's
 * language with ICU. It returns plain text, so {@code .ftlh} escaping still applies.
 */
final class MessageMethod implements TemplateMethodModelEx {

    private final Messages messages;

    MessageMethod(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty() || arguments.size() % 2 == 0) {
            throw new TemplateModelException("msg takes a key, then name and value pairs: msg(\"key\", \"count\", 3)");
        }
        String key = text((TemplateModel) arguments.get(0));
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 1; i < arguments.size(); i += 2) {
            TemplateModel value = (TemplateModel) arguments.get(i + 1);
            values.put(text((TemplateModel) arguments.get(i)),
                    value instanceof TemplateNumberModel number ? number.getAsNumber() : text(value));
        }
        try {
            return messages.format(key, values);
        } catch (IllegalArgumentException e) {
            throw new TemplateModelException(e.getMessage(), e);
        }
    }

    private static String text(TemplateModel model) throws TemplateModelException {
        if (model instanceof TemplateScalarModel scalar) {
            return scalar.getAsString();
        }
        if (model instanceof TemplateNumberModel number) {
            return number.getAsNumber().toString();
        }
        throw new TemplateModelException("msg arguments must be text or numbers");
    }
}
