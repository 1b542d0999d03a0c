package nl.vplan.convert;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asciidoctor's log messages in Dutch, for the writer of the text: the ones a writer meets, said in
 * their terms; any other message gets a general Dutch sentence (its English words would not help).
 */
final class AsciidoctorMessages {

    private record Translation(Pattern english, String dutch) {
    }

    private static final List<Translation> KNOWN = List.of(
            new Translation(Pattern.compile("^unterminated (\\w+) block$"),
                    "dit blok wordt niet afgesloten: de scheidingsregel aan het eind ontbreekt (blok: $1)"),
            new Translation(Pattern.compile("^mismatched preprocessor directive: (.*)$"),
                    "$1 past bij geen open ifdef/ifndef/ifeval; controleer of elke ifdef één endif heeft"),
            new Translation(Pattern.compile("^unmatched preprocessor directive: (.*)$"),
                    "$1 past bij geen open ifdef/ifndef/ifeval; controleer of elke ifdef één endif heeft"),
            new Translation(Pattern.compile("^detected unterminated preprocessor conditional directive: (.*)$"),
                    "$1 wordt nergens met endif gesloten"),
            new Translation(Pattern.compile("^dropping line containing reference to missing attribute: (.*)$"),
                    "regel weggelaten: attribuut '$1' bestaat niet"),
            new Translation(Pattern.compile("^section title out of sequence: expected level (\\d+), got level (\\d+)$"),
                    "kopniveau springt: verwacht niveau $1, maar dit is niveau $2 (te veel '='-tekens)"),
            new Translation(Pattern.compile("^section title out of sequence: expected levels? (.*), got level (\\d+)$"),
                    "kopniveau springt: verwacht niveau $1, maar dit is niveau $2 (te veel '='-tekens)"),
            new Translation(Pattern.compile("^possible invalid reference: (.*)$"),
                    "verwijzing naar '$1', maar er is geen kop of anker met die naam"),
            new Translation(Pattern.compile("^id assigned to (?:section|block|anchor) already in use: (.*)$"),
                    "het anker '$1' wordt twee keer gebruikt"),
            new Translation(Pattern.compile("^list item index: expected (\\S+), got (\\S+)$"),
                    "lijstnummer klopt niet: verwacht $1, gevonden $2"),
            new Translation(Pattern.compile("^maximum include depth of (\\d+) exceeded$"),
                    "includes zijn dieper genest dan $1 niveaus; neemt een bestand zichzelf weer op?"),
            new Translation(Pattern.compile("^table columns? .*$"),
                    "de tabel heeft niet in elke rij evenveel cellen als kolommen"),
            new Translation(Pattern.compile("^dropping cells? from incomplete row detected end of table$"),
                    "de laatste rij van de tabel is niet vol; er vallen cellen weg"));

    private AsciidoctorMessages() {
    }

    /** The Dutch for Asciidoctor's {@code message}. */
    static String dutch(String message) {
        String text = message == null ? "" : message.strip();
        for (Translation translation : KNOWN) {
            Matcher m = translation.english().matcher(text);
            if (m.matches()) {
                return m.replaceFirst(translation.dutch());
            }
        }
        return "Asciidoctor kan de opmaak hier niet goed lezen; controleer de regel en de regels erboven";
    }

}
