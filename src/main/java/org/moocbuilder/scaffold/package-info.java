/** {@code mooc new}: new courses, modules, lessons and languages, numbered and filled with valid starting text. */
package org.moocbuilder.scaffold;
