package nl.vplan.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The school holidays per school year and region, from {@code vakanties.yml}: the calendar plans a
 * task on a school day of the school's region ({@code keuzes: {regio: …}}).
 *
 * @param years the first calendar year of a school year (2026 for 2026-2027) → region → its holidays
 * @param where the file, or the content folder when there is none
 */
public record SchoolHolidays(Map<Integer, Map<String, List<Period>>> years, SourceRef where) {

    /** The regions a holiday may be given for; the options of the choice {@code regio}. */
    public static final List<String> REGIONS = List.of("noord", "midden", "zuid");

    /** One holiday, both days included. */
    public record Period(String name, LocalDate van, LocalDate tot) {

        public boolean contains(LocalDate day) {
            return !day.isBefore(van) && !day.isAfter(tot);
        }
    }

    public static SchoolHolidays none(SourceRef where) {
        return new SchoolHolidays(Map.of(), where);
    }

    /** Whether the school year starting in August of {@code year} has holidays for every region. */
    public boolean covers(int year) {
        return years.containsKey(year);
    }

    /** The holidays of a region in the school year starting in August of {@code year}, in date order; none when unknown. */
    public List<Period> of(int year, String region) {
        return years.getOrDefault(year, Map.of()).getOrDefault(region, List.of());
    }

    /** The school-year label of a year, such as 2026-2027. */
    public static String label(int year) {
        return year + "-" + (year + 1);
    }
}
