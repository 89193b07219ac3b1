package io.kadens.organisation;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What it takes to register a tenant; validated here so that no caller can skip it. */
public record NewOrganisation(String slug, String name, String locale, String timeZone) {

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]{1,39}$");
    private static final Set<String> LOCALES = Set.of("en", "sv");
    /** Words that would collide with the operator's sign-in or with URLs. */
    public static final Set<String> RESERVED_SLUGS = Set.of("operator", "admin", "api", "www", "kadens", "login");

    public NewOrganisation {
        slug = slug == null ? "" : slug.trim().toLowerCase(Locale.ROOT);
        name = name == null ? "" : name.trim();
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("organisation.slug.invalid");
        }
        if (RESERVED_SLUGS.contains(slug)) {
            throw new IllegalArgumentException("organisation.slug.reserved");
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("organisation.name.required");
        }
        if (locale == null || !LOCALES.contains(locale)) {
            throw new IllegalArgumentException("organisation.locale.invalid");
        }
        ZoneId.of(timeZone);
    }
}
