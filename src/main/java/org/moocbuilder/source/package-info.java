/** Reading source files: strict UTF-8, line endings, front matter and YAML with positions kept. */
package org.moocbuilder.source;
