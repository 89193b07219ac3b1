package io.kadens.ai.llm;

import io.kadens.ai.AiSettings;
import java.util.Optional;
import org.springframework.ai.anthropic.AnthropicChatModel;
import org.springframework.ai.anthropic.AnthropicChatOptions;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;

/**
 * Builds the deployment's chat model from {@code kadens.ai.llm.*}: an OpenAI-compatible server
 * (base URL used exactly as given, so it includes {@code /v1}) or Anthropic. The clients' own
 * retries are off: {@link ResilientChat} retries, with backoff, behind its circuit breaker.
 */
public final class ChatModels {

    private ChatModels() {
    }

    public static Optional<ChatModel> create(AiSettings.Llm llm) {
        if (!llm.configured()) {
            return Optional.empty();
        }
        String apiKey = llm.apiKey().isEmpty() ? "not-needed" : llm.apiKey();
        if (llm.provider().equals("anthropic")) {
            AnthropicChatOptions.Builder options = AnthropicChatOptions.builder()
                    .apiKey(apiKey).model(llm.model()).timeout(llm.timeout()).maxRetries(0)
                    .maxTokens(llm.maxTokens()).temperature(0.2);
            if (llm.baseUrl() != null) {
                options.baseUrl(llm.baseUrl());
            }
            return Optional.of(AnthropicChatModel.builder().options(options.build()).build());
        }
        OpenAiChatOptions options = OpenAiChatOptions.builder()
                .baseUrl(llm.baseUrl()).apiKey(apiKey).model(llm.model()).timeout(llm.timeout()).maxRetries(0)
                .maxTokens(llm.maxTokens()).temperature(0.2).build();
        return Optional.of(OpenAiChatModel.builder().options(options).build());
    }
}
