package org.hedgerow.insights;

import java.util.Locale;

/** A gap in words, for a facilitator deciding where to invest. */
final class GapReasons {

    private GapReasons() {
    }

    /**
     * "Glossop: 14 referrals for loneliness, no activity for loneliness within 5 km", or, when something is
     * nearer than that but outside the locality, "…, none in Glossop; the nearest is Canal Walk in Hadfield, 3.2 km
     * away". Without a centre for the locality, distance is not known: "…, no walking activity in Glossop".
     */
    static String reason(GapAxis axis, String locality, String column, Count demand, boolean placed, String nearest,
                         String nearestIn, Double nearestMetres) {
        String what = column.toLowerCase(Locale.ROOT);
        String wanted = axis == GapAxis.NEED
                ? demand.inWords("referral", "referrals") + " for " + what
                : demand.inWords("referral", "referrals") + " into " + what;
        String activity = axis == GapAxis.NEED ? "activity for " + what : what + " activity";
        var sentence = new StringBuilder(locality).append(": ").append(wanted).append(", no ").append(activity);
        if (!placed) {
            return sentence.append(" in ").append(locality).toString();
        }
        if (nearest == null) {
            return sentence.append(" within ").append(GapMaps.NEAR_KM).append(" km").toString();
        }
        sentence.append(" in ").append(locality).append("; the nearest is ").append(nearest);
        if (nearestIn != null && !nearestIn.equals(locality)) {
            sentence.append(" in ").append(nearestIn);
        }
        return sentence.append(", ").append(String.format(Locale.ROOT, "%.1f", nearestMetres / 1000))
                .append(" km away").toString();
    }
}
