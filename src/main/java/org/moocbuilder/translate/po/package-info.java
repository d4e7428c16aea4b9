/** A small, strict reader and writer of GNU gettext PO files. */
package org.moocbuilder.translate.po;
