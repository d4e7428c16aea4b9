/** The build: one method that runs the stages in order, from content to a written site. */
package org.moocbuilder.build;
