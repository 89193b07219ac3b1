package io.kadens.compensation;

import java.math.BigDecimal;

/** One cell of the merit matrix: the guideline raise in percent for a final rating and a compa-ratio band. */
public record MeritCell(int rating, CompaBand band, BigDecimal percent) {
}
