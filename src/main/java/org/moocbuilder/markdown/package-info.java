/** Markdown to HTML with flexmark: the extensions we allow, our own callouts, heading ids and link rewriting. */
package org.moocbuilder.markdown;
