/** Pages from templates: the theme (FreeMarker, auto-escaping {@code .ftlh}), the view models templates see, and the page renderer. */
package org.moocbuilder.render;
