/**
 * Review cycles: templates (versioned sections of questions), cycles and their participants. The root
 * package is the module's API ({@link io.kadens.reviews.ReviewTemplates} and records); the repository
 * is package-private; {@code ui} holds the views. Competency ratings ask {@link
 * io.kadens.reviews.CompetencyFramework} first and fall back to the template's own list.
 */
package io.kadens.reviews;
