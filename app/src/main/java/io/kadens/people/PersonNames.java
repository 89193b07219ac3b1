package io.kadens.people;

import static io.kadens.db.Tables.EMPLOYEE;

import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The names and contact details of everyone of the bound tenant, current and former, for work that
 * must keep them out of text leaving the deployment (prompts to a language model). Works from the
 * tenant bound to the transaction, whether by a signed-in person or a {@code TenantScope}.
 */
@Service
public class PersonNames {

    /** One person's name and contact details as stored. */
    public record PersonName(UUID id, String givenName, String familyName, String email, String phone) {
    }

    private final DSLContext db;
    private final TransactionTemplate reads;

    PersonNames(DSLContext db, PlatformTransactionManager transactionManager) {
        this.db = db;
        this.reads = new TransactionTemplate(transactionManager);
        this.reads.setReadOnly(true);
    }

    /** Everyone of the bound tenant (nobody when no tenant is bound), in one query. */
    public List<PersonName> everyone() {
        List<PersonName> all = reads.execute(status -> db.select(EMPLOYEE.ID, EMPLOYEE.GIVEN_NAME,
                        EMPLOYEE.FAMILY_NAME, EMPLOYEE.EMAIL, EMPLOYEE.PHONE).from(EMPLOYEE)
                .fetch(row -> new PersonName(row.value1(), row.value2(), row.value3(), row.value4(), row.value5())));
        return all == null ? List.of() : all;
    }
}
