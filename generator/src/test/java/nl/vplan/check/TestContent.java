package nl.vplan.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.vplan.load.ContentLoader;
import nl.vplan.model.Content;

/** A small content folder with one part, {@code hoofdstukken/een.adoc}, and one school, for the check tests. */
final class TestContent {

    private final Path root;

    TestContent(Path root) {
        this.root = root;
        write("kader.yml", """
                bestuur: Stichting Proef
                documenten:
                  - id: plan
                    titel: Plan
                    doelgroepen: [medewerkers, ouders]
                    onderdelen:
                      - hoofdstukken/een.adoc
                keuzes:
                  opslag:
                    vraag: Waar?
                    opties: {teams: Teams, schijf: Schijf}
                    standaard: teams
                """);
        write("velden.yml", """
                v.open: {label: Open, klasse: openbaar}
                v.geheim: {label: Geheim, klasse: vertrouwelijk}
                v.code: {label: Code, klasse: openbaar}
                """);
        write("scholen/proef/school.yml", "naam: Proefschool\n");
    }

    TestContent write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path root() {
        return root;
    }

    TestContent part(String text) {
        return write("hoofdstukken/een.adoc", text);
    }

    Content load() {
        return ContentLoader.load(root).content().orElseThrow();
    }
}
