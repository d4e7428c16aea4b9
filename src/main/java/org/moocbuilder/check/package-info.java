/** {@code mooc check}: links, accessibility, page weight, reading level and coverage of the built site, reported against the sources. */
package org.moocbuilder.check;
