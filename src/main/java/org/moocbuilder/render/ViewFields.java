package org.moocbuilder.render;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.moocbuilder.markdown.InlineCode;
import org.moocbuilder.render.Views.Alternate;
import org.moocbuilder.render.Views.Body;
import org.moocbuilder.render.Views.CourseCard;
import org.moocbuilder.render.Views.CourseView;
import org.moocbuilder.render.Views.Crumb;
import org.moocbuilder.render.Views.Download;
import org.moocbuilder.render.Views.LanguageChoice;
import org.moocbuilder.render.Views.LessonCard;
import org.moocbuilder.render.Views.LessonView;
import org.moocbuilder.render.Views.ModuleView;
import org.moocbuilder.render.Views.NotFoundMessage;
import org.moocbuilder.render.Views.PageView;
import org.moocbuilder.render.Views.Progress;
import org.moocbuilder.render.Views.ReportCourse;
import org.moocbuilder.render.Views.ReportLocale;
import org.moocbuilder.render.Views.ReportRow;
import org.moocbuilder.translate.SegmentCount;

/**
 * What a template reads of each view record, name by name, as plain method calls. FreeMarker
 * reads a record through reflection: a look-up in its class tables, then {@code Method.invoke}
 * for every {@code ${page.title}} of every page, with no class made at run time for either.
 * These tables give the same values without either. {@code ViewFieldsTest} holds each table to
 * its record: every component, and nothing that is not one but the bean properties and methods
 * listed here, which templates read through FreeMarker too.
 */
final class ViewFields {

    /** One readable name: its value, and whether a template may also call it, {@code x.title()}. */
    record Field(Function<Object, Object> value, boolean callable) {
    }

    private static final Map<Class<?>, Map<String, Field>> TABLES = tables();

    private ViewFields() {
    }

    /** The names a template reads on an object of {@code type} this way, or null for FreeMarker's own way. */
    static Map<String, Field> of(Class<?> type) {
        return TABLES.get(type);
    }

    /** The record types with a table. */
    static Set<Class<?>> types() {
        return TABLES.keySet();
    }

