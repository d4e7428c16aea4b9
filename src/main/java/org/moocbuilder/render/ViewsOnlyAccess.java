package org.moocbuilder.render;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * What a theme's templates may call on the Java objects they are given: the methods the build's
 * own view records declare (their fields, {@code Text.parts()}, ...), and nothing else.
 * FreeMarker's default policy refuses a list of known dangers (the class loader, {@code forName})
 * but lets any public method through otherwise: {@code x.getClass().getProtectionDomain()} wrote
 * where the build's jar lies on the machine into the page. A theme is not trusted; it needs no
 * method that no view record declares.
 */
final class ViewsOnlyAccess implements MemberAccessPolicy {

    private static final MethodsOnly NOTHING = method -> false;

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> type) {
        return isViewRecord(type) ? new DeclaredBy(type) : NOTHING;
    }

    /** {@code ${record}} reads its {@code toString}, as with FreeMarker's own policy. */
    @Override
    public boolean isToStringAlwaysExposed() {
        return true;
    }

    private static boolean isViewRecord(Class<?> type) {
        return type.isRecord() && type.getPackageName().startsWith("org.moocbuilder.");
    }

    /** A policy for methods alone: templates reach no constructor and no field of any class. */
    private interface MethodsOnly extends ClassMemberAccessPolicy {
        @Override
        default boolean isConstructorExposed(Constructor<?> constructor) {
            return false;
        }

        @Override
        default boolean isFieldExposed(Field field) {
            return false;
        }
    }

    /** The methods a view record declares itself: not those of Object, such as getClass. */
    private record DeclaredBy(Class<?> type) implements MethodsOnly {
        @Override
        public boolean isMethodExposed(Method method) {
            return method.getDeclaringClass() == type;
        }
    }
}
