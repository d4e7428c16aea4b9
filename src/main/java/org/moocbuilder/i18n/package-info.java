/** Languages: direction and names from ICU, UI message bundles in ICU MessageFormat, number and duration formats. */
package org.moocbuilder.i18n;
