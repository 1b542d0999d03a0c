package nl.vplan.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.vplan.load.ContentHistory;
import nl.vplan.model.Document;
import nl.vplan.model.DutchDate;
import nl.vplan.model.Framework;
import nl.vplan.model.Part;
import nl.vplan.model.Problem;
import nl.vplan.model.Revision;

/**
 * A document's {@code versies} against its {@code versie}: the first entry (the newest) is the
 * current version and the dates do not increase downwards (errors). When the content folder is a git
 * repository of its own, a warning for a document whose text changed since its version was set.
 */
public final class RevisionRules {

    private RevisionRules() {
    }

    public static List<Problem> check(Framework framework) {
        List<Problem> problems = new ArrayList<>();
        for (Document doc : framework.documents()) {
            problems.addAll(order(doc));
        }
        ContentHistory.open(framework.contentRoot()).ifPresent(history -> {
            try (history) {
                for (Document doc : framework.documents()) {
                    changedText(doc, history).ifPresent(problems::add);
                }
            }
        });
        return problems;
    }

    private static List<Problem> order(Document doc) {
        List<Problem> problems = new ArrayList<>();
        List<Revision> revisions = doc.versies();
        if (revisions.isEmpty()) {
            return problems;
        }
        Revision newest = revisions.get(0);
        if (!newest.versie().isEmpty() && !newest.versie().equals(doc.versie())) {
            problems.add(Problem.error(newest.where(), "de nieuwste versie in 'versies' (" + newest.versie()
                    + ") is niet de 'versie' van het document (" + (doc.versie().isEmpty() ? "geen" : doc.versie())
                    + "); zet de nieuwste versie bovenaan"));
        }
        for (int i = 1; i < revisions.size(); i++) {
            Revision above = revisions.get(i - 1);
            Revision below = revisions.get(i);
            if (!above.datum().isEmpty() && !below.datum().isEmpty() && below.datum().compareTo(above.datum()) > 0) {
                problems.add(Problem.error(below.where(), "versie " + below.versie() + " (" + below.datum()
                        + ") is later dan versie " + above.versie() + " erboven (" + above.datum()
                        + "); 'versies' staat met de nieuwste bovenaan"));
            }
        }
        return problems;
    }

    private static Optional<Problem> changedText(Document doc, ContentHistory history) {
        if (doc.versie().isEmpty()) {
            return Optional.empty();
        }
        Optional<ContentHistory.Since> since = history.since(doc.id(), doc.versie());
        if (since.isEmpty()) {
            return Optional.empty();
        }
        List<Path> files = doc.parts().stream()
                .filter(p -> p instanceof Part.FilePart).map(p -> ((Part.FilePart) p).file()).toList();
        List<Path> changed = history.changedSince(since.get(), files);
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Problem.warning(doc.versieAt(), "de tekst van " + doc.titel() + " is gewijzigd sinds versie "
                + doc.versie() + " (" + when(doc, since.get()) + "): "
                + changed.stream().map(p -> p.toString().replace('\\', '/')).collect(Collectors.joining(", "))
                + "; verhoog 'versie' en vul 'versies' aan"));
    }

    /** The version's date from 'versies' when it is there, else the commit that set it. */
    private static String when(Document doc, ContentHistory.Since since) {
        return doc.versies().stream().filter(r -> r.versie().equals(doc.versie()) && !r.datum().isEmpty())
                .map(r -> DutchDate.of(r.datum())).findFirst()
                .orElse("commit " + since.shortCommit() + " van " + DutchDate.of(since.date().toString()));
    }
}
