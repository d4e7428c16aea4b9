/** Self-check quizzes: written as YAML in ```quiz fences, validated, rendered as accessible forms, exported. */
package org.moocbuilder.quiz;
