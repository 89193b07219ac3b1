package io.kadens.platform;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The people an aggregate is about, each with the two facts analytics groups by: their department and whether
 * they are in a pilot group. Analytics reads these facts from the people and rollout APIs and hands them to the
 * aggregate queries of the features that own the figures; those join {@link #SQL} as a derived table
 * {@code c(person_id, department_id, pilot)} and group by its columns, so every figure is counted by PostgreSQL
 * under row-level security and no feature reads another feature's tables.
 */
public record Cohort(List<Member> members) {

    /** The derived table: bind {@link #bindings()} to its three parameters. */
    public static final String SQL =
            "(SELECT * FROM unnest(?::uuid[], ?::uuid[], ?::boolean[]) AS u(person_id, department_id, pilot))";

    /** One person: {@code departmentId} is null for people without a department. */
    public record Member(UUID personId, UUID departmentId, boolean pilot) {

        public Member {
            Objects.requireNonNull(personId, "personId");
        }
    }

    public Cohort {
        members = List.copyOf(members);
    }

    /** The three arrays for {@link #SQL}, in order. */
    public Field<?>[] bindings() {
        UUID[] people = new UUID[members.size()];
        UUID[] departments = new UUID[members.size()];
        Boolean[] pilots = new Boolean[members.size()];
        for (int i = 0; i < members.size(); i++) {
            people[i] = members.get(i).personId();
            departments[i] = members.get(i).departmentId();
            pilots[i] = members.get(i).pilot();
        }
        return new Field<?>[] {DSL.val(people, SQLDataType.UUID.array()), DSL.val(departments, SQLDataType.UUID.array()),
                DSL.val(pilots, SQLDataType.BOOLEAN.array())};
    }

    /** The bindings followed by further parameters of a query. */
    public Object[] bindingsWith(Object... more) {
        Field<?>[] cohort = bindings();
        Object[] all = new Object[cohort.length + more.length];
        System.arraycopy(cohort, 0, all, 0, cohort.length);
        System.arraycopy(more, 0, all, cohort.length, more.length);
        return all;
    }

    /** For a query with parameters before the cohort: {@code before}, then the bindings, then {@code more}. */
    public Object[] bindingsAfter(Object[] before, Object... more) {
        Object[] rest = bindingsWith(more);
        Object[] all = java.util.Arrays.copyOf(before, before.length + rest.length);
        System.arraycopy(rest, 0, all, before.length, rest.length);
        return all;
    }
}
