package io.kadens.scim;

import static io.kadens.db.Tables.DEPARTMENT;

import io.kadens.audit.AuditLog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * SCIM Groups are Kadens departments (a person is in one department, as an identity provider's
 * department groups have it). Membership sets the person's department; removing a member clears it.
 */
@Service
@Transactional
class ScimGroups {

    private final ScimRepository repository;
    private final AuditLog auditLog;

    ScimGroups(ScimRepository repository, AuditLog auditLog) {
        this.repository = repository;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    public Map<String, Object> list(String filter, int startIndex, int count, String baseUrl) {
        ScimUsers.client();
        ScimFilter parsed = ScimFilter.parse(filter);
        Condition condition = parsed == null ? DSL.trueCondition() : switch (parsed.attribute()) {
            case "displayname" -> DSL.lower(DEPARTMENT.NAME).eq(parsed.value().toLowerCase(Locale.ROOT));
            case "id" -> ScimUsers.uuid(parsed.value()) == null ? DSL.falseCondition()
                    : DEPARTMENT.ID.eq(ScimUsers.uuid(parsed.value()));
            case "externalid" -> DSL.falseCondition();
            default -> throw new ScimException(400, "invalidFilter", "Cannot filter Groups by " + parsed.attribute());
        };
        int start = Math.max(1, startIndex);
        List<Object> resources = new ArrayList<>();
        repository.groups(condition, start - 1, Math.clamp(count, 0, ScimUsers.MAX_PAGE))
                .forEach(group -> resources.add(json(group, baseUrl)));
        return ScimJson.list(resources, repository.countGroups(condition), start);
    }

    @Transactional(readOnly = true)
    public Map<String, Object> get(String id, String baseUrl) {
        ScimUsers.client();
        return json(find(id), baseUrl);
    }

    private ScimRepository.GroupRow find(String id) {
        UUID uuid = ScimUsers.uuid(id);
        return (uuid == null ? java.util.Optional.<ScimRepository.GroupRow>empty() : repository.group(uuid))
                .orElseThrow(() -> ScimException.notFound("Group"));
    }

    public Map<String, Object> create(JsonNode body, String baseUrl) {
        ScimClient client = ScimUsers.client();
        String name = ScimUsers.text(body.get("displayName"));
        if (name == null) {
            throw ScimException.invalidValue("displayName is required");
        }
        if (repository.countGroups(DSL.lower(DEPARTMENT.NAME).eq(name.toLowerCase(Locale.ROOT))) > 0) {
            throw new ScimException(409, "uniqueness", "A group with this displayName exists");
        }
        UUID id = repository.insertGroup(name);
        setMembers(id, memberIds(body.get("members")), true);
        auditLog.recordAs(client.auditActor(), "scim.group.created", "department", id.toString(), null,
                Map.of("name", name));
        return json(repository.group(id).orElseThrow(), baseUrl);
    }

    public Map<String, Object> replace(String id, JsonNode body, String baseUrl) {
        ScimClient client = ScimUsers.client();
        ScimRepository.GroupRow group = find(id);
        String name = ScimUsers.text(body.get("displayName"));
        if (name != null && !name.equals(group.name())) {
            rename(group.id(), name);
        }
        List<UUID> wanted = memberIds(body.get("members"));
        List<UUID> current = repository.members(group.id()).stream().map(ScimUser::id).toList();
        repository.removeFromDepartment(current.stream().filter(m -> !wanted.contains(m)).toList(), group.id());
        setMembers(group.id(), wanted, true);
        auditLog.recordAs(client.auditActor(), "scim.group.replaced", "department", id, Map.of("name", group.name()),
                Map.of("name", name == null ? group.name() : name, "members", wanted.size()));
        return json(repository.group(group.id()).orElseThrow(), baseUrl);
    }

    public Map<String, Object> patch(String id, JsonNode body, String baseUrl) {
        ScimClient client = ScimUsers.client();
        ScimRepository.GroupRow group = find(id);
        JsonNode operations = body.get("Operations");
        if (operations == null || !operations.isArray()) {
            throw new ScimException(400, "invalidSyntax", "A PatchOp needs Operations");
        }
        for (JsonNode operation : operations) {
            String op = String.valueOf(ScimUsers.text(operation.get("op"))).toLowerCase(Locale.ROOT);
            String path = ScimUsers.text(operation.get("path"));
            JsonNode value = operation.get("value");
            String target = path == null ? "" : path.toLowerCase(Locale.ROOT);
            if (target.startsWith("members")) {
                List<UUID> ids = new ArrayList<>(memberIds(value));
                // Entra removes one member as: path members[value eq "id"]
                java.util.regex.Matcher one = java.util.regex.Pattern.compile("members\\[value eq \"([^\"]+)\"]")
                        .matcher(target);
                if (one.find() && ScimUsers.uuid(one.group(1)) != null) {
                    ids.add(ScimUsers.uuid(one.group(1)));
                }
                if (op.equals("remove")) {
                    repository.removeFromDepartment(ids, group.id());
                } else {
                    if (op.equals("replace")) {
                        List<UUID> current = repository.members(group.id()).stream().map(ScimUser::id).toList();
                        repository.removeFromDepartment(current.stream().filter(m -> !ids.contains(m)).toList(),
                                group.id());
                    }
                    setMembers(group.id(), ids, true);
                }
            } else if (target.equals("displayname") || (path == null && value != null && value.has("displayName"))) {
                String name = ScimUsers.text(path == null ? value.get("displayName") : value);
                if (name != null) {
                    rename(group.id(), name);
                }
            } else if (!target.equals("externalid")) {
                throw new ScimException(400, "invalidPath", "Cannot patch " + path);
            }
        }
        auditLog.recordAs(client.auditActor(), "scim.group.patched", "department", id, null,
                Map.of("operations", operations.size()));
        return json(repository.group(group.id()).orElseThrow(), baseUrl);
    }

    public void delete(String id) {
        ScimClient client = ScimUsers.client();
        ScimRepository.GroupRow group = find(id);
        try {
            repository.deleteGroup(group.id());
        } catch (org.springframework.dao.DataAccessException | org.jooq.exception.DataAccessException stillUsed) {
            throw new ScimException(409, "mutability", "The department still has teams or sub-departments");
        }
        auditLog.recordAs(client.auditActor(), "scim.group.deleted", "department", id, Map.of("name", group.name()),
                null);
    }

    private void rename(UUID id, String name) {
        try {
            repository.renameGroup(id, name);
        } catch (org.springframework.dao.DataAccessException | org.jooq.exception.DataAccessException taken) {
            throw new ScimException(409, "uniqueness", "A group with this displayName exists");
        }
    }

    private void setMembers(UUID departmentId, List<UUID> members, boolean checkExist) {
        for (UUID member : members) {
            if (checkExist && !repository.exists(member)) {
                throw ScimException.invalidValue("a member is not a user of this organisation");
            }
        }
        repository.setDepartment(members, departmentId);
    }

    private static List<UUID> memberIds(JsonNode members) {
        List<UUID> ids = new ArrayList<>();
        if (members == null || members.isNull()) {
            return ids;
        }
        if (members.isObject() && members.has("members")) {
            members = members.get("members");
        }
        for (JsonNode member : members.isArray() ? members : List.of(members)) {
            UUID id = ScimUsers.uuid(ScimUsers.text(member.isObject() ? member.get("value") : member));
            if (id == null) {
                throw ScimException.invalidValue("members must name users by id");
            }
            ids.add(id);
        }
        return ids;
    }

    private Map<String, Object> json(ScimRepository.GroupRow group, String baseUrl) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schemas", List.of(ScimJson.GROUP));
        body.put("id", group.id().toString());
        body.put("displayName", group.name());
        body.put("members", repository.members(group.id()).stream()
                .map(user -> Map.of("value", user.id().toString(), "display", user.givenName() + " " + user.familyName(),
                        "$ref", baseUrl + "/Users/" + user.id()))
                .toList());
        body.put("meta", Map.of("resourceType", "Group", "version", "W/\"" + group.version() + "\"",
                "location", baseUrl + "/Groups/" + group.id()));
        return body;
    }
}
