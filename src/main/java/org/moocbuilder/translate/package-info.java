/**
 * Translation of course text: segments cut from the source, per-language catalogs (gettext PO),
 * their update without loss, their application to pages, and coverage.
 */
package org.moocbuilder.translate;
