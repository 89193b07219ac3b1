package io.kadens.people;

/** Whether a person is with the company. An inactive person cannot sign in and leaves the directory. */
public enum PersonStatus {
    ACTIVE, INACTIVE
}
