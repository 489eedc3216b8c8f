package org.ltsports.ports.upgrade;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Orders upstream version strings as people read them: runs of digits compare as numbers
 * ({@code 2.10 > 2.9}), runs of letters as text; {@code . - _ +} only separate. A version that goes
 * on where another ends is newer ({@code 1.0.1 > 1.0}), unless it goes on with a pre-release word
 * ({@code 1.0rc1 < 1.0}, also alpha, beta, pre, dev, or a {@code ~}).
 */
public final class VersionOrder implements Comparator<String> {
    public static final VersionOrder INSTANCE = new VersionOrder();

    private static final Set<String> PRE_RELEASE = Set.of("alpha", "beta", "pre", "rc", "dev", "~");

    private VersionOrder() {
    }

    @Override
    public int compare(String a, String b) {
        List<String> left = tokens(a);
        List<String> right = tokens(b);
        int shared = Math.min(left.size(), right.size());
        for (int i = 0; i < shared; i++) {
            int order = compareTokens(left.get(i), right.get(i));
            if (order != 0) {
                return order;
            }
        }
        if (left.size() == right.size()) {
            return 0;
        }
        return left.size() > right.size() ? goesOn(left.get(shared)) : -goesOn(right.get(shared));
    }

    /** What a version gains by going on with {@code token}: older for a pre-release word, else newer. */
    private static int goesOn(String token) {
        return PRE_RELEASE.contains(token) ? -1 : 1;
    }

    private static int compareTokens(String x, String y) {
        boolean xNumber = Character.isDigit(x.charAt(0));
        boolean yNumber = Character.isDigit(y.charAt(0));
        if (xNumber && yNumber) {
            return new BigInteger(x).compareTo(new BigInteger(y));
        }
        if (xNumber != yNumber) {
            return xNumber ? 1 : -1; // 1.0.1 is newer than 1.0.rc1
        }
        if (PRE_RELEASE.contains(x) != PRE_RELEASE.contains(y)) {
            return PRE_RELEASE.contains(x) ? -1 : 1;
        }
        return x.compareTo(y);
    }

    private static List<String> tokens(String version) {
        List<String> tokens = new ArrayList<>();
        String lower = version.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < lower.length()) {
            char c = lower.charAt(i);
            int start = i;
            if (Character.isDigit(c)) {
                while (i < lower.length() && Character.isDigit(lower.charAt(i))) {
                    i++;
                }
            } else if (Character.isLetter(c)) {
                while (i < lower.length() && Character.isLetter(lower.charAt(i))) {
                    i++;
                }
            } else {
                i++;
                if (c != '~') {
                    continue;
                }
            }
            tokens.add(lower.substring(start, i));
        }
        return tokens;
    }
}
