/** XLIFF 1.2 and 2.0 interchange for the PO bundles, for translation agencies and CAT tools. */
package org.moocbuilder.translate.xliff;
