package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.io.TempDir;

/** Wrong options are a Dutch usage message and exit 2, never a stack trace. */
class UsageErrorsTest {

    @TempDir
    Path temp;

    @Test
    void aPortOutsideTheRangeOrNotANumber() {
        for (String port : new String[] {"99999", "-5", "abc"}) {
            Cli.Result result = Cli.run("serve", "--content", Cli.EXAMPLE.toString(), "--port", port);
            assertThat(result.exit()).as(port).isEqualTo(2);
            assertThat(result.err()).as(port).contains("fout: --port: ").contains("van 0 tot en met 65535")
                    .doesNotContain("Exception");
        }
    }

    /** A port in use is said at once (before Asciidoctor starts and the content is rendered), in Dutch, as a usage error. */
    @Test
    void aPortInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Cli.Result result = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
                    Cli.run("serve", "--content", Cli.EXAMPLE.toString(), "--port", String.valueOf(taken.getLocalPort())));
            assertThat(result.exit()).isEqualTo(2);
            assertThat(result.err()).isEqualTo("fout: poort " + taken.getLocalPort() + " is al in gebruik; kies een andere met --port\n");
            assertThat(result.out()).isEmpty();
        }
    }

    @Test
    void aMissingTemplatesFolder() {
        Cli.Result result = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
                Cli.run("serve", "--content", Cli.EXAMPLE.toString(), "--port", "0", "--templates", temp.resolve("weg").toString()));
        assertThat(result.exit()).isEqualTo(2);
    }

    @Test
    void aDayThatIsNoDate() {
        String earlier = System.getProperty("vplan.vandaag");
        try {
            for (String day : new String[] {"gisteren", "2026-02-30"}) {
                System.setProperty("vplan.vandaag", day);
                Cli.Result result = Cli.run("check", "--content", Cli.EXAMPLE.toString());
                assertThat(result.exit()).as(day).isEqualTo(2);
                assertThat(result.err()).contains("-Dvplan.vandaag=" + day + " is geen bestaande datum").doesNotContain("Exception");
            }
        } finally {
            if (earlier == null) {
                System.clearProperty("vplan.vandaag");
            } else {
                System.setProperty("vplan.vandaag", earlier);
            }
        }
    }
}
