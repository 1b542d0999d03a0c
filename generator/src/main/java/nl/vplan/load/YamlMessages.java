package nl.vplan.load;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Turns the YAML parser's English messages into short Dutch ones for policy writers. */
final class YamlMessages {

    private YamlMessages() {
    }

    static String dutch(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String lower = original.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("duplicate field")) {
            return "een sleutel staat twee keer in hetzelfde blok (" + quoted(original) + ")";
        }
        if (lower.contains("mapping values are not allowed")) {
            return "een dubbele punt op een plek waar die niet mag; zet de waarde tussen aanhalingstekens";
        }
        if (lower.contains("flow mapping") || lower.contains("flow sequence")) {
            return "een {…}- of […]-blok is niet goed afgesloten; zet tekst met : ? , { } [ ] of # tussen aanhalingstekens";
        }
        if (lower.contains("could not find expected ':'")) {
            return "er ontbreekt een dubbele punt na een sleutel";
        }
        if (lower.contains("nesting depth")) {
            return "de gegevens zijn te diep genest (meer dan 1000 niveaus in elkaar); zo diep gaat geen sleutel van vplan";
        }
        if (isTab(e)) {
            return "tabs zijn niet toegestaan voor inspringen; gebruik spaties";
        }
        if (lower.contains("did not find expected key") || lower.contains("expected <block end>")) {
            return "de inspringing klopt niet (verwachtte een sleutel op deze plek)";
        }
        if (lower.contains("found undefined alias") || lower.contains("unexpected end")) {
            return "het bestand houdt onverwacht op";
        }
        String firstLine = original.lines().findFirst().orElse(original);
        return "de YAML-opmaak klopt niet (" + firstLine.trim() + ")";
    }

    /** Whether the parser stopped at a tab used for indentation. */
    static boolean isTab(JsonProcessingException e) {
        String lower = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().toLowerCase(java.util.Locale.ROOT);
        return lower.contains("found character '\\t'") || lower.contains("tab");
    }

    private static String quoted(String s) {
        int a = s.indexOf('\'');
        int b = s.indexOf('\'', a + 1);
        return a >= 0 && b > a ? "'" + s.substring(a + 1, b) + "'" : s;
    }
}
