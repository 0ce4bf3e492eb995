package nunatak.viewer;

import io.javalin.http.Context;
import java.util.Locale;

/** Query and path parameters as numbers and flags; anything malformed is a 400 naming the parameter. */
final class Params {
    private Params() {
    }

    /** The finite number given as {@code name}, or NaN when it is absent. */
    static double number(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isEmpty()) {
            return Double.NaN;
        }
        return parse(name, v);
    }

    static double parse(String name, String v) {
        double d;
        try {
            d = Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new HttpProblem(400, name + "=" + abbreviate(v) + " is not a number");
        }
        if (!Double.isFinite(d)) {
            throw new HttpProblem(400, name + "=" + abbreviate(v) + " must be a finite number");
        }
        return d;
    }

    static int integer(String name, String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new HttpProblem(400, name + "=" + abbreviate(v) + " is not a whole number");
        }
    }

    static boolean flag(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return false;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "", "1", "true", "yes", "on" -> true;
            case "0", "false", "no", "off" -> false;
            default -> throw new HttpProblem(400, name + "=" + abbreviate(v) + " must be true or false");
        };
    }

    /** Echoes a parameter into a message without letting a huge value through. */
    static String abbreviate(String v) {
        return v.length() > 40 ? v.substring(0, 40) + "..." : v;
    }
}
