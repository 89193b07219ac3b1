package io.kadens.learning;

import io.kadens.ai.ChunkDraft;
import io.kadens.ai.IndexProgress;
import io.kadens.ai.KnowledgeHit;
import io.kadens.ai.KnowledgeIndex;
import io.kadens.ai.KnowledgeQuery;
import io.kadens.ai.Languages;
import io.kadens.ai.SearchAccessRules;
import io.kadens.ai.SourceRef;
import io.kadens.audit.AuditLog;
import io.kadens.learning.ImportReport.Problem;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.tenants.TenantScope;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tenant's training library: HR admins keep the catalogue (by hand or by CSV import), everyone
 * browses and searches it. Every item is one chunk in the knowledge index (source type
 * {@value #SOURCE_TYPE}, its competencies as the chunk's competencies), written in the same
 * transaction as the item, so the catalogue and what retrieval finds never disagree.
 */
@Service
public class TrainingLibrary {

    public static final String SOURCE_TYPE = io.kadens.ai.SourceTypes.TRAINING_ITEM;

    /** Rows a catalogue import takes at most. */
    static final int MAX_IMPORT_ROWS = 2_000;
    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    /**
     * Below this cosine similarity a hit that matched no word is left out: nearest-neighbour search
     * always returns something, and an unrelated course is noise in a search result.
     */
    static final double MIN_SIMILARITY = 0.25;

    static final List<String> CSV_COLUMNS = List.of("title", "description", "provider", "provider_name", "url",
            "format", "duration_minutes", "level", "competencies", "language", "tags");

    private final LearningRepository repository;
    private final KnowledgeIndex index;
    private final SearchAccessRules knowledge;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final TransactionTemplate reads;
    private final TrainingCompetencyReferences competencyLinks;

    TrainingLibrary(LearningRepository repository, KnowledgeIndex index, SearchAccessRules knowledge,
                    CurrentUser currentUser, AuditLog audit, PlatformTransactionManager transactionManager,
                    TrainingCompetencyReferences competencyLinks) {
        this.competencyLinks = competencyLinks;
        this.repository = repository;
        this.index = index;
        this.knowledge = knowledge;
        this.currentUser = currentUser;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.reads = new TransactionTemplate(transactionManager);
        this.reads.setReadOnly(true);
    }

    // ------------------------------------------------------------------ browsing and searching

    /** Without text: the filtered catalogue by title. With text: best matches first, by meaning and by words. */
    public List<TrainingItem> search(LibraryQuery query) {
        requireTenantUser();
        String text = query.text() == null ? "" : query.text().strip();
        if (text.isEmpty()) {
            return reads.execute(status -> repository.items(query, null));
        }
        String competency = query.competency() == null || query.competency().isBlank() ? null
                : query.competency().strip().toLowerCase(Locale.ROOT);
        String language = query.language() == null || query.language().isBlank() ? null : query.language();
        List<KnowledgeHit> hits = knowledge.search(new KnowledgeQuery(text, KnowledgeQuery.MAX_K, Set.of(SOURCE_TYPE),
                competency, language));
        LinkedHashSet<UUID> ranked = new LinkedHashSet<>();
        for (KnowledgeHit hit : hits) {
            if (hit.textRank() != null || hit.similarity() >= MIN_SIMILARITY) {
                ranked.add(UUID.fromString(hit.source().id()));
            }
        }
        if (ranked.isEmpty()) {
            return List.of();
        }
        Map<UUID, TrainingItem> byId = new HashMap<>();
        reads.execute(status -> repository.items(query, ranked)).forEach(item -> byId.put(item.id(), item));
        return ranked.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Of the given items, those the signed-in person may open, by the rule of {@link #item}: everyone of the
     * tenant sees the whole catalogue, the operator nothing. One query for any number (knowledge search and
     * AI citations check a page of hits at once).
     */
    public Set<UUID> openable(java.util.Collection<UUID> itemIds) {
        if (itemIds.isEmpty() || currentUser.get().map(KadensUser::isOperator).orElse(false)) {
            return Set.of();
        }
        requireTenantUser();
        List<TrainingItem> found = reads.execute(status -> repository.items(LibraryQuery.all(), itemIds));
        return found == null ? Set.of() : found.stream().map(TrainingItem::id).collect(java.util.stream.Collectors.toSet());
    }

    public Optional<TrainingItem> item(UUID id) {
        requireTenantUser();
        return reads.execute(status -> repository.item(id));
    }

    public Optional<TrainingFile> file(UUID id) {
        requireTenantUser();
        return reads.execute(status -> repository.file(id));
    }

    /** Every competency the catalogue develops, for the search filter. */
    public List<String> competencies() {
        requireTenantUser();
        return reads.execute(status -> repository.competencies());
    }

    /**
     * The framework's active competencies an item can develop (the form picks from them); empty when the tenant
     * has no competency framework, and then competencies are free words.
     */
    public List<String> frameworkCompetencies() {
        requireTenantUser();
        return reads.execute(status -> competencyLinks.frameworkNames());
    }

    // ------------------------------------------------------------------ keeping the catalogue

    public UUID create(TrainingItemData data) {
        requireAdministrator();
        validate(data);
        return transactions.execute(status -> {
            if (repository.idsByLowerTitle().containsKey(data.title().toLowerCase(Locale.ROOT))) {
                throw InvalidInputException.of("title", "learning.title.taken");
            }
            UUID id = UUID.randomUUID();
            repository.insertItem(id, data);
            competencyLinks.linkWords(id, data.competencies());
            indexItem(id, data);
            audit.record("training.item.created", "training_item", id.toString(), null, data);
            return id;
        });
    }

    /** Saves an edit made from {@code expectedVersion}; someone else's save in between is a {@link ConcurrentEditException}. */
    public void update(UUID id, long expectedVersion, TrainingItemData data) {
        requireAdministrator();
        validate(data);
        transactions.executeWithoutResult(status -> {
            TrainingItem before = repository.item(id)
                    .orElseThrow(() -> InvalidInputException.of("item", "learning.item.not-found"));
            UUID sameTitle = repository.idsByLowerTitle().get(data.title().toLowerCase(Locale.ROOT));
            if (sameTitle != null && !sameTitle.equals(id)) {
                throw InvalidInputException.of("title", "learning.title.taken");
            }
            if (!repository.updateItem(id, expectedVersion, data)) {
                throw new ConcurrentEditException("training_item", id);
            }
            competencyLinks.linkWords(id, data.competencies());
            indexItem(id, data);
            audit.record("training.item.updated", "training_item", id.toString(), before.data(), data);
        });
    }

    /** Attaches (or with null removes) the item's file. */
    public void attachFile(UUID id, long expectedVersion, TrainingFile file) {
        requireAdministrator();
        if (file != null) {
            var errors = new InvalidInputException.Collector();
            errors.check(file.content() != null && file.content().length > 0, "file", "learning.file.empty");
            errors.check(file.content() == null || file.content().length <= MAX_FILE_BYTES, "file",
                    "learning.file.too-large");
            errors.throwIfAny();
        }
        transactions.executeWithoutResult(status -> {
            if (!repository.attachFile(id, expectedVersion, file)) {
                throw new ConcurrentEditException("training_item", id);
            }
            audit.record("training.item.file", "training_item", id.toString(), null,
                    file == null ? null : Map.of("fileName", file.fileName(), "bytes", file.content().length));
        });
    }

    public void delete(UUID id) {
        requireAdministrator();
        transactions.executeWithoutResult(status -> {
            TrainingItem before = repository.item(id)
                    .orElseThrow(() -> InvalidInputException.of("item", "learning.item.not-found"));
            index.deleteSource(SourceRef.of(SOURCE_TYPE, id));
            repository.deleteItem(id);
            audit.record("training.item.deleted", "training_item", id.toString(), before.data(), null);
        });
    }

    private static void validate(TrainingItemData data) {
        var errors = new InvalidInputException.Collector();
        errors.check(data.title() != null && !data.title().isBlank(), "title", "learning.title.required");
        errors.check(data.title() == null || data.title().length() <= 200, "title", "learning.title.too-long");
        errors.check(data.format() != null, "format", "learning.format.required");
        errors.check(data.level() != null, "level", "learning.level.required");
        errors.check(data.providerKind() != null, "provider", "learning.provider.required");
        errors.check(data.language() != null && Languages.SUPPORTED.contains(data.language()), "language",
                "learning.language.required");
        errors.check(data.url() == null || data.url().matches("(?i)https?://\\S+"), "url", "learning.url.invalid");
        errors.check(data.durationMinutes() == null || data.durationMinutes() > 0, "duration",
                "learning.duration.invalid");
        errors.throwIfAny();
    }

    private void indexItem(UUID id, TrainingItemData data) {
        index.replaceSource(SourceRef.of(SOURCE_TYPE, id), List.of(draft(id, data)), IndexProgress.NONE);
    }

    static ChunkDraft draft(UUID id, TrainingItemData data) {
        StringBuilder text = new StringBuilder(data.title());
        if (!data.description().isBlank()) {
            text.append('\n').append(data.description());
        }
        if (!data.competencies().isEmpty()) {
            text.append('\n').append(String.join(", ", data.competencies()));
        }
        if (!data.tags().isEmpty()) {
            text.append('\n').append(String.join(", ", data.tags()));
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put(ChunkDraft.TITLE, data.title());
        metadata.put(ChunkDraft.LINK, "learning/" + id);
        metadata.put("format", data.format().name());
        metadata.put("level", data.level().name());
        metadata.put("provider", data.providerKind().name());
        // A long description is cut rather than split: an item is one search result.
        String chunk = text.length() > 1500 ? text.substring(0, 1500) : text.toString();
        return new ChunkDraft(chunk, data.language(), data.competencyKeys(), metadata);
    }

    // ------------------------------------------------------------------ CSV import

    /**
     * Imports a catalogue: all rows or none. Rows whose title matches an existing item (ignoring case)
     * update it; the others create items. Columns: {@link #CSV_COLUMNS} (comma- or semicolon-separated,
     * UTF-8); lists inside a cell are separated by the other of the two, or by "|".
     */
    public ImportReport importCatalogue(byte[] csv) {
        requireAdministrator();
        List<Problem> problems = new ArrayList<>();
        List<TrainingItemData> rows = parse(csv, problems);
        if (!problems.isEmpty()) {
            return new ImportReport(rows.size(), 0, 0, List.copyOf(problems));
        }
        int[] counts = new int[2];
        transactions.executeWithoutResult(status -> {
            Map<String, UUID> existing = repository.idsByLowerTitle();
            for (TrainingItemData data : rows) {
                UUID id = existing.get(data.title().toLowerCase(Locale.ROOT));
                if (id == null) {
                    id = UUID.randomUUID();
                    repository.insertItem(id, data);
                    counts[0]++;
                } else {
                    long version = repository.item(id).orElseThrow().version();
                    repository.updateItem(id, version, data);
                    counts[1]++;
                }
                competencyLinks.linkWords(id, data.competencies());
                indexItem(id, data);
            }
            audit.record("training.catalogue.imported", "training_item", "catalogue", null,
                    Map.of("rows", rows.size(), "created", counts[0], "updated", counts[1]));
        });
        return new ImportReport(rows.size(), counts[0], counts[1], List.of());
    }

    private static List<TrainingItemData> parse(byte[] csv, List<Problem> problems) {
        if (csv == null || csv.length == 0) {
            problems.add(new Problem(1, "", "learning.import.empty", ""));
            return List.of();
        }
        String text = new String(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String header = text.lines().findFirst().orElse("");
        char delimiter = header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setTrim(true).setIgnoreEmptyLines(true).get();
        List<TrainingItemData> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> columns = new HashMap<>();
            parser.getHeaderMap().forEach((name, position) -> columns.put(name.strip().toLowerCase(Locale.ROOT),
                    position));
            for (String required : List.of("title", "format", "level", "language")) {
                if (!columns.containsKey(required)) {
                    problems.add(new Problem(1, required, "learning.import.missing-column", required));
                }
            }
            if (!problems.isEmpty()) {
                return List.of();
            }
            Map<String, Integer> titles = new HashMap<>();
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                if (rows.size() >= MAX_IMPORT_ROWS) {
                    problems.add(new Problem(line, "", "learning.import.too-many-rows", String.valueOf(MAX_IMPORT_ROWS)));
                    break;
                }
                Function<String, String> cell = column -> columns.containsKey(column)
                        && columns.get(column) < record.size() ? record.get(columns.get(column)).strip() : "";
                TrainingItemData data = row(line, cell, delimiter, problems);
                if (data != null) {
                    Integer earlier = titles.putIfAbsent(data.title().toLowerCase(Locale.ROOT), line);
                    if (earlier != null) {
                        problems.add(new Problem(line, "title", "learning.import.duplicate-title", data.title()));
                    }
                    rows.add(data);
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException broken) {
            problems.add(new Problem(1, "", "learning.import.unreadable", String.valueOf(broken.getMessage())));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(2, "", "learning.import.no-rows", ""));
        }
        return rows;
    }

    private static TrainingItemData row(int line, Function<String, String> cell, char delimiter,
                                        List<Problem> problems) {
        int before = problems.size();
        String title = cell.apply("title");
        if (title.isEmpty()) {
            problems.add(new Problem(line, "title", "learning.title.required", ""));
        } else if (title.length() > 200) {
            problems.add(new Problem(line, "title", "learning.title.too-long", title.substring(0, 40) + "…"));
        }
        ProviderKind provider = switch (cell.apply("provider").toLowerCase(Locale.ROOT)) {
            case "", "internal", "intern" -> ProviderKind.INTERNAL;
            case "external", "extern" -> ProviderKind.EXTERNAL;
            default -> {
                problems.add(new Problem(line, "provider", "learning.import.bad-provider", cell.apply("provider")));
                yield null;
            }
        };
        TrainingFormat format = parseEnum(TrainingFormat.class, cell.apply("format"));
        if (format == null) {
            problems.add(new Problem(line, "format", "learning.import.bad-format", cell.apply("format")));
        }
        TrainingLevel level = parseEnum(TrainingLevel.class, cell.apply("level"));
        if (level == null) {
            problems.add(new Problem(line, "level", "learning.import.bad-level", cell.apply("level")));
        }
        String language = cell.apply("language").toLowerCase(Locale.ROOT);
        if (!Languages.SUPPORTED.contains(language)) {
            problems.add(new Problem(line, "language", "learning.import.bad-language", cell.apply("language")));
        }
        Integer duration = null;
        String minutes = cell.apply("duration_minutes");
        if (!minutes.isEmpty()) {
            try {
                duration = Integer.parseInt(minutes);
                if (duration <= 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException notANumber) {
                problems.add(new Problem(line, "duration_minutes", "learning.import.bad-duration", minutes));
            }
        }
        String url = cell.apply("url");
        if (!url.isEmpty() && !url.matches("(?i)https?://\\S+")) {
            problems.add(new Problem(line, "url", "learning.url.invalid", url));
        }
        if (problems.size() > before) {
            return null;
        }
        return new TrainingItemData(title, cell.apply("description"), provider, cell.apply("provider_name"), url,
                format, duration, level, list(cell.apply("competencies"), delimiter), language,
                list(cell.apply("tags"), delimiter));
    }

    private static List<String> list(String cell, char delimiter) {
        return TrainingItemData.split(cell.replace('|', delimiter == ';' ? ',' : ';'));
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
        try {
            return value.isBlank() ? null : Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** An example catalogue file, offered for download on the admin screen. */
    public static String csvTemplate() {
        return String.join(",", CSV_COLUMNS) + "\n"
                + "Coaching conversations,Ask open questions and help people find their own answers.,internal,"
                + "People team,,workshop,180,intermediate,coaching;leadership,en,managers\n";
    }

    // ------------------------------------------------------------------ access

    private KadensUser requireTenantUser() {
        if (TenantScope.explicitTenant().isPresent() && currentUser.get().isEmpty()) {
            return null;
        }
        KadensUser user = currentUser.require();
        if (user.isOperator()) {
            throw new AccessDeniedException("the operator sees no tenant's training library");
        }
        return user;
    }

    private void requireAdministrator() {
        if (TenantScope.explicitTenant().isPresent() && currentUser.get().isEmpty()) {
            return; // system work: demo seeding
        }
        KadensUser user = currentUser.require();
        if (user.isOperator() || !user.has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("only HR admins keep the training library");
        }
    }
}
