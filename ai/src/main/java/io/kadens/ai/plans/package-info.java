/**
 * "Draft my plan": ranked competency gaps, 2–4 SMART-checked objectives and their actions, every element
 * citing what it rests on. A named interface of the ai module, so the development feature may use it.
 * Entry points: {@link io.kadens.ai.plans.PlanDrafts} (by the tenant's AI mode) and
 * {@link io.kadens.ai.plans.PlanDraftEngine} (offline).
 */
@org.springframework.modulith.NamedInterface("plans")
package io.kadens.ai.plans;
