package io.kadens.ai.smart;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deadlines in a goal's text, each resolved to the last day it means where that can be known:
 * calendar dates and months, quarters and halves, relative periods ("next quarter", "before next
 * spring", "within six weeks", "inom de närmaste tre månaderna"), spans ("all through 2028", "under
 * hela hösten") and fiscal periods ("before our financial year closes", "innan verksamhetsåret är
 * slut") read against the tenant's fiscal-year start and the goal's period.
 *
 * <p>Patterns run on lower-cased text with Unicode classes ({@code (?U)}), and words are delimited by
 * explicit lookarounds on letters and digits, so a word starting with å, ä or ö after a space is found
 * ("år 2027"). Durations tied to an event ("within 30 days of discovery", "inom en timme efter") are
 * service levels, not deadlines, and are not taken. Seasons are northern: spring March–May, summer
 * June–August, autumn September–November, winter December–February; "before the summer" ends the day
 * before it starts, "during the summer" on its last day. Feasts are the day the text's language keeps (rubric, "Named
 * days and 'before'"): "by Christmas" is 25 December and "till jul" 24 December, "by Easter" Easter Sunday and "till
 * påsk" påskafton, "by midsummer" / "till midsommar" Midsummer Eve; "before", "före", "innan" and "inför" a day end
 * the day before it ("före jul" 23 December, "before 2027-11-01" 31 October), and "före
 * sommarsemestern" 30 June, each this year's or, once passed, next year's. Numeric dates are read day
 * first (31/3, 31.3.2027) unless only month first can be right.
 */
final class Deadlines {

    /** What the text is read against. */
    record Context(LocalDate today, MonthDay fiscalYearStart, LocalDate periodStart, LocalDate periodEnd) {

        Context(LocalDate today, MonthDay fiscalYearStart, LocalDate periodStart) {
            this(today, fiscalYearStart, periodStart, null);
        }

        /** The day whose fiscal year "our fiscal year" means: the goal's period's, else today's. */
        LocalDate fiscalAnchor() {
            return periodStart != null ? periodStart : periodEnd != null ? periodEnd : today;
        }

        /** The last day of the fiscal year {@code date} falls in. */
        LocalDate fiscalYearEnd(LocalDate date) {
            MonthDay start = fiscalYearStart == null ? MonthDay.of(1, 1) : fiscalYearStart;
            LocalDate startThisYear = start.atYear(date.getYear());
            LocalDate yearStart = date.isBefore(startThisYear) ? startThisYear.minusYears(1) : startThisYear;
            return yearStart.plusYears(1).minusDays(1);
        }
    }

    /** One deadline: the words that say it, where they are, and the day they mean (null when unknown). */
    record Found(String text, int start, int end, LocalDate date) {
    }

    private static final String L = "(?<![\\p{L}\\p{N}])";
    private static final String R = "(?![\\p{L}\\p{N}])";

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("januari", 1),
            Map.entry("february", 2), Map.entry("feb", 2), Map.entry("februari", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("mars", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("maj", 5),
            Map.entry("june", 6), Map.entry("jun", 6), Map.entry("juni", 6),
            Map.entry("july", 7), Map.entry("jul", 7), Map.entry("juli", 7),
            Map.entry("august", 8), Map.entry("aug", 8), Map.entry("augusti", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("october", 10), Map.entry("oct", 10), Map.entry("oktober", 10),
            Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12));
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|januari|februari|mars|maj|juni|juli|augusti|oktober|jan|feb|mar|apr|jun|jul|aug"
            + "|sept|sep|oct|nov|dec)";
    /** Month names that are never ordinary words ("may", "mars", "jul" are), so they count on their own. */
    private static final String PLAIN_MONTH = "(january|february|june|july|august|september|october|november"
            + "|december|januari|februari|juni|juli|augusti|oktober)";
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("en", 1), Map.entry("ett", 1),
            Map.entry("two", 2), Map.entry("två", 2), Map.entry("three", 3), Map.entry("tre", 3),
            Map.entry("four", 4), Map.entry("fyra", 4), Map.entry("five", 5), Map.entry("fem", 5),
            Map.entry("six", 6), Map.entry("sex", 6), Map.entry("seven", 7), Map.entry("sju", 7),
            Map.entry("eight", 8), Map.entry("åtta", 8), Map.entry("nine", 9), Map.entry("nio", 9),
            Map.entry("ten", 10), Map.entry("tio", 10), Map.entry("eleven", 11), Map.entry("elva", 11),
            Map.entry("twelve", 12), Map.entry("tolv", 12), Map.entry("eighteen", 18), Map.entry("arton", 18),
            Map.entry("twenty", 20), Map.entry("tjugo", 20), Map.entry("thirty", 30), Map.entry("trettio", 30));
    private static final String COUNT = "(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            + "|twelve|eighteen|twenty|thirty|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|arton|tjugo"
            + "|trettio)";
    private static final String UNIT = "(days?|weeks?|months?|quarters?|half[- ]years?|years?|dagar(?:na)?|dag(?:en)?"
            + "|veckor(?:na)?|vecka|månader(?:na)?|månad(?:en)?|kvartal(?:en)?|halvår(?:en)?|år(?:en)?)";
    private static final String FISCAL_EN = "(?:fiscal|financial|budget|business|accounting)[- ]year";
    private static final String FISCAL_SV = "(?:verksamhets|räkenskaps|budget|bokförings)år";
    /** "vår" alone is also "our", so only "våren" counts, and "i vår" at the end of a clause. */
    private static final String SEASON = "(spring|summer|autumn|fall|winter|våren|våras|sommaren|sommar"
            + "|hösten|höst|vintern|vinter)";
    private static final String BEFORE = "(?:by|before|until|till|ahead\\s+of|and|prior\\s+to|före|innan"
            + "|till|tills|inför|fram\\s+till|senast\\s+till|senast\\s+före)";
    private static final String YEAR = "(20\\d{2})";

    /**
     * Named days, each a regular expression of its names in both languages and the day it falls on in a year. The
     * order matters where one name starts another ("trettondagsafton" before "trettondag").
     */
    private static final Map<String, java.util.function.IntFunction<LocalDate>> NAMED_DAYS = namedDays();
    private static final Map<String, Pattern> NAMED_PATTERNS = NAMED_DAYS.keySet().stream().collect(
            java.util.stream.Collectors.toMap(k -> k, k -> Pattern.compile("(?U)" + k)));

    private static Map<String, java.util.function.IntFunction<LocalDate>> namedDays() {
        Map<String, java.util.function.IntFunction<LocalDate>> days = new java.util.LinkedHashMap<>();
        days.put("(?:sankta\\s+)?lucia(?:dagen)?|(?:st\\.?\\s+|saint\\s+)?(?:lucia|lucy)'?s?\\s+day", y -> LocalDate.of(y, 12, 13));
        days.put("kristi\\s+himmelsfärds?(?:dag(?:en)?|helgen)?|ascension(?:\\s+day|\\s+thursday)?", y -> easterSunday(y).plusDays(39));
        days.put("annandag(?:en)?\\s+påsk|easter\\s+monday", y -> easterSunday(y).plusDays(1));
        days.put("långfredag(?:en)?|good\\s+friday", y -> easterSunday(y).minusDays(2));
        days.put("skärtorsdag(?:en)?|maundy\\s+thursday", y -> easterSunday(y).minusDays(3));
        days.put("påskafton(?:en)?|easter\\s+eve|holy\\s+saturday", y -> easterSunday(y).minusDays(1));
        days.put("påskdag(?:en)?|easter\\s+sunday|easter\\s+day", y -> easterSunday(y));
        // Shrove Tuesday, 47 days before Easter Sunday ("senast fettisdagen").
        days.put("fettisdag(?:en)?|shrove\\s+tuesday|pancake\\s+day", y -> easterSunday(y).minusDays(47));
        days.put("annandag(?:en)?\\s+pingst|whit\\s*monday", y -> easterSunday(y).plusDays(50));
        days.put("pingst(?:dag(?:en)?|en|helgen)?|whitsun(?:day)?|whit\\s+sunday|pentecost", y -> easterSunday(y).plusDays(49));
        days.put("valborg(?:smässoafton(?:en)?|smässa|smässan)?|walpurgis(?:\\s+night|\\s+eve)?", y -> LocalDate.of(y, 4, 30));
        days.put("(?:sveriges\\s+)?nationaldag(?:en)?|(?:sweden'?s|the\\s+swedish)\\s+national\\s+day|national\\s+day",
                y -> LocalDate.of(y, 6, 6));
        days.put("trettonde?dagsafton(?:en)?|twelfth\\s+night", y -> LocalDate.of(y, 1, 5));
        // "Trettondedagen" is said with or without "jul" ("före trettondedagen").
        days.put("trettondag(?:en|\\s+jul)|trettondedag(?:en)?(?:\\s+jul)?|epiphany", y -> LocalDate.of(y, 1, 6));
        days.put("black\\s+friday", y -> fourthThursdayOfNovember(y).plusDays(1));
        days.put("cyber\\s+monday", y -> fourthThursdayOfNovember(y).plusDays(4));
        days.put("thanksgiving(?:\\s+day)?", Deadlines::fourthThursdayOfNovember);
        days.put("alla\\s+helgons\\s+dag|allhelgonadag(?:en)?|alla\\s+helgonahelgen",
                y -> LocalDate.of(y, 10, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)));
        days.put("all\\s+saints'?\\s+day|all\\s+hallows", y -> LocalDate.of(y, 11, 1));
        days.put("halloween", y -> LocalDate.of(y, 10, 31));
        days.put("boxing\\s+day|annandag(?:en)?\\s+jul", y -> LocalDate.of(y, 12, 26));
        days.put("christmas\\s+day|juldag(?:en)?", y -> LocalDate.of(y, 12, 25));
        days.put("new\\s+year'?s\\s+day|nyårsdag(?:en)?", y -> LocalDate.of(y, 1, 1));
        days.put("may\\s+day|första\\s+maj", y -> LocalDate.of(y, 5, 1));
        days.put("midsommardag(?:en)?|midsummer'?s?\\s+day",
                y -> LocalDate.of(y, 6, 20).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)));
        days.put("alla\\s+hjärtans\\s+dag|(?:st\\.?\\s+)?valentine'?s\\s+day", y -> LocalDate.of(y, 2, 14));
        // The Advent Sundays ("senast första advent", "by the first Sunday of Advent"): the fourth is the last Sunday
        // before Christmas Day, each earlier one a week before the next.
        List<String> sv = List.of("första", "andra", "tredje", "fjärde");
        List<String> en = List.of("first", "second", "third", "fourth");
        for (int i = 0; i < 4; i++) {
            int weeksBeforeTheFourth = 3 - i;
            days.put(sv.get(i) + "\\s+advent(?:ssöndag(?:en)?)?|" + sv.get(i) + "\\s+söndagen\\s+i\\s+advent|" + en.get(i)
                    + "\\s+sunday\\s+(?:of|in)\\s+advent|" + en.get(i) + "\\s+advent(?:\\s+sunday)?",
                    y -> LocalDate.of(y, 12, 25).with(TemporalAdjusters.previous(DayOfWeek.SUNDAY))
                            .minusWeeks(weeksBeforeTheFourth));
        }
        return days;
    }

    /**
     * A rise or fall written as two counts ("från 50 till 2000 i veckan", "from 4.3 to 4.8"): the second number is
     * where the count ends, never a year, so these words are no deadline ("till 2000" is not the year 2000). A month
     * between the two ("från 1 mars till …") makes the first a date, and such a span is left to the rules.
     */
    private static final Pattern COUNTS_FROM_TO = Pattern.compile("(?U)" + L + "(?:from|från)\\s+(\\d+(?:[ ,.]\\d{3})*"
            + "(?:[.,]\\d+)?)(?:\\s+(\\p{L}+))?\\s+(?:to|till)\\s+\\d+(?:[ ,.]\\d{3})*(?:[.,]\\d+)?(?![\\p{N}/.-])");

    private record Rule(Pattern pattern, BiFunction<MatchResult, Context, LocalDate> resolve) {
    }

    private static final List<Rule> RULES = new ArrayList<>();

    private static void rule(String regex, BiFunction<MatchResult, Context, LocalDate> resolve) {
        RULES.add(new Rule(Pattern.compile("(?U)" + regex), resolve));
    }

    static {
        // Halves and quarters of the fiscal year ("under andra halvan av räkenskapsåret", "in the first half of our
        // fiscal year", "under tredje kvartalet i vårt räkenskapsår"), counted from the tenant's fiscal-year start,
        // before the calendar halves and quarters would take "second half" as July–December.
        rule(L + "(first|second|third|fourth|1st|2nd|3rd|4th|första|andra|tredje|fjärde)\\s+(half|halvan|halva|halvåret"
                + "|quarter|kvartalet)\\s+(?:of\\s+|av\\s+|in\\s+|i\\s+)?(?:the\\s+|our\\s+|this\\s+|the\\s+current\\s+|vårt"
                + "\\s+|innevarande\\s+)?(?:" + FISCAL_EN + "|" + FISCAL_SV + "(?:et)?)" + R,
                (m, c) -> fiscalPart(c, m.group(1), m.group(2)));
        // The same said in the genitive: "under räkenskapsårets fjärde kvartal", "our fiscal year's second half".
        rule(L + "(?:" + FISCAL_SV + "ets|(?:the\\s+|our\\s+|this\\s+)?" + FISCAL_EN + "'s)\\s+(first|second|third|fourth|1st"
                + "|2nd|3rd|4th|första|andra|tredje|fjärde)\\s+(half|halvår|halvåret|halva|halvan|quarter|kvartal|kvartalet)" + R,
                (m, c) -> fiscalPart(c, m.group(1), m.group(2)));
        // A fiscal year named by the day it starts ("the fiscal year starting 1 April 2027", "räkenskapsåret som
        // börjar den 1 maj 2027") ends the day before that day a year later, whatever the tenant's fiscal year.
        rule(L + "(?:the\\s+|our\\s+|a\\s+)?(?:" + FISCAL_EN + "|" + FISCAL_SV + "(?:et)?)\\s+(?:that\\s+|which\\s+|som\\s+)?"
                + "(?:starting|starts|beginning|begins|commencing|from|börjar|startar|med\\s+start|från)\\s+(?:on\\s+|den\\s+)?"
                + "(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th|:e|:a)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + R,
                (m, c) -> dayOfMonth(c, m.group(2), m.group(1), m.group(3)).plusYears(1).minusDays(1));
        // A fiscal year named by its two calendar years ("räkenskapsåret 2027/28", "FY2027/28", "fiscal year
        // 2027-2028"): the one that starts in the first of them, by the tenant's fiscal-year start.
        rule(L + "(?:(?:the\\s+|our\\s+)?" + FISCAL_EN + "\\s+|" + FISCAL_SV + "(?:et)?\\s+|fy\\s?)" + YEAR
                + "\\s?[/-]\\s?(?:20)?(\\d{2})" + R, (m, c) -> {
                    LocalDate start = (c.fiscalYearStart() == null ? MonthDay.of(1, 1) : c.fiscalYearStart())
                            .atYear(Integer.parseInt(m.group(1)));
                    return start.plusYears(1).minusDays(1);
                });
        // Fiscal periods first: their words ("year", "år") would otherwise be read as calendar ones.
        rule(L + "(next|nästa|kommande)\\s+(?:" + FISCAL_EN + "|" + FISCAL_SV + "s?)(?:'s)?(?:et)?(?:\\s+(?:end|close"
                + "|slut|utgång))?" + R, (m, c) -> c.fiscalYearEnd(c.fiscalAnchor()).plusYears(1));
        rule(L + "(?:(?:the\\s+)?end\\s+of|close\\s+of|rest\\s+of|remainder\\s+of)\\s+(?:our\\s+|the\\s+|this\\s+"
                + "|current\\s+)?" + FISCAL_EN + R, (m, c) -> c.fiscalYearEnd(c.fiscalAnchor()));
        rule(L + "(?:our\\s+|the\\s+|this\\s+)?" + FISCAL_EN + "(?:\\s+|-)(?:closes|ends|end|is\\s+over|is\\s+out"
                + "|close|runs\\s+out|finishes)" + R, (m, c) -> c.fiscalYearEnd(c.fiscalAnchor()));
        rule(L + "(?:(?:in|during|for|within|over)\\s+)?(?:this|the\\s+current|current|the)\\s+" + FISCAL_EN + R,
                (m, c) -> c.fiscalYearEnd(c.fiscalAnchor()));
        rule(L + "(?:under|i|inom)\\s+(?:hela\\s+)?(?:detta\\s+|innevarande\\s+)?" + FISCAL_SV + "(?:et)?" + R,
                (m, c) -> c.fiscalYearEnd(c.fiscalAnchor()));
        rule(L + "fy[- ]?(?:end|close)" + R, (m, c) -> c.fiscalYearEnd(c.fiscalAnchor()));
        rule(L + "fy[- ]?(20)?(\\d{2})" + R, (m, c) -> {
            int year = 2000 + Integer.parseInt(m.group(2));
            LocalDate end = c.fiscalYearEnd(LocalDate.of(year, 12, 31));
            return end.getYear() == year ? end : c.fiscalYearEnd(LocalDate.of(year, 12, 31).minusYears(1));
        });
        rule(L + FISCAL_SV + "et\\s+(?:är\\s+slut|är\\s+över|tar\\s+slut|slutar|löper\\s+ut|går\\s+ut|avslutas)" + R,
                (m, c) -> c.fiscalYearEnd(c.fiscalAnchor()));
        rule(L + "(?:(?:vid\\s+|till\\s+|före\\s+|innan\\s+)?utgången\\s+av\\s+" + FISCAL_SV + "et|" + FISCAL_SV
                + "ets\\s+(?:slut|utgång)|resten\\s+av\\s+" + FISCAL_SV + "et|(?:detta|innevarande)\\s+" + FISCAL_SV
                + ")" + R, (m, c) -> c.fiscalYearEnd(c.fiscalAnchor()));

        // Christmas Eve and Midsummer's Eve named as days, with or without their year: "by Christmas Eve 2027" is
        // 24 December 2027, "till midsommarafton" the Friday between 19 and 25 June; "before" one ends the day before.
        // They come first, or "by Christmas" and "by Midsummer" would take the words and leave the year.
        rule(L + "(?:(before|prior\\s+to|före|innan)\\s+|(?:by|until|till|on|senast(?:\\s+till)?|på|inför)\\s+)?"
                + "(christmas\\s+eve|julafton(?:en)?|midsummer'?s?\\s+eve|midsommarafton(?:en)?|new\\s+year'?s\\s+eve"
                + "|nyårsafton(?:en)?)(?:\\s+(?:of\\s+)?" + YEAR + ")?" + R, (m, c) -> {
                    java.util.function.IntFunction<LocalDate> eve = m.group(2).startsWith("mid")
                            ? year -> LocalDate.of(year, 6, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY))
                            : m.group(2).startsWith("christmas") || m.group(2).startsWith("jul")
                            ? year -> LocalDate.of(year, 12, 24) : year -> LocalDate.of(year, 12, 31);
                    LocalDate day = m.group(3) != null ? eve.apply(Integer.parseInt(m.group(3))) : nextHoliday(c, eve);
                    return m.group(1) != null ? day.minusDays(1) : day;
                });
        // Named days of the calendar, computed rather than listed by date: fixed days (Lucia 13 December, valborg
        // 30 April, the national day 6 June, Epiphany 6 January, Boxing Day 26 December), days that move with Easter
        // (Good Friday, Easter Monday, Ascension Day Easter + 39, Whitsun Easter + 49) and with weekdays (Black
        // Friday the day after the fourth Thursday of November, Midsummer Day the Saturday 20–26 June, All Saints' Day
        // in Sweden the Saturday 31 October–6 November). A name alone could be a person's ("Lucia"), so it is taken
        // only after a deadline word or with its year; "before" one ends the day before, as with the eves above.
        String named = "(" + String.join("|", NAMED_DAYS.keySet()) + ")";
        String keep = "(?:by|until|till|on|to|at|through|during|over|around|senast(?:\\s+till|\\s+på)?|på|kring|vid|under"
                + "|till\\s+och\\s+med|t\\.\\s?o\\.\\s?m\\.?)";
        String before = "(before|prior\\s+to|ahead\\s+of|före|innan|inför)";
        rule(L + "(?:" + before + "\\s+|" + keep + "\\s+)(?:the\\s+)?" + named + "(?:,?\\s+(?:of\\s+)?" + YEAR + ")?" + R,
                (m, c) -> namedDay(c, m.group(2), m.group(3), m.group(1) != null));
        rule(L + "(?:the\\s+)?" + named + ",?\\s+(?:of\\s+)?" + YEAR + R,
                (m, c) -> namedDay(c, m.group(1), m.group(2), false));
        // "Before the Christmas party on 18 December", "innan julfesten den 18 december": done the day before the
        // event, whose day is given.
        rule(L + "(?:before|prior\\s+to|ahead\\s+of|före|innan)\\s+(?:[\\p{L}'-]+\\s+){0,3}?[\\p{L}'-]+,?\\s+(?:on|den|på)"
                + "\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th|:e|:a)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + ")?" + R,
                (m, c) -> dayOfMonth(c, m.group(2), m.group(1), m.group(3)).minusDays(1));
        // Feasts, before calendar dates ("till jul" is Christmas, not July), each the day its language keeps: English
        // "Christmas" is Christmas Day and Swedish "jul" julafton; English "Easter" is Easter Sunday and Swedish "påsk"
        // påskafton; "midsummer" and "midsommar" are Midsummer Eve (a Friday, 19–25 June). "By", "till" and "senast"
        // end on the day, "before", "före", "innan" and "inför" the day before it.
        String onTheDay = "(?:by|until|till|tills|fram\\s+till|senast(?:\\s+till)?|and)";
        String dayBefore = "(before|prior\\s+to|ahead\\s+of|för|före|innan|inför|senast\\s+före)";
        rule(L + "(?:" + dayBefore + "|" + onTheDay + ")\\s+(christmas|julen|jul(?!\\s+20\\d{2}))(?:\\s+" + YEAR + ")?" + R,
                (m, c) -> feast(c, m.group(2).startsWith("christmas") ? year -> LocalDate.of(year, 12, 25)
                        : year -> LocalDate.of(year, 12, 24), m.group(3), m.group(1) != null));
        rule(L + "(?:" + dayBefore + "|" + onTheDay + ")\\s+(easter|påsk|påsken)(?:\\s+" + YEAR + ")?" + R,
                (m, c) -> feast(c, m.group(2).startsWith("easter") ? Deadlines::easterSunday
                        : year -> easterSunday(year).minusDays(1), m.group(3), m.group(1) != null));
        rule(L + "(?:" + dayBefore + "|" + onTheDay + ")\\s+(midsummer|midsommar|midsommaren)(?:\\s+" + YEAR + ")?" + R,
                (m, c) -> feast(c, year -> LocalDate.of(year, 6, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)),
                        m.group(3), m.group(1) != null));
        // The summer holiday most Swedish workplaces take in July.
        rule(L + BEFORE + "\\s+(?:the\\s+)?(?:summer\\s+(?:holidays?|vacations?|break)|sommarsemestern|semestern"
                + "|sommaruppehållet)" + R, (m, c) -> nextHoliday(c, year -> LocalDate.of(year, 6, 30)));
        rule(L + "(?:mid|mitten\\s+av)[- ]?" + YEAR + R, (m, c) -> LocalDate.of(Integer.parseInt(m.group(1)), 6, 30));
        rule(L + "(?:(?:by|before|until|till|före|innan|vid|senast\\s+(?:vid|till))\\s+)(?:the\\s+)?(?:mid[- ]?year"
                + "|halvårsskiftet|midsommarskiftet)" + R, (m, c) -> nextHoliday(c, year -> LocalDate.of(year, 6, 30)));

        // A span between two months ends with the second: "between December 2027 and March 2028", "mellan
        // oktober och mars" (a second month before the first is in the next year).
        rule(L + "(?:between|mellan)\\s+(?:(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th|:e|:a)?\\s+(?:of\\s+)?)?" + MONTH
                + "(?:\\s+" + YEAR + ")?\\s+(?:and|och)\\s+(?:(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th|:e|:a)?\\s+(?:of\\s+)?)?"
                + MONTH + "(?:\\s+" + YEAR + ")?" + R, (m, c) -> {
                    int first = MONTHS.get(m.group(1));
                    int second = MONTHS.get(m.group(4));
                    int year = m.group(5) != null ? Integer.parseInt(m.group(5))
                            : m.group(2) != null ? Integer.parseInt(m.group(2)) + (second < first ? 1 : 0)
                            : next(c, LocalDate.of(c.today().getYear(), first, 1)
                                    .with(TemporalAdjusters.lastDayOfMonth())).getYear() + (second < first ? 1 : 0);
                    LocalDate month = LocalDate.of(year, second, 1);
                    return m.group(3) != null ? month.withDayOfMonth(Integer.parseInt(m.group(3)))
                            : month.with(TemporalAdjusters.lastDayOfMonth());
                });

        // Calendar dates.
        rule(L + "(?:before|prior\\s+to|ahead\\s+of|före|innan|inför)\\s+(?:den\\s+)?(20\\d{2})-(\\d{1,2})-(\\d{1,2})" + R,
                (m, c) -> date(m.group(1), m.group(2), m.group(3)).minusDays(1));
        rule(L + "(20\\d{2})-(\\d{1,2})-(\\d{1,2})" + R, (m, c) -> date(m.group(1), m.group(2), m.group(3)));
        // "Before" a day or a month ends the day before it, as "before the summer" does: "before 1 March 2027" is
        // done by 28 February, "före juni" by 31 May. "By" and "senast" keep the day itself.
        rule(L + "(?:before|prior\\s+to|ahead\\s+of|före|innan|inför)\\s+(?:the\\s+|den\\s+)?(\\d{1,2})(?:st|nd|rd|th|:e|:a)?\\s+(?:of\\s+)?"
                + MONTH + "(?:,?\\s+" + YEAR + ")?" + R,
                (m, c) -> dayOfMonth(c, m.group(2), m.group(1), m.group(3)).minusDays(1));
        rule(L + "(?:before|prior\\s+to|ahead\\s+of|före|innan|inför)\\s+" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+" + YEAR + ")?" + R,
                (m, c) -> dayOfMonth(c, m.group(1), m.group(2), m.group(3)).minusDays(1));
        rule(L + "(?:before|prior\\s+to|före|innan)\\s+" + MONTH + "(?:\\s+" + YEAR + ")?" + R,
                (m, c) -> endOfMonth(c, m.group(1), m.group(2)).withDayOfMonth(1).minusDays(1));
        rule(L + "(\\d{1,2})(?:st|nd|rd|th|:e|:a)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + ")?" + R,
                (m, c) -> dayOfMonth(c, m.group(2), m.group(1), m.group(3)));
        rule(L + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+" + YEAR + ")?" + R,
                (m, c) -> dayOfMonth(c, m.group(1), m.group(2), m.group(3)));
        rule(L + "(?:(?:by|in|before|until|till|through|throughout|during|of|i|senast|före|innan|under|av|inför"
                + "|slutet\\s+av|utgången\\s+av|end\\s+of|sista|last\\s+day\\s+of)\\s+(?:the\\s+)?(?:end\\s+of\\s+)?)"
                + MONTH
                + "(?:\\s+" + YEAR + ")?" + R, (m, c) -> endOfMonth(c, m.group(1), m.group(2)));
        rule(L + PLAIN_MONTH + "(?:\\s+" + YEAR + ")?" + R, (m, c) -> endOfMonth(c, m.group(1), m.group(2)));

        // Quarters and halves.
        rule(L + "([qh])([1-4])(?:\\s*[-/]?\\s*(20\\d{2}))?" + R, (m, c) -> {
            int number = Integer.parseInt(m.group(2));
            int lastMonth = m.group(1).equals("q") ? number * 3 : (number > 2 ? 0 : number * 6);
            return lastMonth == 0 ? null : endOfMonthNumber(c, lastMonth, m.group(3));
        });
        rule(L + "(first|second|third|fourth|1st|2nd|3rd|4th|första|andra|tredje|fjärde)\\s+(quarter|half|kvartalet"
                + "|halvåret)(?:\\s+(?:of\\s+)?(next\\s+year|this\\s+year|" + YEAR + "|nästa\\s+år|i\\s+år))?" + R,
                (m, c) -> {
                    int ordinal = ordinal(m.group(1));
                    boolean half = m.group(2).startsWith("half") || m.group(2).startsWith("halv");
                    if (half && ordinal > 2) {
                        return null;
                    }
                    int lastMonth = half ? ordinal * 6 : ordinal * 3;
                    String year = m.group(3);
                    if (year != null && (year.startsWith("next") || year.startsWith("nästa"))) {
                        return LocalDate.of(c.today().getYear() + 1, lastMonth, 1).with(TemporalAdjusters.lastDayOfMonth());
                    }
                    if (year != null && (year.startsWith("this") || year.startsWith("i"))) {
                        return LocalDate.of(c.today().getYear(), lastMonth, 1).with(TemporalAdjusters.lastDayOfMonth());
                    }
                    return endOfMonthNumber(c, lastMonth, year);
                });
        // Tertials, the four-month periods Swedish public bodies report in: January–April, May–August,
        // September–December ("under första tertialet 2027").
        rule(L + "(first|second|third|1st|2nd|3rd|första|andra|tredje)\\s+(?:tertial|tertialet|four-month\\s+period)"
                + "(?:\\s+(?:of\\s+)?" + YEAR + ")?" + R,
                (m, c) -> endOfMonthNumber(c, ordinal(m.group(1)) * 4, m.group(2)));
        rule(L + "kvartal\\s+([1-4])" + R, (m, c) -> endOfMonthNumber(c, Integer.parseInt(m.group(1)) * 3, null));

        // A season of a named year: "sommaren 2027", "före sommaren 2027", "over the winter of 2027/28" (a winter
        // without its second year could be either end of the calendar year: said, but no day).
        rule(L + BEFORE + "\\s+(?:the\\s+)?" + SEASON + "\\s+(?:of\\s+)?" + YEAR + "(?:/\\d{2})?" + R,
                (m, c) -> LocalDate.of(Integer.parseInt(m.group(2)), seasonStartMonth(m.group(1)), 1).minusDays(1));
        rule(L + "(?:(?:in|during|through|throughout|all\\s+through|over|i|under|under\\s+hela|hela)\\s+)?(?:the\\s+)?"
                + SEASON + "\\s+(?:of\\s+)?" + YEAR + "(?:/(\\d{2}))?" + R, (m, c) -> {
                    int start = seasonStartMonth(m.group(1));
                    int year = Integer.parseInt(m.group(2));
                    if (start == 12) {
                        return m.group(3) == null ? null : LocalDate.of(2000 + Integer.parseInt(m.group(3)), 3, 1)
                                .minusDays(1);
                    }
                    return LocalDate.of(year, start + 2, 1).with(TemporalAdjusters.lastDayOfMonth());
                });
        // The end of a season: "by the end of the spring", "i slutet av sommaren".
        rule(L + "(?:(?:by|before|until|till|at|i|vid|före|senast\\s+i)\\s+)?(?:the\\s+)?(?:end\\s+of|slutet\\s+av)\\s+"
                + "(?:the\\s+|this\\s+)?(next\\s+|nästa\\s+)?" + SEASON + R,
                (m, c) -> seasonEnd(c, m.group(2), m.group(1) != null));
        // Seasons: before one (the day before it starts), or during one (its last day).
        rule(L + BEFORE + "\\s+(?:the\\s+)?(next\\s+|nästa\\s+|the\\s+coming\\s+|coming\\s+)?" + SEASON + R,
                (m, c) -> seasonStart(c, m.group(2)).minusDays(1));
        rule(L + "(?:in|during|through|throughout|all\\s+through|over|i|under|under\\s+hela|hela|in\\s+the\\s+course"
                + "\\s+of|this|i\\s+hela)\\s+(?:the\\s+)?(?:whole\\s+|entire\\s+)?(next\\s+|nästa\\s+|coming\\s+)?"
                + SEASON + R, (m, c) -> seasonEnd(c, m.group(2), m.group(1) != null));
        // After "nästa" or "kommande", "vår" can only be the spring ("next our" is no Swedish).
        rule(L + BEFORE + "\\s+(?:nästa|kommande)\\s+vår" + R, (m, c) -> seasonStart(c, "våren").minusDays(1));
        rule(L + "(?:(?:under|i)\\s+)?(?:nästa|kommande)\\s+vår" + R, (m, c) -> seasonEnd(c, "våren", true));
        rule(L + "(next|nästa)\\s+" + SEASON + R, (m, c) -> seasonEnd(c, m.group(2), true));
        rule(L + "i\\s+vår(?=\\s*(?:$|[.,;:!?)]|och\\s|så\\s|för\\s|med\\s|och$))", (m, c) -> seasonEnd(c, "våren", false));

        // A season of work of a named year ("during the 2027 digging season", "under grävsäsongen 2027", "2027 års
        // odlingssäsong"): said, but its last day is the trade's, not the calendar's.
        rule(L + "(?:the\\s+)?" + YEAR + "(?:/\\d{2})?\\s+(?:[\\p{L}-]+\\s+){0,2}season" + R, (m, c) -> null);
        rule(L + "[\\p{L}]*säsong(?:en)?\\s+" + YEAR + R, (m, c) -> null);
        rule(L + YEAR + "\\s+års\\s+[\\p{L}]*säsong(?:en)?" + R, (m, c) -> null);

        // Calendar years and periods. "Before 2028", "innan 2028" ends on the last day of 2027, as "before June" ends
        // in May; "by 2028" and "senast 2028" keep the year.
        rule(L + "(?:before|prior\\s+to|innan|före)\\s*" + YEAR + R,
                (m, c) -> LocalDate.of(Integer.parseInt(m.group(1)) - 1, 12, 31));
        rule(L + "(?:by|in|during|over|before|until|till|through|throughout|all\\s+through|for|under|under\\s+hela"
                + "|innan|senast|före|inför|år|året|end\\s+of|the\\s+end\\s+of|slutet\\s+av|utgången\\s+av|of|i)\\s*"
                + YEAR + R, (m, c) -> LocalDate.of(Integer.parseInt(m.group(1)), 12, 31));
        rule(L + "(this|next|the\\s+coming|coming|current|detta|denna|nästa|kommande|innevarande)\\s+(year|quarter"
                + "|month|week|half|år|året|kvartal|kvartalet|månad|månaden|vecka|veckan|halvår|halvåret)" + R,
                (m, c) -> period(c, m.group(2), m.group(1).startsWith("next") || m.group(1).startsWith("nästa")
                        || m.group(1).contains("coming") || m.group(1).startsWith("kommande") ? 1 : 0));
        rule(L + "(?:(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?|vid\\s+|till\\s+|före\\s+|innan\\s+)?(this\\s+|next\\s+)?"
                + "(year|quarter|month|week)(?:[- ]end|'s\\s+end)" + R,
                (m, c) -> period(c, m.group(2), m.group(1) != null && m.group(1).startsWith("next") ? 1 : 0));
        rule(L + "(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?(this\\s+|next\\s+)?(year|quarter|month|week)" + R,
                (m, c) -> period(c, m.group(2), m.group(1) != null && m.group(1).startsWith("next") ? 1 : 0));
        rule(L + "eo([yqm])" + R, (m, c) -> period(c, switch (m.group(1)) {
            case "y" -> "year";
            case "q" -> "quarter";
            default -> "month";
        }, 0));
        rule(L + "(?:(?:vid|före|innan|till|senast\\s+vid|senast\\s+till)\\s+)?(årets|kvartalets|månadens|halvårets"
                + "|veckans)\\s+slut" + R, (m, c) -> period(c, m.group(1), 0));
        rule(L + "(?:slutet|utgången)\\s+av\\s+(året|kvartalet|månaden|halvåret|veckan)" + R,
                (m, c) -> period(c, m.group(1), 0));
        rule(L + "(?:före|innan|till|vid|senast|senast\\s+vid|senast\\s+till)\\s+(årsskiftet|nyår)" + R,
                (m, c) -> period(c, "year", 0));
        rule(L + "i\\s+år" + R, (m, c) -> period(c, "year", 0));
        rule(L + "(?:before|by|until)\\s+(?:the\\s+)?(?:new\\s+year|year'?s\\s+end)" + R, (m, c) -> period(c, "year", 0));

        // Durations counted from today; one tied to an event ("of discovery", "efter") is a service level.
        rule(L + "(?:within|in|over\\s+the\\s+next|during\\s+the\\s+next|the\\s+next|for\\s+the\\s+next|in\\s+the\\s+next"
                + "|over\\s+the\\s+coming|in\\s+the\\s+coming|within\\s+the\\s+next|within\\s+the\\s+coming|inom"
                + "|på|under\\s+de\\s+(?:närmaste|kommande|nästa)|de\\s+(?:närmaste|kommande)|inom\\s+de\\s+(?:närmaste"
                + "|kommande|nästa)|inom\\s+loppet\\s+av|de\\s+nästkommande)\\s+" + COUNT + "\\s+" + UNIT + R
                + "(?!\\s+(?:of|from|after|since|following|från|efter|sedan|av|per|a|i\\s+månaden))",
                (m, c) -> plus(c.today(), count(m.group(1)), m.group(2)));
        rule(L + "(?:over\\s+the\\s+coming|in\\s+the\\s+coming|over\\s+the\\s+next|the\\s+next|the\\s+coming)\\s+"
                + "(quarter|month|year|week)" + R, (m, c) -> plus(c.today(), 1, m.group(1)));

        // Weekdays and week numbers.
        rule(L + "(?:by|(before|före|innan)|on|until|senast|till|på)\\s+(?:next\\s+|nästa\\s+)?(monday|tuesday|wednesday"
                + "|thursday|friday|saturday|sunday|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)" + R,
                (m, c) -> c.today().with(TemporalAdjusters.next(weekday(m.group(2)))).minusDays(m.group(1) != null ? 1 : 0));
        // A span of weeks ends with the last one's Sunday: "during weeks 27-29", "under vecka 27–29".
        // "And" joins two weeks only with the word repeated: "by week 12 and 40 new customers" is a week and a count.
        rule(L + "(?:weeks|week|veckorna|vecka|v\\.?)\\s?(\\d{1,2})(?:\\s?[-–—]\\s?|\\s+(?:to|till|through)\\s+"
                + "(?:week\\s+|vecka\\s+)?|\\s+(?:and|och)\\s+(?:week|vecka)\\s+)(\\d{1,2})" + R, (m, c) -> weekSunday(c, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        rule(L + "(?:vecka|week|v\\.?)\\s?(\\d{1,2})" + R, (m, c) -> {
            int week = Integer.parseInt(m.group(1));
            if (week < 1 || week > 53) {
                return null;
            }
            LocalDate day = c.today().with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.SUNDAY);
            return day.isBefore(c.today()) ? day.plusYears(1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(DayOfWeek.SUNDAY) : day;
        });
        // 31/3, 31/3/2027, 31.3.2027: day first, as in Sweden and the UK; a date only one reading allows
        // (3/31/2027) is taken that way, and one both allow (5/6) is a deadline of unknown day.
        // Without a year, only after a deadline word: "24/7 support" and "3/4 of the tickets" are no dates.
        rule(L + "(?:before|prior\\s+to|ahead\\s+of|före|innan|inför)\\s+(?:den\\s+)?(\\d{1,2})([./])(\\d{1,2})\\2(20\\d{2})" + R,
                (m, c) -> {
                    LocalDate day = numericDate(c, m.group(1), m.group(3), m.group(4));
                    return day == null ? null : day.minusDays(1);
                });
        rule(L + "(\\d{1,2})([./])(\\d{1,2})\\2(20\\d{2})" + R,
                (m, c) -> numericDate(c, m.group(1), m.group(3), m.group(4)));
        rule(L + "(\\d{1,2})/(\\d{1,2})/(\\d{2})" + R, (m, c) -> numericDate(c, m.group(1), m.group(2), m.group(3)));
        // After a Swedish word the reader is Swedish, and Swedes write the day first ("från och med 1/5 2027" is
        // 1 May), even where both readings could be a date.
        rule(L + "(?:från\\s+och\\s+med|fr\\.\\s?o\\.\\s?m\\.?|senast|(före|innan|inför)|till\\s+och\\s+med|t\\.o\\.m\\.?|den)\\s+"
                + "(?:den\\s+)?(\\d{1,2})/(\\d{1,2})(?:\\s+" + YEAR + ")?" + R, (m, c) -> {
                    LocalDate day = LocalDate.of(m.group(4) != null ? Integer.parseInt(m.group(4)) : c.today().getYear(),
                            Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)));
                    day = m.group(4) != null ? day : next(c, day);
                    return m.group(1) != null ? day.minusDays(1) : day;
                });
        rule(L + "(\\d{1,2})/(\\d{1,2})\\s+" + YEAR + R, (m, c) -> numericDate(c, m.group(1), m.group(2), m.group(3)));
        rule(L + "(?:by|(before|prior\\s+to)|until|on|senast|före|innan|till|den|per)\\s+(?:den\\s+)?(\\d{1,2})/(\\d{1,2})" + R,
                (m, c) -> {
                    LocalDate day = numericDate(c, m.group(2), m.group(3), null);
                    return day != null && m.group(1) != null ? day.minusDays(1) : day;
                });
        rule(L + "(\\d{1,2})/(\\d{1,2})" + R, (m, c) -> null);
        rule(L + "(?:senast|till\\s+och\\s+med|t\\.o\\.m\\.?)\\s+(?:den\\s+)?(\\d{1,2})(?:\\s*:e|\\s*:a)?" + R
                + "(?!\\s*(?:%|procent))", (m, c) -> null);
    }

    private Deadlines() {
    }

    /** Every deadline in {@code lower} (the text lower-cased), in the order of the rules, none overlapping. */
    static List<Found> find(String lower, Context context) {
        List<Found> found = new ArrayList<>();
        StringBuilder rest = new StringBuilder(lower);
        blankCountsFromTo(rest);
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(rest);
            while (m.find()) {
                if (m.group().isBlank()) {
                    continue;
                }
                LocalDate date;
                try {
                    date = rule.resolve().apply(m.toMatchResult(), context);
                } catch (RuntimeException impossible) {
                    date = null; // 31 February and the like: still said, just not a day
                }
                found.add(new Found(lower.substring(m.start(), m.end()), m.start(), m.end(), date));
                for (int i = m.start(); i < m.end(); i++) {
                    rest.setCharAt(i, ' ');
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return found;
    }

    /** Blanks each rise written as two counts ({@link #COUNTS_FROM_TO}), so that no deadline rule reads its words. */
    static void blankCountsFromTo(StringBuilder text) {
        Matcher counts = COUNTS_FROM_TO.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (counts.find()) {
            boolean fromADate = counts.group(2) != null && MONTHS.containsKey(counts.group(2));
            boolean fromAYear = counts.group(1).length() == 4 && counts.group(1).startsWith("20");
            if (!fromADate && !fromAYear) {
                spans.add(new int[] {counts.start(), counts.end()});
            }
        }
        for (int[] span : spans) {
            for (int i = span[0]; i < span[1]; i++) {
                text.setCharAt(i, ' ');
            }
        }
    }

    // ---------------------------------------------------------------- resolving

    private static LocalDate date(String year, String month, String day) {
        return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    private static LocalDate dayOfMonth(Context c, String month, String day, String year) {
        int m = MONTHS.get(month);
        int d = Integer.parseInt(day);
        if (year != null) {
            return LocalDate.of(Integer.parseInt(year), m, d);
        }
        return next(c, LocalDate.of(c.today().getYear(), m, d));
    }

    private static LocalDate endOfMonth(Context c, String month, String year) {
        return endOfMonthNumber(c, MONTHS.get(month), year);
    }

    private static LocalDate endOfMonthNumber(Context c, int month, String year) {
        if (year != null) {
            int y = Integer.parseInt(year);
            y = y < 100 ? 2000 + y : y;
            return LocalDate.of(y, month, 1).with(TemporalAdjusters.lastDayOfMonth());
        }
        return next(c, LocalDate.of(c.today().getYear(), month, 1).with(TemporalAdjusters.lastDayOfMonth()));
    }

    /** The day, or the same day a year on when it has already passed. */
    private static LocalDate next(Context c, LocalDate day) {
        return day.isBefore(c.today()) ? day.plusYears(1) : day;
    }

    /** A numeric date, day first unless only month first can be right; null when both readings can be. */
    private static LocalDate numericDate(Context c, String first, String second, String year) {
        int a = Integer.parseInt(first);
        int b = Integer.parseInt(second);
        int day;
        int month;
        if (a > 12 && b <= 12) {
            day = a;
            month = b;
        } else if (b > 12 && a <= 12) {
            day = b;
            month = a;
        } else if (year != null && a <= 12 && b <= 12 && a == b) {
            day = a;
            month = b;
        } else {
            return null;
        }
        if (year == null) {
            return next(c, LocalDate.of(c.today().getYear(), month, day));
        }
        int y = Integer.parseInt(year);
        return LocalDate.of(y < 100 ? 2000 + y : y, month, day);
    }

    /** This year's holiday, or next year's when this year's has passed. */
    private static LocalDate nextHoliday(Context c, java.util.function.IntFunction<LocalDate> inYear) {
        LocalDate day = inYear.apply(c.today().getYear());
        return day.isBefore(c.today()) ? inYear.apply(c.today().getYear() + 1) : day;
    }

    /** The Sunday of the week {@code last} in the year the week {@code first} next falls in; null past week 53. */
    private static LocalDate weekSunday(Context c, int first, int last) {
        if (first < 1 || last < 1 || first > 53 || last > 53 || last < first) {
            return null;
        }
        LocalDate start = c.today().with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, first).with(DayOfWeek.SUNDAY);
        LocalDate year = start.isBefore(c.today()) ? start.plusYears(1) : start;
        return year.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, last).with(DayOfWeek.SUNDAY);
    }

    /** A named day of the year {@code year}, or the next one; the day before when the text says "before" it. */
    private static LocalDate namedDay(Context c, String name, String year, boolean before) {
        java.util.function.IntFunction<LocalDate> day = null;
        for (Map.Entry<String, java.util.function.IntFunction<LocalDate>> entry : NAMED_DAYS.entrySet()) {
            if (NAMED_PATTERNS.get(entry.getKey()).matcher(name).matches()) {
                day = entry.getValue();
                break;
            }
        }
        if (day == null) {
            return null;
        }
        LocalDate date = year != null ? day.apply(Integer.parseInt(year)) : nextHoliday(c, day);
        return before ? date.minusDays(1) : date;
    }

    /** The last day of a half or quarter of the fiscal year, counted from the tenant's fiscal-year start. */
    private static LocalDate fiscalPart(Context c, String ordinalWord, String part) {
        LocalDate end = c.fiscalYearEnd(c.fiscalAnchor());
        LocalDate start = end.minusYears(1).plusDays(1);
        int months = part.startsWith("h") ? 6 : 3;
        int number = ordinal(ordinalWord);
        if (number * months > 12) {
            return null;
        }
        return start.plusMonths((long) number * months).minusDays(1);
    }

    /** A feast of the year given, or the next one; the day before when the text says "before" it. */
    private static LocalDate feast(Context c, java.util.function.IntFunction<LocalDate> inYear, String year,
                                   boolean before) {
        LocalDate day = year != null ? inYear.apply(Integer.parseInt(year)) : nextHoliday(c, inYear);
        return before ? day.minusDays(1) : day;
    }

    /** The fourth Thursday of November (Thanksgiving), from which Black Friday and Cyber Monday follow. */
    private static LocalDate fourthThursdayOfNovember(int year) {
        return LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
    }

    /** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int cc = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = cc / 4;
        int k = cc % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static int ordinal(String word) {
        return switch (word) {
            case "first", "1st", "första" -> 1;
            case "second", "2nd", "andra" -> 2;
            case "third", "3rd", "tredje" -> 3;
            default -> 4;
        };
    }

    private static int seasonStartMonth(String season) {
        return switch (season) {
            case "spring", "våren", "vår", "våras" -> 3;
            case "summer", "sommaren", "sommar" -> 6;
            case "autumn", "fall", "hösten", "höst" -> 9;
            default -> 12;
        };
    }

    /** The first day of the season's next start after today. */
    private static LocalDate seasonStart(Context c, String season) {
        LocalDate start = LocalDate.of(c.today().getYear(), seasonStartMonth(season), 1);
        return start.isAfter(c.today()) ? start : start.plusYears(1);
    }

    /** The last day of the season now running or next; with "next", of the one that starts after today. */
    private static LocalDate seasonEnd(Context c, String season, boolean nextOne) {
        LocalDate start = seasonStart(c, season);
        LocalDate end = start.plusMonths(3).minusDays(1);
        LocalDate running = start.minusYears(1);
        if (!nextOne && !running.plusMonths(3).minusDays(1).isBefore(c.today())) {
            return running.plusMonths(3).minusDays(1);
        }
        return end;
    }

    private static LocalDate period(Context c, String unit, int ahead) {
        LocalDate today = c.today();
        return switch (unit) {
            case "year", "år", "året", "årets" -> LocalDate.of(today.getYear() + ahead, 12, 31);
            case "quarter", "kvartal", "kvartalet", "kvartalets" -> {
                int quarterEnd = ((today.getMonthValue() - 1) / 3 + 1) * 3;
                yield LocalDate.of(today.getYear(), quarterEnd, 1).plusMonths(3L * ahead)
                        .with(TemporalAdjusters.lastDayOfMonth());
            }
            case "half", "halvår", "halvåret", "halvårets" -> {
                int halfEnd = today.getMonthValue() <= 6 ? 6 : 12;
                yield LocalDate.of(today.getYear(), halfEnd, 1).plusMonths(6L * ahead)
                        .with(TemporalAdjusters.lastDayOfMonth());
            }
            case "month", "månad", "månaden", "månadens" -> today.plusMonths(ahead)
                    .with(TemporalAdjusters.lastDayOfMonth());
            default -> today.plusWeeks(ahead).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        };
    }

    private static int count(String word) {
        return word.chars().allMatch(Character::isDigit) ? Integer.parseInt(word) : NUMBERS.getOrDefault(word, 1);
    }

    private static LocalDate plus(LocalDate today, int count, String unit) {
        if (unit.startsWith("day") || unit.startsWith("dag")) {
            return today.plusDays(count);
        }
        if (unit.startsWith("week") || unit.startsWith("veck")) {
            return today.plusWeeks(count);
        }
        if (unit.startsWith("month") || unit.startsWith("månad")) {
            return today.plusMonths(count);
        }
        if (unit.startsWith("quarter") || unit.startsWith("kvartal")) {
            return today.plusMonths(3L * count);
        }
        if (unit.startsWith("half") || unit.startsWith("halvår")) {
            return today.plusMonths(6L * count);
        }
        return today.plusYears(count);
    }

    private static DayOfWeek weekday(String name) {
        return switch (name) {
            case "monday", "måndag" -> DayOfWeek.MONDAY;
            case "tuesday", "tisdag" -> DayOfWeek.TUESDAY;
            case "wednesday", "onsdag" -> DayOfWeek.WEDNESDAY;
            case "thursday", "torsdag" -> DayOfWeek.THURSDAY;
            case "friday", "fredag" -> DayOfWeek.FRIDAY;
            case "saturday", "lördag" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
    }
}
