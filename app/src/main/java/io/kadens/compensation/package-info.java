/**
 * Pay and promotion (issue 15, part 7): pay ranges per job level, each person's salary and compa-ratio
 * ({@link io.kadens.compensation.PayData}), readable only by HR admins and the manager chain above the person,
 * enforced by row-level security as well as here. Final ratings come from {@code reviews.ReviewOutcomes}, people
 * from {@code people.OrgFacts}. See docs/decisions/2026-12-06-compensation.md.
 */
package io.kadens.compensation;
