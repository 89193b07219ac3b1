package io.kadens.ai.summary;

import io.kadens.ai.AiAnswers;
import io.kadens.ai.AiMode;
import io.kadens.ai.AiResult;
import io.kadens.ai.AnswerMode;
import io.kadens.ai.Draft;
import io.kadens.ai.Evidence;
import io.kadens.ai.GroundedPrompt;
import io.kadens.ai.PersonalDataRedactor;
import io.kadens.ai.SourceRef;
import io.kadens.ai.Statement;
import io.kadens.ai.VerifiedDraft;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The feedback summary capability. The tenant's AI mode decides: off answers nothing; offline gives
 * the {@link FeedbackSummarizer}'s themes; LLM mode has the language model write prose over the
 * very same themes, citing the feedback items, and keeps only the sentences the grounding verifier
 * accepts (each cites items of the summary the requester may see and is close in meaning to them).
 * When the model fails, the offline themes come back with the reason.
 */
public class FeedbackSummaries {

    /** The source type feedback items are cited by; the application's SearchAccessRule answers for it. */
    public static final String SOURCE_TYPE = io.kadens.ai.SourceTypes.FEEDBACK;
    public static final String CAPABILITY = "feedback-summary";

    public static final String INSTRUCTIONS = """
            You summarise feedback that one person received, for that person or their manager.
            The request lists themes already found in the feedback, each with its polarity (strength or \
            growth area) and the labels of the sources that belong to it. For every theme write one or \
            two short sentences that say what those sources say about it, in the language given in the \
            request, citing the labels you rest on (only labels listed for that theme). Do not add \
            themes, do not guess who wrote anything, do not judge the person beyond what the sources \
            say, and write nothing that the cited sources do not support.
            Answer as JSON: {"statements": [{"text": "...", "sources": ["F1", "F2"]}]}""";

    private final FeedbackSummarizer summarizer;
    private final AiAnswers answers;

    public FeedbackSummaries(FeedbackSummarizer summarizer, AiAnswers answers) {
        this.summarizer = summarizer;
        this.answers = answers;
    }

    /**
     * Prepares a later summary of these items while nobody waits: their sentences' vectors are computed when the
     * items are written (offline work, nothing leaves the deployment). Does nothing when AI is off.
     */
    public void warm(List<FeedbackItem> items) {
        if (answers.effectiveMode() != AiMode.OFF && items != null && !items.isEmpty()) {
            summarizer.warm(items);
        }
    }

    /**
     * @param request  the items the requester may see, and the period
     * @param language the requester's language for LLM prose ({@code en} or {@code sv})
     * @param people   whose personal data must not reach the model
     */
    public AiResult<FeedbackSummary> summarize(SummaryRequest request, String language,
                                               PersonalDataRedactor.People people) {
        AiMode mode = answers.effectiveMode();
        if (mode == AiMode.OFF) {
            return AiResult.off();
        }
        FeedbackSummary offline = summarizer.summarize(request);
        if (mode == AiMode.OFFLINE || offline.themes().isEmpty()) {
            return new AiResult<>(offline, AnswerMode.OFFLINE, null);
        }
        GroundedPrompt prompt = prompt(offline, request, language);
        AiResult<VerifiedDraft> drafted = answers.draft(prompt, () -> new Draft(List.of()), people);
        if (drafted.mode() == AnswerMode.OFF) {
            return AiResult.off();
        }
        if (drafted.mode() != AnswerMode.LLM) {
            return new AiResult<>(offline, drafted.mode(), drafted.fallbackReason());
        }
        return new AiResult<>(withProse(offline, drafted.value().statements()), AnswerMode.LLM, null);
    }

    /**
     * The prompt: every item of every theme as labelled evidence, and the themes as the request. An
     * item's evidence is only its sentences that belong to themes, not its whole text: the model writes
     * about the themes and nothing else, and the verifier measures support against exactly those
     * sentences, so an instruction planted in a feedback item is neither sent nor counts as support.
     */
    static GroundedPrompt prompt(FeedbackSummary summary, SummaryRequest request, String language) {
        Map<String, String> labelByItem = new LinkedHashMap<>();
        Set<String> items = request.items().stream().map(FeedbackItem::id).collect(Collectors.toSet());
        Map<String, List<String>> themeSentences = new LinkedHashMap<>();
        for (Theme theme : summary.themes()) {
            for (Quote sentence : theme.sentences()) {
                List<String> sentences = themeSentences.computeIfAbsent(sentence.itemId(), id -> new ArrayList<>());
                if (!sentences.contains(sentence.text())) {
                    sentences.add(sentence.text());
                }
            }
        }
        List<Evidence> evidence = new ArrayList<>();
        StringBuilder themes = new StringBuilder("Language: ").append("sv".equals(language) ? "Swedish" : "English")
                .append("\nThemes:\n");
        int number = 1;
        for (Theme theme : summary.themes()) {
            List<String> labels = new ArrayList<>();
            for (String itemId : theme.itemIds()) {
                String label = labelByItem.get(itemId);
                if (label == null) {
                    if (!items.contains(itemId)) {
                        continue;
                    }
                    label = "F" + (labelByItem.size() + 1);
                    labelByItem.put(itemId, label);
                    evidence.add(new Evidence(label, new SourceRef(SOURCE_TYPE, itemId),
                            String.join(" ", themeSentences.getOrDefault(itemId, List.of()))));
                }
                labels.add(label);
            }
            themes.append("T").append(number++).append(" (")
                    .append(theme.polarity() == Polarity.STRENGTH ? "strength" : "growth area").append("): ")
                    .append(theme.name().label()).append(" — sources ").append(String.join(", ", labels)).append('\n');
        }
        return new GroundedPrompt(CAPABILITY, INSTRUCTIONS, themes.toString(), evidence);
    }

    /**
     * Each verified statement goes to the theme whose items it cites most; a statement citing no
     * item of any theme is left out.
     */
    static FeedbackSummary withProse(FeedbackSummary summary, List<Statement> statements) {
        Map<Integer, List<Statement>> byTheme = new HashMap<>();
        for (Statement statement : statements) {
            Set<String> cited = statement.citations().stream().filter(ref -> SOURCE_TYPE.equals(ref.type()))
                    .map(SourceRef::id).collect(Collectors.toSet());
            int best = -1;
            long bestOverlap = 0;
            for (int i = 0; i < summary.themes().size(); i++) {
                long overlap = summary.themes().get(i).itemIds().stream().filter(cited::contains).count();
                if (overlap > bestOverlap) {
                    best = i;
                    bestOverlap = overlap;
                }
            }
            if (best >= 0) {
                byTheme.computeIfAbsent(best, k -> new ArrayList<>()).add(statement);
            }
        }
        List<Theme> themes = new ArrayList<>();
        for (int i = 0; i < summary.themes().size(); i++) {
            themes.add(summary.themes().get(i).withProse(byTheme.getOrDefault(i, List.of())));
        }
        return new FeedbackSummary(themes, summary.coverage(), summary.caveats());
    }
}
