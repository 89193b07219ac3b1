package io.kadens.ai;

import java.util.ArrayList;
import java.util.Comparator;
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
    }

    private PersonalDataRedactor() {
    }

    /** Redacts one prompt's data; the returned operator numbers people consistently across all texts it sees. */
    public static java.util.function.UnaryOperator<String> forPrompt(People people) {
        Map<Person, String> placeholders = new LinkedHashMap<>();
        return text -> redact(text, people, placeholders);
    }

    public static String redact(String text, People people) {
        return redact(text, people, new LinkedHashMap<>());
    }

    private static String redact(String text, People people, Map<Person, String> placeholders) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Person subject = people.subject();
        String result = text;
        // Longest names first, so "Anna Lindqvist" is replaced before a lone "Anna" could be.
        List<Map.Entry<String, Person>> names = new ArrayList<>();
        for (Person other : people.others()) {
            if (other.equals(subject)) {
                continue;
            }
            names.add(Map.entry(other.fullName(), other));
            for (String part : new String[] {other.givenName(), other.familyName()}) {
                if (part != null && part.strip().length() >= 3 && !isSubjectsName(part, subject)) {
                    names.add(Map.entry(part.strip(), other));
                }
            }
        }
        names.sort(Comparator.comparingInt((Map.Entry<String, Person> e) -> e.getKey().length()).reversed());
        for (Map.Entry<String, Person> name : names) {
            if (name.getKey().isBlank()) {
                continue;
            }
            Pattern pattern = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name.getKey()) + "(?![\\p{L}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            Matcher matcher = pattern.matcher(result);
            if (matcher.find()) {
                String placeholder = placeholders.computeIfAbsent(name.getValue(),
                        p -> "[person " + (placeholders.size() + 1) + "]");
                result = matcher.replaceAll(Matcher.quoteReplacement(placeholder));
            }
        }
        String subjectEmail = subject == null || subject.email() == null ? null : subject.email().toLowerCase(Locale.ROOT);
        result = EMAIL.matcher(result).replaceAll(match ->
                match.group().toLowerCase(Locale.ROOT).equals(subjectEmail) ? Matcher.quoteReplacement(match.group())
                        : "[email]");
        String subjectPhone = subject == null || subject.phone() == null ? null : digits(subject.phone());
        result = PHONE.matcher(result).replaceAll(match -> {
            String digits = digits(match.group());
            boolean notAPhone = digits.length() < 8 || ISO_DATE.matcher(match.group().strip()).matches();
            return notAPhone || digits.equals(subjectPhone) ? Matcher.quoteReplacement(match.group()) : "[phone]";
        });
        return result;
    }

    private static boolean isSubjectsName(String part, Person subject) {
        return subject != null && (part.equalsIgnoreCase(Objects.toString(subject.givenName(), ""))
                || part.equalsIgnoreCase(Objects.toString(subject.familyName(), "")));
    }

    private static String digits(String text) {
        return text.replaceAll("\\D", "");
    }
}
