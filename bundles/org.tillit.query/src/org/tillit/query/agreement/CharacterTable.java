package org.tillit.query.agreement;

/**
 * Two coders' coding of one code, character by character: how many characters both coded, only
 * the first, only the second, and neither. Characters neither coded count as agreement, as NVivo
 * defines its coding comparison; each measure is computed from the whole table.
 */
public record CharacterTable(long both, long firstOnly, long secondOnly, long neither) {

    public static final CharacterTable EMPTY = new CharacterTable(0, 0, 0, 0);

    /** The table of one document: its length and each coder's spans of the code. */
    public static CharacterTable of(long length, Spans first, Spans second) {
        long both = first.overlap(second);
        long firstOnly = first.length() - both;
        long secondOnly = second.length() - both;
        return new CharacterTable(both, firstOnly, secondOnly, length - both - firstOnly - secondOnly);
    }

    public CharacterTable plus(CharacterTable other) {
        return new CharacterTable(both + other.both, firstOnly + other.firstOnly, secondOnly + other.secondOnly,
                neither + other.neither);
    }

    public long characters() {
        return both + firstOnly + secondOnly + neither;
    }

    /** The share of characters both coders treated alike (coded or not), 0 to 1; NaN for no characters. */
    public double agreement() {
        return characters() == 0 ? Double.NaN : (double) (both + neither) / characters();
    }

    /**
     * Cohen's kappa: the observed agreement corrected by the agreement expected from each coder's
     * own share of coded characters; the chance terms of "coded" and "not coded" are added. NaN
     * where chance alone agrees fully (both coded every character, or neither coded any).
     */
    public double kappa() {
        double n = characters();
        double chance = ((both + firstOnly) * (double) (both + secondOnly)
                + (secondOnly + neither) * (double) (firstOnly + neither)) / (n * n);
        return chanceCorrected(chance);
    }

    /** Scott's pi: as kappa, but chance from both coders' shares pooled. */
    public double pi() {
        double n = characters();
        double coded = (2.0 * both + firstOnly + secondOnly) / (2 * n);
        double chance = coded * coded + (1 - coded) * (1 - coded);
        return chanceCorrected(chance);
    }

    /**
     * Krippendorff's alpha for two coders and two values (coded, not coded), each character a unit:
     * 1 − D<sub>o</sub>/D<sub>e</sub> with the expected disagreement from the coincidence matrix
     * (pi corrected for the sample's size). NaN where the characters show no variation at all.
     */
    public double alpha() {
        double values = 2.0 * characters();
        double coded = 2.0 * both + firstOnly + secondOnly;
        double notCoded = values - coded;
        double expected = 2 * coded * notCoded / (values * (values - 1));
        if (characters() == 0 || expected == 0) {
            return Double.NaN;
        }
        double observed = (firstOnly + secondOnly) / (double) characters();
        return 1 - observed / expected;
    }

    private double chanceCorrected(double chance) {
        if (characters() == 0 || chance >= 1) {
            return Double.NaN;
        }
        return (agreement() - chance) / (1 - chance);
    }
}
