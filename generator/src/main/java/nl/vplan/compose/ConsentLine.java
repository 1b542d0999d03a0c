package nl.vplan.compose;

import java.util.Optional;
import nl.vplan.model.Document;
import nl.vplan.model.Framework;
import nl.vplan.model.VersionOrder;
import nl.vplan.resolve.FieldView;

/**
 * What the school's start page and the handbook's cover say about the MR's consent to a document
 * ({@code regels.instemming}), as plain text, from the {@link FieldView}: nothing for a document
 * without the rule, or in an edition that does not have the fields.
 */
final class ConsentLine {

    private ConsentLine() {
    }

    /** E.g. "versie 3.0 op 12 juni 2025 — deze versie (3.1) is nieuwer: de MR moet nog instemmen". */
    static Optional<String> of(Framework framework, Document doc, FieldView fields) {
        return framework.rules().consent().filter(c -> c.document().equals(doc.id())).flatMap(consent -> {
            FieldView.Shown date = fields.of(consent.dateField());
            FieldView.Shown version = fields.of(consent.versionField());
            if (!(date instanceof FieldView.Filled) && !(date instanceof FieldView.Open)
                    || !(version instanceof FieldView.Filled) && !(version instanceof FieldView.Open)) {
                return Optional.empty(); // not in this edition
            }
            if (date instanceof FieldView.Open && version instanceof FieldView.Open) {
                return Optional.of("nog niet vastgelegd");
            }
            String line = version instanceof FieldView.Filled v ? "versie " + v.value().strip() : "versie niet vastgelegd";
            line += date instanceof FieldView.Filled ? " op " + fields.text(consent.dateField()) : ", datum niet vastgelegd";
            if (version instanceof FieldView.Filled v && !doc.versie().isEmpty() && VersionOrder.newer(doc.versie(), v.value())) {
                line += " — deze versie (" + doc.versie() + ") is nieuwer: de MR moet nog instemmen";
            }
            return Optional.of(line);
        });
    }
}
