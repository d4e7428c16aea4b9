/** The immutable course model: site, courses, modules, lessons and assets, with their places in the output. No I/O. */
package org.moocbuilder.content;
