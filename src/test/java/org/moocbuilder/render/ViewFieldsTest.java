package org.moocbuilder.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.Configuration;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.moocbuilder.markdown.InlineCode;
import org.moocbuilder.translate.SegmentCount;

/**
 * The tables templates read the view records through must give what FreeMarker's reflection
 * gives: every component, by name, in both ways a template may write it.
 */
class ViewFieldsTest {

    @Test
    void everyViewRecordHasATableOfAllItsComponentsAndOnlyItsOtherReadableMethods() {
        Set<Class<?>> expected = new java.util.HashSet<>(Arrays.stream(Views.class.getDeclaredClasses())
                .filter(Class::isRecord).toList());
        expected.addAll(List.of(Text.class, InlineCode.Part.class, SegmentCount.class));
        assertEquals(expected, ViewFields.types(), "each record a template receives has a table");
        for (Class<?> type : ViewFields.types()) {
            Map<String, ViewFields.Field> table = ViewFields.of(type);
            Set<String> components = new TreeSet<>();
            for (RecordComponent component : type.getRecordComponents()) {
                components.add(component.getName());
                assertTrue(table.containsKey(component.getName()), type.getSimpleName() + "." + component.getName());
                assertTrue(table.get(component.getName()).callable(), type.getSimpleName() + "." + component.getName() + "()");
            }
            for (Map.Entry<String, ViewFields.Field> entry : table.entrySet()) {
                if (components.contains(entry.getKey())) {
                    continue;
                }
                // Not a component: a public method without arguments FreeMarker's record policy shows too.
                String name = entry.getKey();
                String getter = "is" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
                boolean beanProperty = hasPublicNoArgumentMethod(type, getter);
                assertTrue(beanProperty || hasPublicNoArgumentMethod(type, name), type.getSimpleName() + "." + name);
                assertEquals(!beanProperty, entry.getValue().callable(),
                        type.getSimpleName() + "." + name + ": a bean property is read, not called");
            }
        }
    }

    @Test
    void eachTableGivesWhatTheRecordsAccessorsGive() throws Exception {
        for (Class<?> type : ViewFields.types()) {
            Object view = sample(type);
            for (RecordComponent component : type.getRecordComponents()) {
                assertEquals(component.getAccessor().invoke(view),
                        ViewFields.of(type).get(component.getName()).value().apply(view),
                        type.getSimpleName() + "." + component.getName());
            }
        }
    }

    @Test
    void templatesReadTheRecordsAsWithFreeMarkersOwnWrapper() throws Exception {
        Text title = new Text("Running `mooc build`", "fr", "ltr", true);
        Views.LessonCard card = new Views.LessonCard(title, new Text("", "en", "ltr", false), "a b.html", "5 min",
                List.of(title), true);
        Map<String, Object> model = Map.of("card", card, "count", new SegmentCount(3, 1, 1, 1, 30, 10, 10, 10));
        String template = "${card.href}|${card.href()}|${card.current?c}|${card.current()?c}|${card.title.value}"
                + "|<#list card.title.parts as p>[${p.text}:${p.code?c}]</#list>|<#list card.title.parts() as p>${p.text()}</#list>"
                + "|${card.description.empty?c}|${card.description.isEmpty()?c}|${card.objectives?size}"
                + "|${card.hashCode()?c}|${card.toString()}|${card}|${card?has_content?c}|${card.title.foreign?string('y','n')}"
                + "|<#list card?keys?sort as k>${k} </#list>|${count.percent}|${count.percent()}|${count.words}|${card.nothing!'-'}";
        assertEquals(render(template, model, stockWrapper()), render(template, model, ourWrapper()));
        // What FreeMarker refuses, refused here too: a bean property called as a method, arguments to none.
        for (String refused : List.of("${card.description.empty()?c}", "${card.href(1)}", "${card.nothing}")) {
            TemplateException stock = assertThrows(TemplateException.class, () -> render(refused, model, stockWrapper()));
            TemplateException ours = assertThrows(TemplateException.class, () -> render(refused, model, ourWrapper()));
            assertNotNull(stock.getMessage());
            assertFalse(ours.getMessage().isBlank(), refused);
        }
    }

    private static boolean hasPublicNoArgumentMethod(Class<?> type, String name) {
        try {
            Method method = type.getMethod(name);
            return Modifier.isPublic(method.getModifiers()) && method.getReturnType() != void.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** A record with a distinct value in each component (null for a component of another record type). */
    private static Object sample(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            Class<?> t = types[i];
            values.add(t == String.class ? components[i].getName() + i
                    : t == int.class ? i + 7
                    : t == boolean.class ? i % 2 == 0
                    : t == List.class ? List.of("item" + i)
                    : t == Text.class ? new Text("text" + i, "ar", "rtl", true)
                    : null);
        }
        Constructor<?> canonical = type.getDeclaredConstructor(types);
        canonical.setAccessible(true);
        return canonical.newInstance(values.toArray());
    }

    private static ObjectWrapper stockWrapper() {
        return Theme.wrapperSettings().build();
    }

    private static ObjectWrapper ourWrapper() {
        return new ViewWrapper(Theme.wrapperSettings());
    }

    private static String render(String template, Map<String, Object> model, ObjectWrapper wrapper)
            throws Exception {
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        config.setObjectWrapper(wrapper);
        config.setNumberFormat("computer");
        StringWriter out = new StringWriter();
        new Template("t", template, config).process(model, out);
        return out.toString();
    }
}
