package io.kadens.scim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * SCIM 2.0 (RFC 7643/7644) for identity providers such as Okta and Entra ID, behind a per-tenant
 * bearer token ({@link ScimSecurityConfiguration}). Answers {@code application/scim+json}.
 */
@RestController
@RequestMapping(path = "/scim/v2", produces = {ScimJson.MEDIA_TYPE, "application/json"})
class ScimApi {

    private static final Logger log = LoggerFactory.getLogger(ScimApi.class);

    private final ScimUsers users;
    private final ScimGroups groups;

    ScimApi(ScimUsers users, ScimGroups groups) {
        this.users = users;
        this.groups = groups;
    }

    private static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/scim/v2").toUriString();
    }

    // ------------------------------------------------------------------ Users

    @GetMapping("/Users")
    Map<String, Object> listUsers(@RequestParam(required = false) String filter,
                                  @RequestParam(defaultValue = "1") int startIndex,
                                  @RequestParam(defaultValue = "100") int count) {
        return users.list(filter, startIndex, count, baseUrl());
    }

    @GetMapping("/Users/{id}")
    Map<String, Object> getUser(@PathVariable String id) {
        return users.get(id, baseUrl());
    }

    @PostMapping("/Users")
    ResponseEntity<Map<String, Object>> createUser(@RequestBody JsonNode body) {
        Map<String, Object> created = users.create(body, baseUrl());
        return ResponseEntity.status(201).header("Location", location(created)).body(created);
    }

    @PutMapping("/Users/{id}")
    Map<String, Object> replaceUser(@PathVariable String id, @RequestBody JsonNode body) {
        return users.replace(id, body, baseUrl());
    }

    @PatchMapping("/Users/{id}")
    Map<String, Object> patchUser(@PathVariable String id, @RequestBody JsonNode body) {
        return users.patch(id, body, baseUrl());
    }

    @DeleteMapping("/Users/{id}")
    ResponseEntity<Void> deleteUser(@PathVariable String id) {
        users.deactivate(id);
        return ResponseEntity.noContent().build();
    }

    // ------------------------------------------------------------------ Groups

    @GetMapping("/Groups")
    Map<String, Object> listGroups(@RequestParam(required = false) String filter,
                                   @RequestParam(defaultValue = "1") int startIndex,
                                   @RequestParam(defaultValue = "100") int count) {
        return groups.list(filter, startIndex, count, baseUrl());
    }

    @GetMapping("/Groups/{id}")
    Map<String, Object> getGroup(@PathVariable String id) {
        return groups.get(id, baseUrl());
    }

    @PostMapping("/Groups")
    ResponseEntity<Map<String, Object>> createGroup(@RequestBody JsonNode body) {
        Map<String, Object> created = groups.create(body, baseUrl());
        return ResponseEntity.status(201).header("Location", location(created)).body(created);
    }

    @PutMapping("/Groups/{id}")
    Map<String, Object> replaceGroup(@PathVariable String id, @RequestBody JsonNode body) {
        return groups.replace(id, body, baseUrl());
    }

    @PatchMapping("/Groups/{id}")
    Map<String, Object> patchGroup(@PathVariable String id, @RequestBody JsonNode body) {
        return groups.patch(id, body, baseUrl());
    }

    @DeleteMapping("/Groups/{id}")
    ResponseEntity<Void> deleteGroup(@PathVariable String id) {
        groups.delete(id);
        return ResponseEntity.noContent().build();
    }

    @SuppressWarnings("unchecked")
    private static String location(Map<String, Object> resource) {
        return String.valueOf(((Map<String, Object>) resource.get("meta")).get("location"));
    }

    // ------------------------------------------------------------------ discovery

    @GetMapping("/ServiceProviderConfig")
    Map<String, Object> serviceProviderConfig() {
        ScimUsers.client();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schemas", List.of("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"));
        body.put("patch", Map.of("supported", true));
        body.put("bulk", Map.of("supported", false, "maxOperations", 0, "maxPayloadSize", 0));
        body.put("filter", Map.of("supported", true, "maxResults", ScimUsers.MAX_PAGE));
        body.put("changePassword", Map.of("supported", false));
        body.put("sort", Map.of("supported", false));
        body.put("etag", Map.of("supported", false));
        body.put("authenticationSchemes", List.of(Map.of("type", "oauthbearertoken", "name", "Bearer token",
                "description", "A token an HR admin creates in Kadens under Admin > SCIM", "primary", true)));
        body.put("meta", Map.of("resourceType", "ServiceProviderConfig",
                "location", baseUrl() + "/ServiceProviderConfig"));
        return body;
    }

    @GetMapping("/ResourceTypes")
    Map<String, Object> resourceTypes() {
        ScimUsers.client();
        return ScimJson.list(List.of(userType(), groupType()), 2, 1);
    }

    @GetMapping("/ResourceTypes/{name}")
    Map<String, Object> resourceType(@PathVariable String name) {
        ScimUsers.client();
        return switch (name) {
            case "User" -> userType();
            case "Group" -> groupType();
            default -> throw ScimException.notFound("ResourceType");
        };
    }

    private static Map<String, Object> userType() {
        return Map.of("schemas", List.of("urn:ietf:params:scim:schemas:core:2.0:ResourceType"), "id", "User",
                "name", "User", "endpoint", "/Users", "schema", ScimJson.USER,
                "schemaExtensions", List.of(Map.of("schema", ScimJson.ENTERPRISE, "required", false)),
                "meta", Map.of("resourceType", "ResourceType", "location", baseUrl() + "/ResourceTypes/User"));
    }

    private static Map<String, Object> groupType() {
        return Map.of("schemas", List.of("urn:ietf:params:scim:schemas:core:2.0:ResourceType"), "id", "Group",
                "name", "Group", "endpoint", "/Groups", "schema", ScimJson.GROUP,
                "meta", Map.of("resourceType", "ResourceType", "location", baseUrl() + "/ResourceTypes/Group"));
    }

    @GetMapping("/Schemas")
    Map<String, Object> schemas() {
        ScimUsers.client();
        List<Object> schemas = List.of(
                schema(ScimJson.USER, "User", List.of(
                        attribute("userName", "string", true, "server"), attribute("externalId", "string", false, "none"),
                        complex("name", List.of(attribute("givenName", "string", true, "none"),
                                attribute("familyName", "string", true, "none"))),
                        attribute("active", "boolean", false, "none"), attribute("title", "string", false, "none"),
                        attribute("preferredLanguage", "string", false, "none"),
                        multi("emails"), multi("phoneNumbers"))),
                schema(ScimJson.ENTERPRISE, "EnterpriseUser", List.of(attribute("department", "string", false, "none"),
                        complex("manager", List.of(attribute("value", "string", false, "none"))))),
                schema(ScimJson.GROUP, "Group", List.of(attribute("displayName", "string", true, "server"),
                        multi("members"))));
        return ScimJson.list(schemas, schemas.size(), 1);
    }

    private static Map<String, Object> schema(String id, String name, List<Object> attributes) {
        return Map.of("schemas", List.of("urn:ietf:params:scim:schemas:core:2.0:Schema"), "id", id, "name", name,
                "attributes", attributes, "meta", Map.of("resourceType", "Schema", "location", baseUrl() + "/Schemas/" + id));
    }

    private static Map<String, Object> attribute(String name, String type, boolean required, String uniqueness) {
        return Map.of("name", name, "type", type, "multiValued", false, "required", required,
                "mutability", "readWrite", "returned", "default", "uniqueness", uniqueness, "caseExact", false);
    }

    private static Map<String, Object> complex(String name, List<Object> sub) {
        return Map.of("name", name, "type", "complex", "multiValued", false, "required", false,
                "mutability", "readWrite", "returned", "default", "subAttributes", sub);
    }

    private static Map<String, Object> multi(String name) {
        return Map.of("name", name, "type", "complex", "multiValued", true, "required", false,
                "mutability", "readWrite", "returned", "default",
                "subAttributes", List.of(attribute("value", "string", false, "none"), attribute("type", "string", false, "none")));
    }

    // ------------------------------------------------------------------ errors

    @ExceptionHandler(ScimException.class)
    ResponseEntity<Map<String, Object>> scimError(ScimException e) {
        return error(e.status(), e.scimType(), e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return error(400, "invalidSyntax", "The request body is not valid JSON");
    }

    @ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> badParameter(Exception e) {
        return error(400, "invalidValue", "A query parameter has the wrong type");
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Map<String, Object>> unexpected(RuntimeException e) {
        log.error("SCIM request failed", e);
        return error(500, null, "The request could not be processed");
    }

    private static ResponseEntity<Map<String, Object>> error(int status, String scimType, String detail) {
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.parseMediaType(ScimJson.MEDIA_TYPE))
                .body(ScimJson.error(status, scimType, detail));
    }
}
