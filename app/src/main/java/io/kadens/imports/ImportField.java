package io.kadens.imports;

import java.util.List;

/**
 * The person fields a column of an HRIS export can fill. Each knows header names (English and
 * Swedish, compared without case, spaces or punctuation) from which the mapping is suggested.
 */
public enum ImportField {
    EMAIL("email", "e-mail", "emailaddress", "workemail", "mail", "epost", "e-post", "epostadress", "mejl", "username", "anvandarnamn"),
    FULL_NAME("name", "fullname", "displayname", "employeename", "namn", "fulltnamn", "fullstandigtnamn", "anstalld"),
    GIVEN_NAME("firstname", "givenname", "forename", "fornamn", "tilltalsnamn"),
    FAMILY_NAME("lastname", "familyname", "surname", "efternamn"),
    JOB_TITLE("jobtitle", "title", "position", "role", "befattning", "titel", "tjanst", "yrkestitel", "roll"),
    DEPARTMENT("department", "departmentname", "dept", "division", "avdelning", "enhet", "organisation", "organization"),
    MANAGER_EMAIL("manageremail", "manager", "managere-mail", "supervisoremail", "reportsto", "linemanager",
            "chef", "chefsepost", "chefepost", "chefensepost", "narmastechef", "rapporterartill"),
    LOCATION("location", "office", "site", "city", "plats", "ort", "kontor", "arbetsplats", "stad"),
    PHONE("phone", "phonenumber", "mobile", "telephone", "telefon", "telefonnummer", "mobil", "mobilnummer"),
    START_DATE("startdate", "hiredate", "hired", "employmentstart", "startdatum", "anstallningsdatum", "anstalldfrom", "borjade"),
    PREFERRED_LANGUAGE("language", "preferredlanguage", "locale", "sprak", "foredragetsprak"),
    STATUS("status", "employmentstatus", "active", "anstallningsstatus"),
    TEAM("team", "teamname", "squad", "grupp", "teamnamn"),
    JOB_FAMILY("jobfamily", "family", "jobfunction", "function", "yrkesfamilj", "befattningsfamilj", "jobbfamilj", "funktion"),
    JOB_LEVEL("joblevel", "level", "grade", "band", "niva", "karriarniva", "befattningsniva"),
    EMPLOYMENT_TYPE("employmenttype", "contracttype", "contract", "anstallningsform", "anstallningstyp");

    private final List<String> headerNames;

    ImportField(String... headerNames) {
        this.headerNames = List.of(headerNames);
    }

    /** The i18n key of the field's label. */
    public String labelKey() {
        return "people-import.field." + name().toLowerCase(java.util.Locale.ROOT);
    }

    boolean matchesHeader(String normalisedHeader) {
        return headerNames.stream().map(ImportField::normalise).anyMatch(normalisedHeader::equals);
    }

    /** Lower case, Swedish letters folded (å, ä → a; ö → o), spaces, dashes and punctuation removed. */
    static String normalise(String header) {
        String folded = java.text.Normalizer.normalize(header.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return folded.replaceAll("[^a-z0-9]", "");
    }
}
