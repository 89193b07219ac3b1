package io.kadens.scim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SCIM schema URNs and the bodies every SCIM response shares. */
final class ScimJson {

    static final String MEDIA_TYPE = "application/scim+json";
    static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
    static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    static final String LIST = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    static final String PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

    private ScimJson() {
    }

    static Map<String, Object> error(int status, String scimType, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schemas", List.of(ERROR));
        body.put("status", String.valueOf(status));
        if (scimType != null) {
            body.put("scimType", scimType);
        }
        body.put("detail", detail);
        return body;
    }

    static Map<String, Object> list(List<?> resources, int total, int startIndex) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schemas", List.of(LIST));
        body.put("totalResults", total);
        body.put("startIndex", startIndex);
        body.put("itemsPerPage", resources.size());
        body.put("Resources", resources);
        return body;
    }
}
