package io.kadens.ai;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps personal data of people other than the subject away from a language model: their names
 * become placeholders ("[person 1]", the same placeholder for the same person throughout one
 * prompt), their e-mail addresses and phone numbers are removed, and so is any other e-mail address
 * or phone number that is not the subject's. Runs on every prompt before it leaves the deployment.
 */
public final class PersonalDataRedactor {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w])\\+?\\d[\\d ()-]{6,}\\d(?![\\w])");

    /** Someone whose data may appear in the evidence. */
    public record Person(String givenName, String familyName, String email, String phone) {

        public String fullName() {
            return (Objects.toString(givenName, "") + " " + Objects.toString(familyName, "")).strip();
        }
    }

    /**
     * @param subject the person the answer is about (may be null): their data stays
     * @param others  everyone else whose data could appear, e.g. the tenant's directory
     */
    public record People(Person subject, List<Person> others) {

        public People {
            others = others == null ? List.of() : List.copyOf(others);
        }

        public static People none() {
            return new People(null, List.of());
        }

        /** The same subject with more people whose data must not reach a model (a tenant's whole directory). */
        public People including(List<Person> more) {
            List<Person> all = new ArrayList<>(others);
            all.addAll(more);
            return new People(subject, all);
        }
    }

    private PersonalDataRedactor() {
    }

    /** Redacts one prompt's data; the returned operator numbers people consistently across all texts it sees. */
    public static java.util.function.UnaryOperator<String> forPrompt(People people) {
        Names names = Names.of(people);
        Map<String, String> placeholders = new LinkedHashMap<>();
        return text -> redact(text, people, names, placeholders);
    }

    public static String redact(String text, People people) {
        return redact(text, people, Names.of(people), new LinkedHashMap<>());
    }

    private static String redact(String text, People people, Names names, Map<String, String> placeholders) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Person subject = people.subject();
        // Addresses and numbers first, so a name inside an e-mail address cannot break its pattern.
        String subjectEmail = subject == null || subject.email() == null ? null : subject.email().toLowerCase(Locale.ROOT);
        String result = EMAIL.matcher(text).replaceAll(match ->
                match.group().toLowerCase(Locale.ROOT).equals(subjectEmail) ? Matcher.quoteReplacement(match.group())
                        : "[email]");
        String subjectPhone = subject == null || subject.phone() == null ? null : digits(subject.phone());
        result = PHONE.matcher(result).replaceAll(match -> {
            String digits = digits(match.group());
            // A known person's number always goes, however short; anything else only when it looks like a phone.
            boolean notAPhone = !names.phones().contains(digits)
                    && (digits.length() < 8 || ISO_DATE.matcher(match.group().strip()).matches());
            return notAPhone || digits.equals(subjectPhone) ? Matcher.quoteReplacement(match.group()) : "[phone]";
        });
        return names.replace(result, placeholders);
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    /** What may stand between the words of one name: spaces, hyphens, apostrophes ("Anne-Marie", "O'Brien"). */
    private static final Pattern JOINER = Pattern.compile("[\\s'\u2019-]+");

    /**
     * The names to replace, found by looking words up rather than by one pattern per name: a tenant's
     * directory has thousands of names, and the cost must grow with the text, not with the company.
     * A name is matched as whole words, case-insensitively, the longest name at a position first.
     */
    private record Names(Map<String, String> personByName, int maxWords, java.util.Set<String> phones) {

        static Names of(People people) {
            Person subject = people.subject();
            Map<String, String> byName = new HashMap<>();
            java.util.Set<String> phones = new java.util.HashSet<>();
            int maxWords = 0;
            for (Person other : people.others()) {
                if (isSubject(other, subject)) {
                    continue;
                }
                if (other.phone() != null && digits(other.phone()).length() >= 5) {
                    phones.add(digits(other.phone()));
                }
                String person = key(other.fullName());
                if (person.isEmpty()) {
                    continue;
                }
                List<String> names = new ArrayList<>();
                names.add(other.fullName());
                for (String part : new String[] {other.givenName(), other.familyName()}) {
                    if (part != null && part.strip().length() >= 3 && !isSubjectsName(part, subject)) {
                        names.add(part);
                    }
                }
                for (String name : names) {
                    String key = key(name);
                    if (!key.isEmpty()) {
                        byName.putIfAbsent(key, person);
                        maxWords = Math.max(maxWords, key.split(" ").length);
                    }
                }
            }
            return new Names(Map.copyOf(byName), maxWords, java.util.Set.copyOf(phones));
        }

        String replace(String text, Map<String, String> placeholders) {
            if (personByName.isEmpty()) {
                return text;
            }
            List<int[]> words = new ArrayList<>();
            Matcher word = WORD.matcher(text);
            while (word.find()) {
                words.add(new int[] {word.start(), word.end()});
            }
            StringBuilder out = new StringBuilder(text.length());
            int copied = 0;
            int i = 0;
            while (i < words.size()) {
                StringBuilder key = new StringBuilder();
                String person = null;
                int matchedWords = 0;
                for (int n = 0; n < maxWords && i + n < words.size(); n++) {
                    int[] current = words.get(i + n);
                    if (n > 0) {
                        String gap = text.substring(words.get(i + n - 1)[1], current[0]);
                        if (!JOINER.matcher(gap).matches()) {
                            break;
                        }
                        key.append(' ');
                    }
                    key.append(text.substring(current[0], current[1]).toLowerCase(Locale.ROOT));
                    String found = personByName.get(key.toString());
                    if (found != null) {
                        person = found;
                        matchedWords = n + 1;
                    }
                }
                if (person == null) {
                    i++;
                    continue;
                }
                String placeholder = placeholders.computeIfAbsent(person, p -> "[person " + (placeholders.size() + 1) + "]");
                out.append(text, copied, words.get(i)[0]).append(placeholder);
                copied = words.get(i + matchedWords - 1)[1];
                i += matchedWords;
            }
            return out.append(text, copied, text.length()).toString();
        }

        /** A name as lower-case words separated by single spaces: "Anne-Marie  Öberg" is "anne marie öberg". */
        static String key(String name) {
            List<String> parts = new ArrayList<>();
            Matcher word = WORD.matcher(name == null ? "" : name);
            while (word.find()) {
                parts.add(word.group().toLowerCase(Locale.ROOT));
            }
            return String.join(" ", parts);
        }
    }

    /** The subject as it appears among the others (a directory entry of the same person). */
    private static boolean isSubject(Person other, Person subject) {
        if (subject == null) {
            return false;
        }
        if (other.equals(subject)) {
            return true;
        }
        boolean sameEmail = other.email() != null && !other.email().isBlank()
                && other.email().equalsIgnoreCase(Objects.toString(subject.email(), ""));
        return sameEmail || Names.key(other.fullName()).equals(Names.key(subject.fullName()));
    }

    private static boolean isSubjectsName(String part, Person subject) {
        return subject != null && (part.equalsIgnoreCase(Objects.toString(subject.givenName(), ""))
                || part.equalsIgnoreCase(Objects.toString(subject.familyName(), "")));
    }

    private static String digits(String text) {
        return text.replaceAll("\\D", "");
    }
}
