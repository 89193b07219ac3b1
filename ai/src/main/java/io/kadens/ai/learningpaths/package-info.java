/**
 * AI-drafted learning content: a learning path or a course outline for a competency and a level, from
 * company content and the training library, every step cited. A named interface of the ai module.
 * Entry point: {@link io.kadens.ai.learningpaths.LearningPathEngine}.
 */
@org.springframework.modulith.NamedInterface("learningpaths")
package io.kadens.ai.learningpaths;
