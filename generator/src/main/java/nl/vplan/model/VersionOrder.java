package nl.vplan.model;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Orders version labels as version numbers: "3.10" comes after "3.9", "3" equals "3.0". A label that
 * is not numbers separated by dots is compared as text.
 */
public final class VersionOrder {

    private static final Pattern NUMERIC = Pattern.compile("\\d+(\\.\\d+)*");

    private VersionOrder() {
    }

    /** Negative, zero or positive as {@code a} is older than, the same as or newer than {@code b}. */
    public static int compare(String a, String b) {
        String x = a.strip();
        String y = b.strip();
        if (!NUMERIC.matcher(x).matches() || !NUMERIC.matcher(y).matches()) {
            return x.compareTo(y);
        }
        String[] xs = x.split("\\.");
        String[] ys = y.split("\\.");
        for (int i = 0; i < Math.max(xs.length, ys.length); i++) {
            int c = new BigInteger(i < xs.length ? xs[i] : "0").compareTo(new BigInteger(i < ys.length ? ys[i] : "0"));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Whether {@code version} is newer than {@code than}. */
    public static boolean newer(String version, String than) {
        return compare(version, than) > 0;
    }
}
