/** Site and course settings: {@code site.yml} and {@code course.yml}, read into immutable records. */
package org.moocbuilder.config;
