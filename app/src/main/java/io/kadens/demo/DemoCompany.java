package io.kadens.demo;

import java.util.List;

/**
 * A demo company as data: departments, each with people in reporting order. A person's manager
 * is named by email; the first person of the company has none.
 */
record DemoCompany(String slug, String name, String locale, String timeZone, String domain,
                   List<DemoDepartment> departments, List<DemoLogin> logins) {

    record DemoDepartment(String name, List<DemoPerson> people) {
    }

    record DemoPerson(String givenName, String familyName, String jobTitle, String managerEmail, String location,
                      String startDate) {
    }

    /** A login the run command prints, with the persona it demonstrates. */
    record DemoLogin(String persona, String email) {
    }
}
