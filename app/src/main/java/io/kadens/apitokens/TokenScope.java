package io.kadens.apitokens;

/** What a personal access token may do with its person's rights: only read, or read and write. */
public enum TokenScope {
    /** GET, HEAD and OPTIONS only; every other method is refused with 403. */
    READ,
    READ_WRITE
}
