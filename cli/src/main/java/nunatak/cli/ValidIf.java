package nunatak.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nunatak.InvalidArgumentException;
import nunatak.array.Condition;

/** {@code --valid-if 'count>=2'}: one comparison of another layer with a number. */
record ValidIf(String layer, Condition condition) {
    private static final Pattern FORM = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(>=|<=|==|!=|>|<)\\s*([-+0-9.eE]+)\\s*");

    static ValidIf parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new InvalidArgumentException("--valid-if '" + text + "' must be LAYER OP NUMBER, e.g. 'count>=2' "
                    + "(ops: > >= < <= == !=)");
        }
        double v;
        try {
            v = Double.parseDouble(m.group(3));
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException("--valid-if '" + text + "': '" + m.group(3) + "' is not a number");
        }
        Condition c = switch (m.group(2)) {
            case ">" -> Condition.gt(v);
            case ">=" -> Condition.ge(v);
            case "<" -> Condition.lt(v);
            case "<=" -> Condition.le(v);
            case "==" -> Condition.eq(v);
            default -> Condition.ne(v);
        };
        return new ValidIf(m.group(1), c);
    }
}
