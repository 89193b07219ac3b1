package io.kadens.tenantarchive;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tenant-owned tables, read from PostgreSQL's catalogue as {@code RowLevelSecurityCatalogueTest} does: every
 * table of the public schema with a {@code tenant_id} column. A table a later migration adds is exported and
 * imported without anyone listing it; a table whose comment begins with {@code derived:} is left out, as triggers
 * keep it from other tables' rows and an import rebuilds it while writing those (V203). They come in foreign-key order (a referenced table before the tables that
 * reference it), ties by name, so the same schema always gives the same order.
 */
final class TenantTables {

    /**
     * One table: the columns written to and read from the archive (generated columns are left out, the database
     * computes them again), its primary key, and the foreign keys that point at the table itself.
     */
    record Table(String name, List<String> columns, List<String> primaryKey, List<SelfReference> selfReferences,
                 int group) {
    }

    /** A foreign key from {@code columns} to {@code referenced} of the same table (a manager, a parent goal). */
    record SelfReference(List<String> columns, List<String> referenced) {
    }

    private TenantTables() {
    }

    static List<Table> read(Connection connection) throws SQLException {
        Map<String, Long> oids = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select c.oid, c.relname from pg_class c
                where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
                  and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id'
                              and not a.attisdropped)
                  and coalesce(obj_description(c.oid, 'pg_class'), '') not like 'derived:%'""");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                oids.put(rows.getString(2), rows.getLong(1));
            }
        }
        Map<String, Set<String>> references = new TreeMap<>();
        Map<String, List<SelfReference>> selfReferences = new TreeMap<>();
        oids.keySet().forEach(table -> {
            references.put(table, new TreeSet<>());
            selfReferences.put(table, new ArrayList<>());
        });
        try (PreparedStatement query = connection.prepareStatement("""
                select f.relname, t.relname,
                       array(select a.attname from unnest(k.conkey) with ordinality u(n, i)
                             join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.n order by u.i),
                       array(select a.attname from unnest(k.confkey) with ordinality u(n, i)
                             join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.n order by u.i)
                from pg_constraint k join pg_class f on f.oid = k.conrelid join pg_class t on t.oid = k.confrelid
                where k.contype = 'f' and k.connamespace = 'public'::regnamespace
                order by k.conname""");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String from = rows.getString(1);
                String to = rows.getString(2);
                if (!oids.containsKey(from) || !oids.containsKey(to)) {
                    continue;
                }
                if (from.equals(to)) {
                    selfReferences.get(from).add(new SelfReference(names(rows.getArray(3)), names(rows.getArray(4))));
                } else {
                    references.get(from).add(to);
                }
            }
        }
        List<Table> ordered = new ArrayList<>();
        int group = 0;
        for (List<String> names : foreignKeyOrder(references)) {
            group++;
            for (String name : names) {
                long oid = oids.get(name);
                ordered.add(new Table(name, columns(connection, oid), primaryKey(connection, oid),
                        List.copyOf(selfReferences.get(name)), group));
            }
        }
        return ordered;
    }

    /**
     * The tables in groups, each group after the groups it references. Tables whose foreign keys form a cycle (an
     * employee's team, a team's lead) share a group: an import writes such a group in one statement, as PostgreSQL
     * checks a foreign key at the end of the statement. Groups are the strongly connected components (Tarjan),
     * ordered by Kahn's algorithm taking the first ready group by name; inside a group, tables by name.
     */
    static List<List<String>> foreignKeyOrder(Map<String, Set<String>> references) {
        Map<String, List<String>> groupOf = new TreeMap<>();
        for (List<String> component : components(references)) {
            component.forEach(table -> groupOf.put(table, component));
        }
        Map<List<String>, Set<List<String>>> waiting = new java.util.LinkedHashMap<>();
        groupOf.values().stream().distinct().sorted(java.util.Comparator.comparing(g -> g.getFirst()))
                .forEach(group -> waiting.put(group, new java.util.HashSet<>()));
        references.forEach((table, referenced) -> referenced.forEach(target -> {
            if (groupOf.get(table) != groupOf.get(target)) {
                waiting.get(groupOf.get(table)).add(groupOf.get(target));
            }
        }));
        List<List<String>> order = new ArrayList<>();
        while (!waiting.isEmpty()) {
            List<String> ready = waiting.entrySet().stream().filter(e -> e.getValue().isEmpty())
                    .map(Map.Entry::getKey).findFirst().orElseThrow();
            waiting.remove(ready);
            waiting.values().forEach(referenced -> referenced.remove(ready));
            order.add(ready);
        }
        return order;
    }

    /** Tarjan's strongly connected components; each sorted by name. */
    private static List<List<String>> components(Map<String, Set<String>> references) {
        Map<String, Integer> index = new java.util.HashMap<>();
        Map<String, Integer> low = new java.util.HashMap<>();
        java.util.Deque<String> stack = new java.util.ArrayDeque<>();
        Set<String> onStack = new java.util.HashSet<>();
        List<List<String>> components = new ArrayList<>();
        for (String table : references.keySet()) {
            if (!index.containsKey(table)) {
                connect(table, references, index, low, stack, onStack, components);
            }
        }
        return components;
    }

    private static void connect(String table, Map<String, Set<String>> references, Map<String, Integer> index,
                                Map<String, Integer> low, java.util.Deque<String> stack, Set<String> onStack,
                                List<List<String>> components) {
        index.put(table, index.size());
        low.put(table, index.get(table));
        stack.push(table);
        onStack.add(table);
        for (String target : references.getOrDefault(table, Set.of())) {
            if (!index.containsKey(target)) {
                connect(target, references, index, low, stack, onStack, components);
                low.put(table, Math.min(low.get(table), low.get(target)));
            } else if (onStack.contains(target)) {
                low.put(table, Math.min(low.get(table), index.get(target)));
            }
        }
        if (low.get(table).equals(index.get(table))) {
            List<String> component = new ArrayList<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(table));
            component.sort(null);
            components.add(List.copyOf(component));
        }
    }

    private static List<String> columns(Connection connection, long oid) throws SQLException {
        return strings(connection, """
                select a.attname from pg_attribute a
                where a.attrelid = ? and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                order by a.attnum""", oid);
    }

    private static List<String> primaryKey(Connection connection, long oid) throws SQLException {
        return strings(connection, """
                select a.attname from pg_index i cross join unnest(i.indkey) with ordinality k(n, o)
                join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.n
                where i.indrelid = ? and i.indisprimary order by k.o""", oid);
    }

    private static List<String> strings(Connection connection, String sql, long oid) throws SQLException {
        List<String> result = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, oid);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.add(rows.getString(1));
                }
            }
        }
        return List.copyOf(result);
    }

    private static List<String> names(Array array) throws SQLException {
        return List.copyOf(Arrays.asList((String[]) array.getArray()));
    }

    /** A quoted identifier list, for SQL built from catalogue names. */
    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(TenantTables::quote).toList());
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** The tables as the manifest states them: name and columns, in order. */
    static Map<String, List<String>> shape(List<Table> tables) {
        Map<String, List<String>> shape = new LinkedHashMap<>();
        tables.forEach(table -> shape.put(table.name(), table.columns()));
        return shape;
    }
}
