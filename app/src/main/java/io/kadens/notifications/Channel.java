package io.kadens.notifications;

/** Where a delivery goes. */
public enum Channel { EMAIL, SLACK }
