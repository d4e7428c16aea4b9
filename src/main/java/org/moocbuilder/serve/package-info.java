/** {@code mooc serve}: the site served from memory on 127.0.0.1, rebuilt on each change, with live reload. */
package org.moocbuilder.serve;
