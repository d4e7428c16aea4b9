/**
 * Results of pure steps (a parsed catalog, a page cut into segments, a lesson's quizzes) kept
 * between the rebuilds of a live session, keyed by everything they depend on.
 */
package org.moocbuilder.memo;
