package io.kadens.privacy;

import io.kadens.audit.AuditLog;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * GDPR for HR admins: export everything Kadens holds about one person as a ZIP of JSON (every
 * {@link PersonalDataExporter} contributes), and erase a person (personal fields pseudonymised,
 * sign-in removed, every {@link PersonalDataEraser} run; the rows stay so counts and history add up).
 * Both are audited without repeating the personal data.
 */
@Service
@Transactional
public class PrivacyService {

    private static final Pattern PART_NAME = Pattern.compile("^[a-z0-9][a-z0-9-]{0,60}$");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final PrivacyRepository repository;
    private final List<PersonalDataExporter> exporters;
    private final List<PersonalDataEraser> erasers;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;

    PrivacyService(PrivacyRepository repository, List<PersonalDataExporter> exporters, List<PersonalDataEraser> erasers,
                   AuditLog auditLog, CurrentUser currentUser) {
        this.repository = repository;
        this.exporters = exporters;
        this.erasers = erasers;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
    }

    /** The person's data as a ZIP: one JSON file per part, plus {@code manifest.json} listing them. */
    public byte[] export(UUID personId) {
        requireHrAdmin();
        requireKnown(personId);
        Map<String, Object> parts = new LinkedHashMap<>();
        for (PersonalDataExporter exporter : exporters) {
            exporter.export(personId).forEach((name, content) -> {
                if (!PART_NAME.matcher(name).matches() || name.equals("manifest")) {
                    throw new IllegalStateException("export part name not allowed: " + name);
                }
                if (parts.putIfAbsent(name, content) != null) {
                    throw new IllegalStateException("two exporters wrote the part " + name);
                }
            });
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey() + ".json"));
                zip.write(JSON.writeValueAsBytes(part.getValue()));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(JSON.writeValueAsBytes(Map.of("personId", personId.toString(),
                    "parts", new ArrayList<>(parts.keySet()))));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        auditLog.record("person.data_exported", "person", personId.toString(), null,
                Map.of("parts", new ArrayList<>(parts.keySet())));
        return bytes.toByteArray();
    }

    /**
     * Erases a person: name becomes "Former employee N", email a unique placeholder, phone,
     * location, language and photo cleared, sign-in and roles removed, status inactive, reports
     * moved up to the person's manager, team leads cleared. Erasing twice changes nothing more.
     */
    public ErasureResult erase(UUID personId) {
        KadensUser admin = requireHrAdmin();
        requireKnown(personId);
        if (admin.personId().equals(personId)) {
            throw InvalidInputException.of("person", "privacy.erase.self");
        }
        var already = repository.erasureNumber(personId);
        if (already.isPresent()) {
            return new ErasureResult(personId, already.get(), pseudonym(already.get()));
        }
        int number = repository.nextErasureNumber();
        String pseudonym = pseudonym(number);
        String formerEmail = repository.email(personId).orElseThrow();
        repository.erase(personId, number, "Former", "employee " + number);
        // every eraser, the people model's own (PersonDataExporters#personRecordEraser) among them
        for (PersonalDataEraser eraser : erasers) {
            eraser.erase(personId, pseudonym);
        }
        for (PersonalDataEraser eraser : erasers) {
            eraser.eraseLabels(formerEmail, pseudonym);
        }
        auditLog.record("person.erased", "person", personId.toString(), null,
                Map.of("pseudonym", pseudonym, "hooks", erasers.size()));
        return new ErasureResult(personId, number, pseudonym);
    }

    @Transactional(readOnly = true)
    public boolean isErased(UUID personId) {
        requireHrAdmin();
        return repository.erasureNumber(personId).isPresent();
    }

    static String pseudonym(int number) {
        return "Former employee " + number;
    }

    private void requireKnown(UUID personId) {
        if (!repository.exists(personId)) {
            throw InvalidInputException.of("person", "privacy.person.unknown");
        }
    }

    private KadensUser requireHrAdmin() {
        KadensUser user = currentUser.require();
        if (user.isOperator() || !user.has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("only HR admins export or erase personal data");
        }
        return user;
    }
}
