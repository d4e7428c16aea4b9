/**
 * LMS packages: a course in one language, its pages as the build draws them, packed as a SCORM
 * 1.2 content package with its manifest. See docs/lms.md.
 */
package org.moocbuilder.lms;
