package org.moocbuilder.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.moocbuilder.render.Views.Crumb;

/** What a theme's templates may call on the Java objects behind their variables. */
class ViewsOnlyAccessTest {

    private final ViewsOnlyAccess access = new ViewsOnlyAccess();

    @Test
    void aViewRecordShowsTheMethodsItDeclaresAndNothingItInherits() throws Exception {
        ClassMemberAccessPolicy crumb = access.forClass(Crumb.class);
        assertTrue(crumb.isMethodExposed(Crumb.class.getMethod("title")));
        assertFalse(crumb.isMethodExposed(Crumb.class.getMethod("getClass")));
        assertFalse(crumb.isMethodExposed(Object.class.getMethod("wait")));
        assertFalse(crumb.isConstructorExposed(Crumb.class.getDeclaredConstructors()[0]));
        assertFalse(crumb.isFieldExposed(Crumb.class.getDeclaredFields()[0]));
    }

    @Test
    void anyOtherClassShowsNothing() throws Exception {
        // Class and Path would lead to the build's files; String is no view record either.
        for (Class<?> type : new Class<?>[] {Class.class, Path.class, String.class, Thread.class}) {
            ClassMemberAccessPolicy policy = access.forClass(type);
            for (var method : type.getMethods()) {
                assertFalse(policy.isMethodExposed(method), type + ": " + method);
            }
            for (var constructor : type.getConstructors()) {
                assertFalse(policy.isConstructorExposed(constructor), type + ": " + constructor);
            }
            for (var field : type.getFields()) {
                assertFalse(policy.isFieldExposed(field), type + ": " + field);
            }
        }
    }
}
