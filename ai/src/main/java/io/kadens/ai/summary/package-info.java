/**
 * The feedback summary, the ai module's second capability: themes (strengths and growth areas) with
 * representative quotes, coverage and caveats, offline by default, with LLM prose verified against
 * the cited feedback. Entry point: {@link io.kadens.ai.summary.FeedbackSummaries}.
 */
@org.springframework.modulith.NamedInterface("summary")
package io.kadens.ai.summary;
