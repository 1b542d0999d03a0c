package nl.vplan.check;

import java.util.ArrayList;
import java.util.List;
import nl.vplan.model.Document;
import nl.vplan.model.Framework;
import nl.vplan.model.Problem;
import nl.vplan.model.Rules;
import nl.vplan.model.School;
import nl.vplan.model.VersionOrder;

/**
 * The MR's consent ({@code regels.instemming}): warns when a school has not recorded it, has recorded
 * only the date or only the version, or when the document is newer than the version the MR consented to.
 */
final class ConsentCheck {

    private ConsentCheck() {
    }

    static List<Problem> check(Framework framework, Rules.Consent consent, School school) {
        List<Problem> problems = new ArrayList<>();
        Document doc = framework.documents().stream().filter(d -> d.id().equals(consent.document())).findFirst().orElse(null);
        if (doc == null) {
            return problems; // the loader reported the unknown document
        }
        String date = school.values().get(consent.dateField());
        String version = school.values().get(consent.versionField());
        if (date == null && version == null) {
            problems.add(Problem.warning(school.where(), school.naam() + ": nog geen instemming van de MR vastgelegd voor het "
                    + doc.titel() + " (" + consent.dateField() + " en " + consent.versionField() + " zijn niet ingevuld)"));
            return problems;
        }
        if (date == null) {
            problems.add(Problem.warning(school.placeOf(consent.versionField()), school.naam() + ": de versie waarmee de MR heeft ingestemd ("
                    + consent.versionField() + ") is ingevuld, maar de datum van de instemming (" + consent.dateField() + ") niet"));
        } else if (version == null) {
            problems.add(Problem.warning(school.placeOf(consent.dateField()), school.naam() + ": de datum van de instemming van de MR ("
                    + consent.dateField() + ") is ingevuld, maar niet met welke versie (" + consent.versionField() + ")"));
        }
        if (version != null && !doc.versie().isEmpty() && VersionOrder.newer(doc.versie(), version)) {
            problems.add(Problem.warning(school.placeOf(consent.versionField()), "de MR van " + school.naam()
                    + " heeft ingestemd met versie " + version.strip() + " van het " + doc.titel() + "; deze versie is "
                    + doc.versie() + ": vraag de MR om instemming"));
        }
        return problems;
    }
}
