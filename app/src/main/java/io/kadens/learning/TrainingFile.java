package io.kadens.learning;

public record TrainingFile(String fileName, String mediaType, byte[] content) {
}
