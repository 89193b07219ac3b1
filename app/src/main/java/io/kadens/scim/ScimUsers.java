package io.kadens.scim;

import static io.kadens.db.Tables.EMPLOYEE;
import static io.kadens.db.Tables.SCIM_IDENTITY;

import io.kadens.audit.AuditLog;
import io.kadens.people.PeopleAdministration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * SCIM Users: people of the token's tenant. userName is the work email; DELETE and
 * {@code active=false} deactivate (people are never deleted: their history stays); the enterprise
 * extension carries department (by name, created when missing) and manager (by Kadens id).
 */
@Service
@Transactional
class ScimUsers {

    static final int MAX_PAGE = 200;
    /** The audit action of a reporting-line change through SCIM; HR admins see these on the SCIM page. */
    static final String MANAGER_CHANGED = "scim.user.manager_changed";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final String CORE_PREFIX = ScimJson.USER.toLowerCase(Locale.ROOT) + ":";
    private static final String ENTERPRISE_PREFIX = ScimJson.ENTERPRISE.toLowerCase(Locale.ROOT) + ":";

    private final ScimRepository repository;
    private final PeopleAdministration people;
    private final AuditLog auditLog;

    ScimUsers(ScimRepository repository, PeopleAdministration people, AuditLog auditLog) {
        this.repository = repository;
        this.people = people;
        this.auditLog = auditLog;
    }

