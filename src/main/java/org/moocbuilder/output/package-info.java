/** Writing the site: output files, the atomic swap into the output folder, and the sitemap. */
package org.moocbuilder.output;
