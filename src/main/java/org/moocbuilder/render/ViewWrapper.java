package org.moocbuilder.render;

import freemarker.ext.beans.GenericObjectModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperConfiguration;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelWithAPISupport;
import freemarker.template.TemplateScalarModel;
import freemarker.ext.util.WrapperTemplateModel;
import java.util.List;
import java.util.Map;

/**
 * FreeMarker's object wrapper, with the view records read through {@link ViewFields} instead of
 * reflection. What a table does not name (a record's {@code toString}, {@code ?keys}, a method
 * with arguments) goes to the model FreeMarker would have made, made on first need, so a
 * template sees the same values, the same errors and nothing more than before.
 */
final class ViewWrapper extends DefaultObjectWrapper {

    ViewWrapper(DefaultObjectWrapperConfiguration settings) {
        super(settings, true);
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        Map<String, ViewFields.Field> fields = ViewFields.of(object.getClass());
        return fields == null ? super.handleUnknownType(object) : new ViewModel(object, fields);
    }

    private final class ViewModel implements TemplateHashModelEx, MethodCallAwareTemplateHashModel,
            TemplateScalarModel, AdapterTemplateModel, WrapperTemplateModel, TemplateModelWithAPISupport {

        private final Object view;
        private final Map<String, ViewFields.Field> fields;
        private GenericObjectModel reflected;

        ViewModel(Object view, Map<String, ViewFields.Field> fields) {
            this.view = view;
            this.fields = fields;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            ViewFields.Field field = fields.get(key);
            return field != null ? wrap(field.value().apply(view)) : reflected().get(key);
        }

        @Override
        public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
            ViewFields.Field field = fields.get(key);
            if (field != null && field.callable()) {
                return (TemplateMethodModelEx) (List arguments) -> {
                    if (!arguments.isEmpty()) {
                        throw new TemplateModelException(key + "() takes no arguments, but was given " + arguments.size());
                    }
                    return wrap(field.value().apply(view));
                };
            }
            return reflected().getBeforeMethodCall(key);
        }

        @Override
        public boolean isEmpty() throws TemplateModelException {
            return reflected().isEmpty();
        }

        @Override
        public int size() throws TemplateModelException {
            return reflected().size();
        }

        @Override
        public TemplateCollectionModel keys() throws TemplateModelException {
            return reflected().keys();
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            return reflected().values();
        }

        @Override
        public String getAsString() throws TemplateModelException {
            return reflected().getAsString();
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return view;
        }

        @Override
        public Object getWrappedObject() {
            return view;
        }

        @Override
        public TemplateModel getAPI() throws TemplateModelException {
            return reflected().getAPI();
        }

        /** The model FreeMarker makes of a record, for what the table leaves to it. */
        private GenericObjectModel reflected() throws TemplateModelException {
            if (reflected == null) {
                reflected = (GenericObjectModel) ViewWrapper.super.handleUnknownType(view);
            }
            return reflected;
        }
    }
}
