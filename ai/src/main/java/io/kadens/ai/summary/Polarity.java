package io.kadens.ai.summary;

/** Whether a theme is something the person does well or something to grow in. */
public enum Polarity { STRENGTH, GROWTH_AREA }
