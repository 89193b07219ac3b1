package io.kadens.compensation;

import java.math.BigDecimal;
import java.util.UUID;

/** The pay range of one job level: minimum, midpoint and maximum in one currency. */
public record PayRange(UUID jobFamilyId, UUID jobLevelId, String currency, BigDecimal min, BigDecimal mid,
                       BigDecimal max, long version) {
}
