package org.moocbuilder.render;

import java.util.function.Supplier;

/**
 * A course's navigation in one language, shared by the tasks drawing its pages on several
 * threads: made by the first task that asks, and let go when the last is done with it, so a
 * build holds the navigations of the few courses being drawn, not of the whole site.
 */
final class SharedNavigation<T> {

    private final Supplier<T> make;
    private int usersLeft;
    private T navigation;

    /** @param users how many tasks will each {@link #get} it once, then {@link #release} it once */
    SharedNavigation(Supplier<T> make, int users) {
        this.make = make;
        this.usersLeft = users;
    }

    synchronized T get() {
        if (navigation == null) {
            navigation = make.get();
        }
        return navigation;
    }

    synchronized void release() {
        if (--usersLeft == 0) {
            navigation = null;
        }
    }
}
