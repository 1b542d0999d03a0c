package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files the user running vplan may not read (an unused file, a folder, the logo) are reported
 * where they are, in Dutch, by {@code check} already. Root reads everything whatever the mode, so
 * as root the command runs in a JVM of its own as the user nobody, with the test's class path
 * linked where nobody can read it: the condition is the real one either way.
 */
class UnreadableContentTest {

    @TempDir
    Path temp;

    @Test
    void unreadableFilesAndFoldersAreReportedWhereTheyAre() throws Exception {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path content = Cli.copyOfExample(temp);
        Path loose = Files.writeString(content.resolve("los.txt"), "een los bestand");
        Path folder = Files.createDirectories(content.resolve("archief"));
        Files.writeString(folder.resolve("oud.adoc"), "= Oud\n");
        Path logo = content.resolve("scholen/de-regenboog/bestanden/logo.png");
        for (Path p : List.of(loose, folder, logo)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
        }

        Result result = check(content);
        assertThat(result.exit()).as(result.err()).isEqualTo(1);
        assertThat(result.err())
                .contains("los.txt: fout: het bestand kan niet worden gelezen (geen leesrechten)")
                .contains("archief: fout: de map kan niet worden gelezen (geen leesrechten)")
                .contains("school.yml:3:1: fout: logo 'bestanden/logo.png' kan niet worden gelezen (geen leesrechten)")
                .doesNotContain("Exception");
    }

    private record Result(int exit, String err) {
    }

    private Result check(Path content) throws IOException, InterruptedException {
        if (!"root".equals(System.getProperty("user.name"))) {
            Cli.Result result = Cli.run("check", "--content", content.toString());
            return new Result(result.exit(), result.err());
        }
        List<String> command = new ArrayList<>(List.of("runuser", "-u", "nobody", "--",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", readableClassPath(), "nl.vplan.cli.Vplan",
                "check", "--content", content.toString()));
        Process process = new ProcessBuilder(command).directory(temp.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), err);
    }

    /** The class path, its jars hard-linked (or copied) and its folders copied into a folder nobody may read. */
    private String readableClassPath() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("klassenpad"));
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path source = Path.of(entry);
            if (!Files.exists(source)) {
                continue;
            }
            Path target = dir.resolve((n++) + "-" + source.getFileName());
            if (Files.isDirectory(source)) {
                Site.copy(source, target);
            } else {
                try {
                    Files.createLink(target, source);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(source, target);
                }
            }
            entries.add(target.toString());
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isDirectory).toList()) { // files keep their mode: a hard link shares it with the original
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