    static ScimClient client() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof ScimSecurityConfiguration.ScimAuthentication auth) {
            return auth.getPrincipal();
        }
        throw new ScimException(401, null, "A valid SCIM bearer token is required");
    }

    @Transactional(readOnly = true)
    public Map<String, Object> list(String filter, int startIndex, int count, String baseUrl) {
        client();
        Condition condition = condition(ScimFilter.parse(filter));
        int start = Math.max(1, startIndex);
        int size = Math.clamp(count, 0, MAX_PAGE);
        List<Object> resources = new ArrayList<>();
        repository.list(condition, start - 1, size).forEach(user -> resources.add(json(user, baseUrl)));
        return ScimJson.list(resources, repository.count(condition), start);
    }

    private static Condition condition(ScimFilter filter) {
        if (filter == null) {
            return DSL.trueCondition();
        }
        return switch (filter.attribute()) {
            case "username", "emails.value", "emails[type eq \"work\"].value", "emails" ->
                    EMPLOYEE.EMAIL.eq(filter.value().toLowerCase(Locale.ROOT));
            case "externalid" -> SCIM_IDENTITY.EXTERNAL_ID.eq(filter.value());
            case "id" -> uuid(filter.value()) == null ? DSL.falseCondition() : EMPLOYEE.ID.eq(uuid(filter.value()));
            default -> throw new ScimException(400, "invalidFilter", "Cannot filter Users by " + filter.attribute());
        };
    }

    @Transactional(readOnly = true)
    public Map<String, Object> get(String id, String baseUrl) {
        client();
        return json(find(id), baseUrl);
    }

    private ScimUser find(String id) {
        UUID uuid = uuid(id);
        return (uuid == null ? java.util.Optional.<ScimUser>empty() : repository.find(uuid))
                .orElseThrow(() -> ScimException.notFound("User"));
    }

    public Map<String, Object> create(JsonNode body, String baseUrl) {
        ScimClient client = client();
        Draft draft = Draft.from(body);
        draft.validate();
        if (repository.idByEmail(draft.userName).isPresent()) {
            throw new ScimException(409, "uniqueness", "A user with this userName exists");
        }
        UUID id = UUID.randomUUID();
        ScimUser user = draft.toUser(id, 0);
        checkManager(user);
        write(() -> repository.insert(id, user, department(user)));
        ScimUser created = repository.find(id).orElseThrow();
        auditLog.recordAs(client.auditActor(), "scim.user.created", "person", id.toString(), null, audited(created));
        auditManagerChange(client, id, null, created.managerId());
        return json(created, baseUrl);
    }

    public Map<String, Object> replace(String id, JsonNode body, String baseUrl) {
        ScimUser before = find(id);
        Draft draft = Draft.from(body);
        return save(before, draft, "scim.user.replaced", baseUrl);
    }

    public Map<String, Object> patch(String id, JsonNode body, String baseUrl) {
        ScimUser before = find(id);
        Draft draft = Draft.of(before);
        JsonNode operations = body.get("Operations");
        if (operations == null || !operations.isArray()) {
            throw new ScimException(400, "invalidSyntax", "A PatchOp needs Operations");
        }
        for (JsonNode operation : operations) {
            String op = text(operation.get("op"));
            if (op == null || !List.of("add", "replace", "remove").contains(op.toLowerCase(Locale.ROOT))) {
                throw new ScimException(400, "invalidSyntax", "Unknown patch op " + op);
            }
            boolean remove = op.equalsIgnoreCase("remove");
            String path = text(operation.get("path"));
            JsonNode value = operation.get("value");
            if (path == null) {
                if (value == null || !value.isObject()) {
                    throw new ScimException(400, "noTarget", "A patch without path needs an object value");
                }
                draft.applyObject(value);
            } else {
                draft.apply(path, remove ? null : value);
            }
        }
        return save(before, draft, "scim.user.patched", baseUrl);
    }

    /** DELETE deactivates: the person stays, so goals, reviews and counts keep adding up. */
    public void deactivate(String id) {
        ScimUser before = find(id);
        setActive(before, false);
    }

    private Map<String, Object> save(ScimUser before, Draft draft, String action, String baseUrl) {
        ScimClient client = client();
        draft.validate();
        ScimUser wanted = draft.toUser(before.id(), before.version());
        if (!wanted.userName().equals(before.userName())
                && repository.idByEmail(wanted.userName()).filter(other -> !other.equals(before.id())).isPresent()) {
            throw new ScimException(409, "uniqueness", "A user with this userName exists");
        }
        checkManager(wanted);
        write(() -> repository.update(wanted, department(wanted)));
        if (wanted.active() != before.active()) {
            setActive(repository.find(before.id()).orElseThrow(), wanted.active());
        }
        ScimUser after = repository.find(before.id()).orElseThrow();
        auditLog.recordAs(client.auditActor(), action, "person", before.id().toString(), audited(before), audited(after));
        auditManagerChange(client, before.id(), before.managerId(), after.managerId());
        return json(after, baseUrl);
    }

    /** A reporting line set or changed through SCIM: audited on its own, so HR admins can list these. */
    private void auditManagerChange(ScimClient client, UUID person, UUID before, UUID after) {
        if (java.util.Objects.equals(before, after)) {
            return;
        }
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("managerId", before);
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("managerId", after);
        auditLog.recordAs(client.auditActor(), MANAGER_CHANGED, "person", person.toString(), was, now);
    }

    private void setActive(ScimUser user, boolean active) {
        if (user.active() == active) {
            return;
        }
        // Audited once, by the people feature, under the SCIM client's name.
        try {
            if (active) {
                people.reactivate(user.id(), user.version(), client().auditActor());
            } else {
                people.deactivate(user.id(), null, user.version(), client().auditActor());
            }
        } catch (io.kadens.platform.InvalidInputException refused) {
            throw ScimException.invalidValue("Cannot change active: " + refused.fieldErrors().values());
        }
    }

    private void checkManager(ScimUser user) {
        if (user.managerId() != null && (user.managerId().equals(user.id()) || !repository.exists(user.managerId()))) {
            throw ScimException.invalidValue("manager is not a user of this organisation");
        }
    }

    private UUID department(ScimUser user) {
        return user.department() == null ? null : repository.departmentNamed(user.department());
    }

    private static void write(Runnable work) {
        try {
            work.run();
        } catch (org.springframework.dao.DataAccessException | org.jooq.exception.DataAccessException e) {
            String message = messages(e);
            if (message.contains("reporting line cycle")) {
                throw ScimException.invalidValue("manager would make a reporting-line cycle");
            }
            if (message.contains("duplicate key")) {
                throw new ScimException(409, "uniqueness", "userName or externalId is already taken");
            }
            throw ScimException.invalidValue("The user could not be stored");
        }
    }

    static String messages(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            text.append(cause.getMessage()).append('\n');
        }
        return text.toString();
    }

    /** What the audit log keeps of a SCIM change. */
    private static Map<String, Object> audited(ScimUser user) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("userName", user.userName());
        state.put("givenName", user.givenName());
        state.put("familyName", user.familyName());
        state.put("active", user.active());
        state.put("title", user.title());
        state.put("department", user.department());
        state.put("managerId", user.managerId());
        state.put("externalId", user.externalId());
        return state;
    }

    static Map<String, Object> json(ScimUser user, String baseUrl) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schemas", List.of(ScimJson.USER, ScimJson.ENTERPRISE));
        body.put("id", user.id().toString());
        if (user.externalId() != null) {
            body.put("externalId", user.externalId());
        }
        body.put("userName", user.userName());
        body.put("name", Map.of("givenName", user.givenName(), "familyName", user.familyName(),
                "formatted", user.givenName() + " " + user.familyName()));
        body.put("displayName", user.givenName() + " " + user.familyName());
        body.put("active", user.active());
        body.put("emails", List.of(Map.of("value", user.userName(), "type", "work", "primary", true)));
        if (user.title() != null) {
            body.put("title", user.title());
        }
        if (user.phone() != null) {
            body.put("phoneNumbers", List.of(Map.of("value", user.phone(), "type", "work")));
        }
        if (user.preferredLanguage() != null) {
            body.put("preferredLanguage", user.preferredLanguage());
        }
        Map<String, Object> enterprise = new LinkedHashMap<>();
        if (user.department() != null) {
            enterprise.put("department", user.department());
        }
        if (user.managerId() != null) {
            enterprise.put("manager", Map.of("value", user.managerId().toString()));
        }
        body.put(ScimJson.ENTERPRISE, enterprise);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("resourceType", "User");
        if (user.created() != null) {
            meta.put("created", user.created().toString());
        }
        meta.put("version", "W/\"" + user.version() + "\"");
        meta.put("location", baseUrl + "/Users/" + user.id());
        body.put("meta", meta);
        return body;
    }

    static UUID uuid(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        String text = node.isString() ? node.stringValue() : node.toString();
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** A user being built from a request, or changed by patch operations. */
    static final class Draft {
        String externalId;
        String userName;
        String givenName;
        String familyName;
        boolean active = true;
        String title;
        String phone;
        String preferredLanguage;
        String department;
        UUID managerId;

        static Draft of(ScimUser user) {
            Draft draft = new Draft();
            draft.externalId = user.externalId();
            draft.userName = user.userName();
            draft.givenName = user.givenName();
            draft.familyName = user.familyName();
            draft.active = user.active();
            draft.title = user.title();
            draft.phone = user.phone();
            draft.preferredLanguage = user.preferredLanguage();
            draft.department = user.department();
            draft.managerId = user.managerId();
            return draft;
        }

        /** A full resource (POST, PUT): what it leaves out is cleared, except the status (default active). */
        static Draft from(JsonNode body) {
            if (body == null || !body.isObject()) {
                throw new ScimException(400, "invalidSyntax", "A User resource is required");
            }
            Draft draft = new Draft();
            draft.applyObject(body);
            if (draft.userName == null) {
                JsonNode emails = body.get("emails");
                if (emails != null && emails.isArray() && !emails.isEmpty()) {
                    draft.userName = lower(text(emails.get(0).get("value")));
                }
            }
            if (draft.givenName == null || draft.familyName == null) {
                String display = text(body.get("displayName"));
                if (display != null && display.contains(" ")) {
                    int space = display.lastIndexOf(' ');
                    draft.givenName = draft.givenName != null ? draft.givenName : display.substring(0, space).trim();
                    draft.familyName = draft.familyName != null ? draft.familyName : display.substring(space + 1).trim();
                }
            }
            return draft;
        }

        void applyObject(JsonNode object) {
            for (var entry : object.properties()) {
                String key = entry.getKey();
                JsonNode value = entry.getValue();
                if (key.equalsIgnoreCase(ScimJson.ENTERPRISE) && value.isObject()) {
                    for (var inner : value.properties()) {
                        apply(ScimJson.ENTERPRISE + ":" + inner.getKey(), inner.getValue());
                    }
                } else if (key.equalsIgnoreCase("name") && value.isObject()) {
                    for (var inner : value.properties()) {
                        apply("name." + inner.getKey(), inner.getValue());
                    }
                } else if (!key.equalsIgnoreCase("schemas") && !key.equalsIgnoreCase("id") && !key.equalsIgnoreCase("meta")) {
                    apply(key, value);
                }
            }
        }

        /** One attribute by its SCIM path; a null value removes it. Unknown attributes are ignored. */
        void apply(String rawPath, JsonNode value) {
            String path = rawPath.trim().toLowerCase(Locale.ROOT);
            if (path.startsWith(CORE_PREFIX)) {
                path = path.substring(CORE_PREFIX.length());
            } else if (path.startsWith(ENTERPRISE_PREFIX)) {
                path = "enterprise." + path.substring(ENTERPRISE_PREFIX.length());
            }
            if (path.startsWith("emails") || path.startsWith("phonenumbers")) {
                if (value != null && value.isArray()) {
                    value = value.isEmpty() ? null : value.get(0).get("value");
                } else if (value != null && value.isObject()) {
                    value = value.get("value");
                }
                path = path.startsWith("emails") ? "emails" : "phonenumbers";
            }
            switch (path) {
                case "username" -> userName = lower(text(value));
                case "externalid" -> externalId = text(value);
                case "name.givenname" -> givenName = text(value);
                case "name.familyname" -> familyName = text(value);
                case "active" -> active = value == null || value.isNull() ? active
                        : value.isBoolean() ? value.booleanValue() : Boolean.parseBoolean(text(value));
                case "title" -> title = text(value);
                case "phonenumbers" -> phone = text(value);
                case "emails" -> {
                    if (userName == null) {
                        userName = lower(text(value));
                    }
                }
                case "preferredlanguage", "locale" -> preferredLanguage = language(text(value));
                case "enterprise.department" -> department = text(value);
                case "enterprise.manager" -> {
                    JsonNode manager = value != null && value.isObject() ? value.get("value") : value;
                    String id = text(manager);
                    managerId = id == null ? null : uuid(id);
                    if (id != null && managerId == null) {
                        throw ScimException.invalidValue("manager must be the id of a user");
                    }
                }
                default -> {
                    // Attributes Kadens does not keep (addresses, nickName, ...) are accepted and ignored.
                }
            }
        }

        void validate() {
            if (userName == null || !EMAIL.matcher(userName).matches()) {
                throw ScimException.invalidValue("userName must be an email address");
            }
            if (givenName == null || familyName == null) {
                throw ScimException.invalidValue("name.givenName and name.familyName are required");
            }
        }

        ScimUser toUser(UUID id, long version) {
            return new ScimUser(id, externalId, userName, givenName, familyName, active, title, phone,
                    preferredLanguage, department, managerId, null, version);
        }

        private static String lower(String text) {
            return text == null ? null : text.toLowerCase(Locale.ROOT);
        }

        private static String language(String tag) {
            if (tag == null) {
                return null;
            }
            String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
            return "sv".equals(language) || "en".equals(language) ? language : null;
        }
    }
}
