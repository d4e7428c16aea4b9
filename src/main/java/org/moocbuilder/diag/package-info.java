/** Diagnostics: positioned, coded findings collected during a run and reported together. */
package org.moocbuilder.diag;
