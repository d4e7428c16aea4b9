/**
 * Offline packages: one zip per language and one for the whole site, made from the written
 * site before it is swapped in, each a folder whose {@code index.html} works opened from disk.
 */
package org.moocbuilder.offline;
