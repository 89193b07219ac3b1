package io.kadens.ai;

/** Who answered: the configured language model, the in-process offline engine, or nobody (AI off). */
public enum AnswerMode { LLM, OFFLINE, OFF }
