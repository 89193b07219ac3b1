package io.kadens.calibration;

/**
 * PREVIEW: each calibrator records proposals privately. MEETING: the facilitator opened the meeting; every
 * proposal is shown and people are moved in the 9-box. FINISHED: the calibrated ratings stand, nothing changes.
 */
public enum SessionStatus {
    PREVIEW, MEETING, FINISHED
}
