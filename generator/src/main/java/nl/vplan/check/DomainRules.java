package nl.vplan.check;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vplan.model.Content;
import nl.vplan.model.Document;
import nl.vplan.model.FieldType;
import nl.vplan.model.Framework;
import nl.vplan.model.Problem;
import nl.vplan.model.Rules;
import nl.vplan.model.School;
import nl.vplan.model.SchoolWarning;

/**
 * The board's domain rules ({@code regels} in kader.yml) applied to each school, and the documents'
 * evaluation dates: warnings that name the school and the field, so that {@code --strict} can hold
 * back a plan that does not meet them. The documents' version histories are checked here too
 * ({@link RevisionRules}).
 */
public final class DomainRules {

    private final Framework framework;
    private final LocalDate today;

    private DomainRules(Framework framework, LocalDate today) {
        this.framework = framework;
        this.today = today;
    }

    /**
     * The date the rules are checked against: today, or the system property {@code vplan.vandaag}
     * (yyyy-mm-dd), so that a build can be repeated as of a given day.
     */
    public static LocalDate today() {
        String fixed = System.getProperty("vplan.vandaag");
        return fixed == null ? LocalDate.now() : LocalDate.parse(fixed);
    }

    public static List<Problem> check(Content content, List<School> schools, LocalDate today) {
        DomainRules rules = new DomainRules(content.framework(), today);
        List<Problem> problems = new ArrayList<>(rules.evaluations().stream().map(SchoolWarning::problem).toList());
        problems.addAll(RevisionRules.check(content.framework()));
        problems.addAll(HolidayCoverage.check(content.framework(), today));
        for (School school : schools) {
            rules.school(school).forEach(w -> problems.add(w.problem()));
        }
        return problems;
    }

    /**
     * The warnings a school's own pages show: its rules' warnings and the documents' passed evaluation
     * dates (the same warnings {@link #check} reports, without the authors' version history).
     */
    public static Map<String, List<SchoolWarning>> bySchool(Framework framework, List<School> schools, LocalDate today) {
        DomainRules rules = new DomainRules(framework, today);
        List<SchoolWarning> evaluations = rules.evaluations();
        Map<String, List<SchoolWarning>> warnings = new LinkedHashMap<>();
        for (School school : schools) {
            List<SchoolWarning> own = new ArrayList<>(evaluations);
            own.addAll(rules.school(school));
            warnings.put(school.id(), List.copyOf(own));
        }
        return warnings;
    }

    private List<SchoolWarning> evaluations() {
        List<SchoolWarning> warnings = new ArrayList<>();
        for (Document doc : framework.documents()) {
            LocalDate evaluation = date(doc.evaluatie());
            if (evaluation != null && evaluation.isBefore(today)) {
                warnings.add(new SchoolWarning(Problem.warning(doc.where(), "document '" + doc.titel() + "' had op " + doc.evaluatie()
                        + " geëvalueerd moeten worden; evalueer het en zet een nieuwe datum bij 'evaluatie'"), List.of()));
            }
        }
        return warnings;
    }

    private List<SchoolWarning> school(School school) {
        List<SchoolWarning> warnings = new ArrayList<>();
        Rules rules = framework.rules();
        for (Rules.Required required : rules.required()) {
            if (!school.values().containsKey(required.field())) {
                // a name is a role someone fills; a date or number is a fact the board requires
                String what = framework.fields().get(required.field()).type() == FieldType.TEKST ? "verplichte rol" : "verplicht gegeven";
                warnings.add(new SchoolWarning(Problem.warning(school.where(), school.naam() + ": " + what + " '"
                        + label(required.field()) + "' (" + required.field() + ") is niet ingevuld"), List.of(required.field())));
            }
        }
        rules.bhv().ifPresent(norm -> bhv(school, norm, warnings));
        rules.consent().ifPresent(consent -> ConsentCheck.check(framework, consent, school).forEach(p ->
                warnings.add(new SchoolWarning(p, List.of(consent.dateField(), consent.versionField())))));
        for (Rules.MaxAge age : rules.maxAges()) {
            String value = school.values().get(age.field());
            LocalDate date = date(value);
            if (date != null && date.plusMonths(age.months()).isBefore(today)) {
                warnings.add(new SchoolWarning(Problem.warning(school.placeOf(age.field()), school.naam() + ": " + label(age.field())
                        + " (" + age.field() + ") is " + value + ", langer dan " + age.months() + " maanden geleden"), List.of(age.field())));
            }
        }
        return warnings;
    }

    private void bhv(School school, Rules.BhvNorm norm, List<SchoolWarning> warnings) {
        Integer appointed = number(school.values().get(norm.appointedField()));
        Integer present = number(school.values().get(norm.presentField()));
        if (appointed == null || present == null) {
            return; // an open value is reported as an open fill-in
        }
        int minimum = norm.minimumFor(present);
        if (appointed < minimum) {
            warnings.add(new SchoolWarning(Problem.warning(school.placeOf(norm.appointedField()), school.naam() + ": " + appointed
                    + " BHV'ers (" + norm.appointedField() + "), maar bij " + present + " aanwezigen (" + norm.presentField()
                    + ") vraagt het kader er minstens " + minimum), List.of(norm.appointedField(), norm.presentField())));
        }
    }

    private String label(String field) {
        return framework.fields().get(field).label();
    }

    private static Integer number(String value) {
        try {
            return value == null ? null : (int) Math.floor(Double.parseDouble(value.strip().replace(',', '.')));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
