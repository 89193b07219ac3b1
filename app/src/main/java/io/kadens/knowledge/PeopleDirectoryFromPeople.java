package io.kadens.knowledge;

import io.kadens.ai.PeopleDirectory;
import io.kadens.ai.PersonalDataRedactor;
import io.kadens.people.PersonNames;
import java.util.List;
import org.springframework.stereotype.Component;

/** The ai module's port for everyone of the tenant whose names must never reach a language model. */
@Component
class PeopleDirectoryFromPeople implements PeopleDirectory {

    private final PersonNames names;

    PeopleDirectoryFromPeople(PersonNames names) {
        this.names = names;
    }

    @Override
    public List<PersonalDataRedactor.Person> everyone() {
        return names.everyone().stream().map(person -> new PersonalDataRedactor.Person(person.givenName(),
                person.familyName(), person.email(), person.phone())).toList();
    }
}
