/**
 * The SMART goal coach: the offline checker, the suggester and their records. A named interface of the
 * ai module, so the goals feature may use it (the rest of the ai module's sub-packages stay internal).
 */
@NamedInterface("smart")
package io.kadens.ai.smart;

import org.springframework.modulith.NamedInterface;
