package nl.vplan.check;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.vplan.model.Content;
import nl.vplan.model.Document;
import nl.vplan.model.Framework;
import nl.vplan.model.Problem;
import nl.vplan.model.Rules;
import nl.vplan.model.School;

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
        List<Problem> problems = new ArrayList<>(rules.evaluations());
        problems.addAll(RevisionRules.check(content.framework()));
        problems.addAll(HolidayCoverage.check(content.framework(), today));
        for (School school : schools) {
            problems.addAll(rules.school(school));
        }
        return problems;
    }

    private List<Problem> evaluations() {
        List<Problem> problems = new ArrayList<>();
        for (Document doc : framework.documents()) {
            LocalDate evaluation = date(doc.evaluatie());
            if (evaluation != null && evaluation.isBefore(today)) {
                problems.add(Problem.warning(doc.where(), "document '" + doc.titel() + "' had op " + doc.evaluatie()
                        + " geëvalueerd moeten worden; evalueer het en zet een nieuwe datum bij 'evaluatie'"));
            }
        }
        return problems;
    }

    private List<Problem> school(School school) {
        List<Problem> problems = new ArrayList<>();
        Rules rules = framework.rules();
        for (Rules.Required required : rules.required()) {
            if (!school.values().containsKey(required.field())) {
                problems.add(Problem.warning(school.where(), school.naam() + ": verplichte rol '" + label(required.field())
                        + "' (" + required.field() + ") is niet ingevuld"));
            }
        }
        rules.bhv().ifPresent(norm -> bhv(school, norm, problems));
        rules.consent().ifPresent(consent -> problems.addAll(ConsentCheck.check(framework, consent, school)));
        for (Rules.MaxAge age : rules.maxAges()) {
            String value = school.values().get(age.field());
            LocalDate date = date(value);
            if (date != null && date.plusMonths(age.months()).isBefore(today)) {
                problems.add(Problem.warning(school.placeOf(age.field()), school.naam() + ": " + label(age.field()) + " ("
                        + age.field() + ") is " + value + ", langer dan " + age.months() + " maanden geleden"));
            }
        }
        return problems;
    }

    private void bhv(School school, Rules.BhvNorm norm, List<Problem> problems) {
        Integer appointed = number(school.values().get(norm.appointedField()));
        Integer present = number(school.values().get(norm.presentField()));
        if (appointed == null || present == null) {
            return; // an open value is reported as an open fill-in
        }
        int minimum = norm.minimumFor(present);
        if (appointed < minimum) {
            problems.add(Problem.warning(school.placeOf(norm.appointedField()), school.naam() + ": " + appointed
                    + " BHV'ers (" + norm.appointedField() + "), maar bij " + present + " aanwezigen (" + norm.presentField()
                    + ") vraagt het kader er minstens " + minimum));
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
