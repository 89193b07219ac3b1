package io.kadens.scim;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The filters identity providers send: {@code attribute eq "value"} (Okta and Entra ID look people
 * up by userName or externalId, groups by displayName). Anything else is refused as invalidFilter
 * rather than silently matching everyone.
 */
record ScimFilter(String attribute, String value) {

    private static final Pattern EQ = Pattern.compile("^\\s*([A-Za-z0-9_.:\\[\\]\" -]+?)\\s+eq\\s+\"((?:[^\"\\\\]|\\\\.)*)\"\\s*$",
            Pattern.CASE_INSENSITIVE);

    static ScimFilter parse(String filter) {
        if (filter == null || filter.isBlank()) {
            return null;
        }
        Matcher matcher = EQ.matcher(filter);
        if (!matcher.matches()) {
            throw new ScimException(400, "invalidFilter", "Only filters of the form attribute eq \"value\" are supported");
        }
        String attribute = matcher.group(1).trim();
        int colon = attribute.lastIndexOf(':');
        if (attribute.toLowerCase(Locale.ROOT).startsWith("urn:") && colon > 0) {
            attribute = attribute.substring(colon + 1);
        }
        return new ScimFilter(attribute.toLowerCase(Locale.ROOT),
                matcher.group(2).replace("\\\"", "\"").replace("\\\\", "\\"));
    }
}