    private static Map<Class<?>, Map<String, Field>> tables() {
        Map<Class<?>, Map<String, Field>> tables = new HashMap<>();
        tables.put(PageView.class, new Table<PageView>()
                .component("kind", PageView::kind).component("lang", PageView::lang).component("dir", PageView::dir)
                .component("title", PageView::title).component("siteTitle", PageView::siteTitle)
                .component("root", PageView::root).component("stylesheet", PageView::stylesheet)
                .component("homeHref", PageView::homeHref).component("alternates", PageView::alternates)
                .component("breadcrumbs", PageView::breadcrumbs)
                .component("untranslatedNotice", PageView::untranslatedNotice)
                .component("sourceLang", PageView::sourceLang).component("canonical", PageView::canonical)
                .component("defaultUrl", PageView::defaultUrl).component("inlineStyle", PageView::inlineStyle)
                .component("script", PageView::script).component("packageScript", PageView::packageScript).fields);
        tables.put(Text.class, new Table<Text>()
                .component("value", Text::value).component("lang", Text::lang).component("dir", Text::dir)
                .component("foreign", Text::foreign).method("parts", Text::parts).property("empty", Text::isEmpty).fields);
        tables.put(InlineCode.Part.class, new Table<InlineCode.Part>()
                .component("text", InlineCode.Part::text).component("code", InlineCode.Part::code).fields);
        tables.put(Alternate.class, new Table<Alternate>()
                .component("lang", Alternate::lang).component("dir", Alternate::dir).component("name", Alternate::name)
                .component("href", Alternate::href).component("url", Alternate::url)
                .component("current", Alternate::current).fields);
        tables.put(Crumb.class, new Table<Crumb>()
                .component("title", Crumb::title).component("href", Crumb::href).fields);
        tables.put(Progress.class, new Table<Progress>()
                .component("course", Progress::course).component("json", Progress::json).fields);
        tables.put(NotFoundMessage.class, new Table<NotFoundMessage>()
                .component("lang", NotFoundMessage::lang).component("dir", NotFoundMessage::dir)
                .component("title", NotFoundMessage::title).component("text", NotFoundMessage::text)
                .component("back", NotFoundMessage::back).component("href", NotFoundMessage::href).fields);
        tables.put(CourseCard.class, new Table<CourseCard>()
                .component("title", CourseCard::title).component("summary", CourseCard::summary)
                .component("href", CourseCard::href).component("moduleCount", CourseCard::moduleCount)
                .component("lessonCount", CourseCard::lessonCount).component("duration", CourseCard::duration).fields);
        tables.put(LessonCard.class, new Table<LessonCard>()
                .component("title", LessonCard::title).component("description", LessonCard::description)
                .component("href", LessonCard::href).component("duration", LessonCard::duration)
                .component("objectives", LessonCard::objectives).component("current", LessonCard::current).fields);
        tables.put(ModuleView.class, new Table<ModuleView>()
                .component("number", ModuleView::number).component("title", ModuleView::title)
                .component("description", ModuleView::description).component("href", ModuleView::href)
                .component("duration", ModuleView::duration).component("lessons", ModuleView::lessons)
                .component("current", ModuleView::current).fields);
        tables.put(CourseView.class, new Table<CourseView>()
                .component("title", CourseView::title).component("summary", CourseView::summary)
                .component("audience", CourseView::audience).component("level", CourseView::level)
                .component("licence", CourseView::licence).component("duration", CourseView::duration)
                .component("moduleCount", CourseView::moduleCount).component("lessonCount", CourseView::lessonCount)
                .component("href", CourseView::href).component("startHref", CourseView::startHref)
                .component("modules", CourseView::modules).fields);
        tables.put(Body.class, new Table<Body>()
                .component("html", Body::html).component("lang", Body::lang).component("dir", Body::dir)
                .component("foreign", Body::foreign).fields);
        tables.put(LessonView.class, new Table<LessonView>()
                .component("title", LessonView::title).component("description", LessonView::description)
                .component("duration", LessonView::duration).component("objectives", LessonView::objectives)
                .component("body", LessonView::body).component("number", LessonView::number)
                .component("total", LessonView::total).component("previous", LessonView::previous)
                .component("next", LessonView::next).fields);
        tables.put(Download.class, new Table<Download>()
                .component("href", Download::href).component("label", Download::label).fields);
        tables.put(LanguageChoice.class, new Table<LanguageChoice>()
                .component("lang", LanguageChoice::lang).component("dir", LanguageChoice::dir)
                .component("name", LanguageChoice::name).component("href", LanguageChoice::href).fields);
        tables.put(ReportLocale.class, new Table<ReportLocale>()
                .component("lang", ReportLocale::lang).component("dir", ReportLocale::dir)
                .component("name", ReportLocale::name).component("percent", ReportLocale::percent)
                .component("count", ReportLocale::count).component("ui", ReportLocale::ui)
                .component("uiMissing", ReportLocale::uiMissing).component("adaptations", ReportLocale::adaptations)
                .component("courses", ReportLocale::courses).fields);
        tables.put(ReportCourse.class, new Table<ReportCourse>()
                .component("title", ReportCourse::title).component("percent", ReportCourse::percent)
                .component("rows", ReportCourse::rows).fields);
        tables.put(ReportRow.class, new Table<ReportRow>()
                .component("title", ReportRow::title).component("href", ReportRow::href)
                .component("percent", ReportRow::percent).component("count", ReportRow::count)
                .component("adaptation", ReportRow::adaptation).fields);
        tables.put(SegmentCount.class, new Table<SegmentCount>()
                .component("segments", SegmentCount::segments).component("translated", SegmentCount::translated)
                .component("fuzzy", SegmentCount::fuzzy).component("missing", SegmentCount::missing)
                .component("words", SegmentCount::words).component("translatedWords", SegmentCount::translatedWords)
                .component("fuzzyWords", SegmentCount::fuzzyWords).component("missingWords", SegmentCount::missingWords)
                .method("percent", SegmentCount::percent).fields);
        return Map.copyOf(tables);
    }

    /** Collects one record's names; each kind as FreeMarker's record policy exposes it. */
    private static final class Table<R> {
        private final Map<String, Field> fields = new HashMap<>();

        /** A record component: read as {@code x.name}, or called as {@code x.name()}. */
        Table<R> component(String name, Function<R, ?> value) {
            return add(name, value, true);
        }

        /** Another method without arguments that is no bean property: read or called, as a component. */
        Table<R> method(String name, Function<R, ?> value) {
            return add(name, value, true);
        }

        /** A bean property ({@code isEmpty()} read as {@code x.empty}): read only, as FreeMarker's policy has it. */
        Table<R> property(String name, Function<R, ?> value) {
            return add(name, value, false);
        }

        @SuppressWarnings("unchecked")
        private Table<R> add(String name, Function<R, ?> value, boolean callable) {
            fields.put(name, new Field((Function<Object, Object>) value, callable));
            return this;
        }
    }
}
