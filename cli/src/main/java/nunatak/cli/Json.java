package nunatak.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import nunatak.NunatakException;

/** JSON output for the CLI: one mapper, NaN written as null. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new NunatakException("could not write JSON: " + e.getMessage(), e);
        }
    }

    /** A finite double as a number; NaN and infinities (not JSON) as null. */
    static Double number(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
