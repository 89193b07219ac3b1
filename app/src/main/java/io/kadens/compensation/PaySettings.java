package io.kadens.compensation;

/** The tenant's choices about pay data; {@code version} 0 while the defaults apply. */
public record PaySettings(boolean employeesSeeOwnPay, long version) {
}
