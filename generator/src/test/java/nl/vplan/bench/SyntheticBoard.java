package nl.vplan.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import nl.vplan.load.ContentLoader;
import nl.vplan.model.Choice;
import nl.vplan.model.Content;
import nl.vplan.model.Document;
import nl.vplan.model.Field;
import nl.vplan.model.Framework;
import nl.vplan.model.Klasse;
import nl.vplan.model.Part;
import nl.vplan.model.School;
import nl.vplan.resolve.DocumentPlan;
import nl.vplan.resolve.PlannedPart;
import nl.vplan.resolve.Resolver;

/**
 * Makes a synthetic board for the benchmark ({@code bench/board-scale.sh}): the example framework
 * with N schools of varied values, choices and optional parts, and the same work for Ruby
 * Asciidoctor: a copy of the sources with each fill-in as an attribute reference, and per school its
 * attributes and the parts of its plan. Arguments: example content folder, target folder, N.
 */
public final class SyntheticBoard {

    public static void main(String[] args) throws IOException {
        Path example = Path.of(args[0]).toAbsolutePath().normalize();
        Path target = Path.of(args[1]).toAbsolutePath().normalize();
        int n = Integer.parseInt(args[2]);
        Path content = target.resolve("inhoud");
        copyFramework(example, content);
        Framework framework = ContentLoader.load(content).content().orElseThrow().framework();
        Random random = new Random(n);
        for (int i = 1; i <= n; i++) {
            writeSchool(framework, content, String.format("school-%03d", i), i, random);
        }
        Content board = ContentLoader.load(content).content().orElseThrow();
        writeRubyWork(board, target.resolve("ruby"));
    }

    private static void copyFramework(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path relative = from.relativize(source);
                if (relative.startsWith("scholen")) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void writeSchool(Framework framework, Path content, String id, int number, Random random) throws IOException {
        StringBuilder yaml = new StringBuilder("naam: Synthetische school " + number + "\nvelden:\n");
        for (Field field : framework.fields().values()) {
            if (!field.boardSet() && random.nextInt(100) < 85) { // a board value is set in velden.yml, never by a school
                yaml.append("  ").append(field.id()).append(": \"").append(value(field, id, number, random)).append("\"\n");
            }
        }
        yaml.append("keuzes:\n");
        for (Choice choice : framework.choices().values()) {
            List<String> options = new ArrayList<>(choice.opties().keySet());
            yaml.append("  ").append(choice.id()).append(": ").append(options.get(random.nextInt(options.size()))).append('\n');
        }
        List<String> off = new ArrayList<>();
        for (Document doc : framework.documents()) {
            for (Part part : doc.parts()) {
                if (part instanceof Part.FilePart f && f.optional() && random.nextBoolean()) {
                    off.add(part.id());
                }
            }
        }
        if (!off.isEmpty()) {
            yaml.append("onderdelen: {uit: [").append(String.join(", ", off)).append("]}\n");
        }
        Path dir = content.resolve("scholen").resolve(id);
        Files.createDirectories(dir.resolve("aanvullingen"));
        Files.writeString(dir.resolve("school.yml"), yaml, StandardCharsets.UTF_8);
        for (Document doc : framework.documents()) {
            for (Part part : doc.parts()) {
                if (part instanceof Part.SlotPart && random.nextBoolean()) {
                    Files.writeString(dir.resolve("aanvullingen").resolve(part.id() + ".adoc"), "= " + ((Part.SlotPart) part).titel()
                            + "\n\nDe eigen afspraken van school " + number + " staan hier.\n\n* Afspraak een\n* Afspraak twee\n");
                }
            }
        }
    }

    private static String value(Field field, String id, int number, Random random) {
        return switch (field.type()) {
            case GETAL -> String.valueOf(20 + random.nextInt(600));
            case DATUM -> String.format("2026-%02d-%02d", 1 + random.nextInt(9), 1 + random.nextInt(28));
            case TELEFOON -> String.format("012-555%04d", random.nextInt(10000));
            case EMAIL -> "info@" + id + ".example";
            case URL -> "https://www." + id + ".example";
            default -> field.label() + " van school " + number;
        };
    }

    /** Sources with {@code invul:a.b[]} as {@code {a-b}}, and per school its attributes and part files. */
    private static void writeRubyWork(Content board, Path ruby) throws IOException {
        Path root = board.framework().contentRoot();
        Path sources = ruby.resolve("bronnen");
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".adoc")).toList()) {
                Path target = sources.resolve(root.relativize(file).toString());
                Files.createDirectories(target.getParent());
                String text = Files.readString(file)
                        .replaceAll("invul:([a-z0-9.-]+)\\[\\]", "{invul-$1}")
                        .replaceAll("(?m)^(taken|formulier)::.*$", "");
                Files.writeString(target, text.replaceAll("\\{invul-([a-z0-9-]+)\\.([a-z0-9.-]+)}", "{$1-$2}"));
            }
        }
        List<Map<String, Object>> schools = new ArrayList<>();
        for (School school : board.schools()) {
            var plan = Resolver.resolve(board.framework(), school, Klasse.INTERN);
            Map<String, String> attributes = new LinkedHashMap<>(plan.attributes());
            board.framework().fields().values().stream().filter(Field::boardSet)
                    .forEach(field -> attributes.put(field.id().replace('.', '-'), field.boardValue()));
            school.values().forEach((field, value) -> attributes.put(field.replace('.', '-'), value));
            List<String> parts = new ArrayList<>();
            for (DocumentPlan doc : plan.documents()) {
                for (PlannedPart part : doc.parts()) {
                    part.asciidoc().ifPresent(f -> parts.add(sources.resolve(root.relativize(f).toString()).toString()));
                }
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", school.id());
            entry.put("attributes", attributes);
            entry.put("parts", parts);
            schools.add(entry);
        }
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(ruby.resolve("scholen.json").toFile(), schools);
        StringBuilder perSchool = new StringBuilder("#!/bin/sh\n# One asciidoctor command per school, as a board would script it.\n"
                + "# Run from the board's folder: safe mode keeps output and includes inside it.\nset -e\nout=$1\ncd \"$(dirname \"$0\")/..\"\n");
        for (Map<String, Object> s : schools) {
            perSchool.append("asciidoctor -S safe -q -D \"$out/").append(s.get("id")).append('"');
            @SuppressWarnings("unchecked") Map<String, String> attributes = (Map<String, String>) s.get("attributes");
            attributes.forEach((k, v) -> perSchool.append(" -a ").append(quote(k + "=" + v)));
            @SuppressWarnings("unchecked") List<String> parts = (List<String>) s.get("parts");
            parts.forEach(p -> perSchool.append(' ').append(quote(p)));
            perSchool.append('\n');
        }
        Files.writeString(ruby.resolve("per-school.sh"), perSchool);
        Files.writeString(ruby.resolve("een-proces.rb"), """
                # Every school in one Ruby process: the same conversions without starting Ruby each time.
                require 'asciidoctor'
                require 'json'
                out = File.expand_path(ARGV[0])
                Dir.chdir(File.expand_path('..', __dir__)) # safe mode keeps output and includes inside the board's folder
                JSON.parse(File.read(File.join(__dir__, 'scholen.json'))).each do |school|
                  dir = File.join(out, school['id'])
                  school['parts'].each do |part|
                    Asciidoctor.convert_file part, safe: :safe, to_dir: dir, mkdirs: true, attributes: school['attributes']
                  end
                end
                """);
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
