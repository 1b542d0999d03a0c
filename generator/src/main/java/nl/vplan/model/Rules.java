package nl.vplan.model;

import java.util.List;
import java.util.Optional;

/**
 * The board's domain rules from {@code regels} in kader.yml, checked per school as warnings.
 *
 * @param bhv      the minimum number of BHV'ers by the number of people present, if the board sets one
 * @param required fields every school must fill (roles such as the anti-pestcoördinator)
 * @param maxAges  date fields that may be at most so many months old (the last drill, the RI&E)
 * @param consent  the fields recording the MR's consent to a document, if the board asks for it
 */
public record Rules(Optional<BhvNorm> bhv, List<Required> required, List<MaxAge> maxAges, Optional<Consent> consent) {

    public static Rules none() {
        return new Rules(Optional.empty(), List.of(), List.of(), Optional.empty());
    }

    /** From {@code from} people present on, at least {@code minimum} BHV'ers. */
    public record Threshold(int from, int minimum) {
    }

    /**
     * @param appointedField the field holding the number of trained BHV'ers
     * @param presentField   the field holding the number of people present on a normal day
     * @param thresholds     ascending by {@code from}
     */
    public record BhvNorm(String appointedField, String presentField, List<Threshold> thresholds, SourceRef where) {

        /** The minimum for {@code present} people: that of the highest threshold reached. */
        public int minimumFor(int present) {
            int minimum = 0;
            for (Threshold t : thresholds) {
                if (present >= t.from()) {
                    minimum = t.minimum();
                }
            }
            return minimum;
        }
    }

    public record Required(String field, SourceRef where) {
    }

    public record MaxAge(String field, int months, SourceRef where) {
    }

    /**
     * The MR consents to {@code document}; the school records the date ({@code dateField}, a datum)
     * and the version consented to ({@code versionField}).
     */
    public record Consent(String document, String dateField, String versionField, SourceRef where) {
    }
}
