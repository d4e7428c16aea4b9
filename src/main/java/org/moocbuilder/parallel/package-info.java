/** Work spread over the machine's cores, shared by the stages: each thread takes the next item when done with one. */
package org.moocbuilder.parallel;
