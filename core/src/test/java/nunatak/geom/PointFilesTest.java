package nunatak.geom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nunatak.NunatakException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Point files: CSV records repeated verbatim (RFC 4180 quoting, CRLF, line breaks inside quotes) with a value
 * column appended in input order, GeoJSON points to GeoJSON and CSV, clear errors, and a million-row CSV
 * streamed through a JVM whose heap is far smaller than the file.
 */
class PointFilesTest {
    @TempDir
    Path dir;

    @Test
    void csvRowsAreRepeatedVerbatimWithTheirValues() throws IOException {
        String csv = "name,lat,note,lon\r\n"
                + "\"Vostok, station\",-78.4645,\"says \"\"cold\"\"\",106.8339\r\n"
                + "plain,-77.85,\"two\nlines\",166.67\r\n"
                + "\r\n"
                + "last,-90,,0";
        Path in = dir.resolve("pts.csv");
        Files.writeString(in, "\uFEFF" + csv);
        Path out = dir.resolve("out.csv");
        List<double[]> xy = new ArrayList<>();
        try (PointReader r = PointReader.open(in, null, null, 2);
             PointValueWriter w = PointValueWriter.create(out, r)) {
            assertEquals(Crs.EPSG_4326, r.crs());
            for (PointBatch b = r.next(); b != null; b = r.next()) {
                assertTrue(b.size() <= 2);
                double[] v = new double[b.size()];
                for (int i = 0; i < v.length; i++) {
                    xy.add(new double[] {b.x()[i], b.y()[i]});
                    v[i] = b.firstRow() + i == 1 ? Double.NaN : 1000.5 + b.firstRow() + i;
                }
                w.write(b, v);
            }
        }
        assertEquals("name,lat,note,lon,value\n"
                + "\"Vostok, station\",-78.4645,\"says \"\"cold\"\"\",106.8339,1000.5\n"
                + "plain,-77.85,\"two\nlines\",166.67,\n"
                + "last,-90,,0,1002.5\n", Files.readString(out));
        XY vostok = Epsg3031.toPolar(106.8339, -78.4645);
        assertEquals(vostok.x(), xy.get(0)[0]);
        assertEquals(vostok.y(), xy.get(0)[1]);
        assertEquals(3, xy.size());
    }

    @Test
    void geoJsonPointsToGeoJsonAndCsv() throws IOException {
        Path in = dir.resolve("pts.geojson");
        Files.writeString(in, "{\"features\":[{\"type\":\"Feature\",\"id\":1,\"properties\":{\"a\":\"x,y\",\"b\":2},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[-1000000.5,500000]}},"
                + "{\"type\":\"Feature\",\"id\":2,\"properties\":{\"b\":null},\"geometry\":{\"type\":\"Point\","
                + "\"coordinates\":[10,20]}}],\"type\":\"FeatureCollection\",\"name\":\"pts\"}");
        Path json = dir.resolve("out.geojson");
        Path csv = dir.resolve("out.csv");
        for (Path out : List.of(json, csv)) {
            try (PointReader r = PointReader.open(in, null, Crs.EPSG_3031, 100);
                 PointValueWriter w = PointValueWriter.create(out, r)) {
                PointBatch b = r.next();
                assertEquals(-1000000.5, b.x()[0]);
                w.write(b, new double[] {1234.5f, Double.NaN});
                assertEquals(null, r.next());
            }
        }
        JsonNode fc = new ObjectMapper().readTree(json.toFile());
        assertEquals(1234.5, fc.get("features").get(0).get("properties").get("value").asDouble());
        assertEquals("x,y", fc.get("features").get(0).get("properties").get("a").asText());
        assertTrue(fc.get("features").get(1).get("properties").get("value").isNull());
        assertEquals("id,x,y,a,b,value\n1,-1000000.5,500000,\"x,y\",2,1234.5\n2,10,20,,,\n", Files.readString(csv));
    }

    @Test
    void errorsNameTheRowAndTheFix() throws IOException {
        Path in = dir.resolve("bad.csv");
        Files.writeString(in, "id,x,y\n1,100000,200000\n2,3e5,oops\n");
        NunatakException e = assertThrows(NunatakException.class, () -> {
            try (PointReader r = PointReader.open(in, null, null, 10)) {
                r.next();
            }
        });
        assertTrue(e.getMessage().contains("bad.csv line 3: column \"y\" is \"oops\""), e.getMessage());
        Files.writeString(in, "id,e,n\n1,2,3\n");
        e = assertThrows(NunatakException.class, () -> PointReader.open(in, PointColumns.xy("x", "y"), null, 10));
        assertTrue(e.getMessage().contains("has no column \"x\" (its columns: id, e, n)"), e.getMessage());
        Files.writeString(in, "x,y,value\n1000,2000,3\n");
        e = assertThrows(NunatakException.class, () -> {
            try (PointReader r = PointReader.open(in, null, null, 10)) {
                PointValueWriter.create(dir.resolve("o.csv"), r);
            }
        });
        assertTrue(e.getMessage().contains("already has a column \"value\""), e.getMessage());
        Files.writeString(in, "x,y\n10,-70\n");
        e = assertThrows(NunatakException.class, () -> {
            try (PointReader r = PointReader.open(in, null, null, 10)) {
                r.next();
            }
        });
        assertTrue(e.getMessage().contains("look like lon/lat degrees"), e.getMessage());
        Path gj = dir.resolve("bad.geojson");
        Files.writeString(gj, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"p9\","
                + "\"properties\":{},\"geometry\":{\"type\":\"MultiPoint\",\"coordinates\":[[1,2]]}}]}");
        e = assertThrows(NunatakException.class, () -> {
            try (PointReader r = PointReader.open(gj, null, null, 10)) {
                r.next();
            }
        });
        assertTrue(e.getMessage().contains("feature 0 (id \"p9\") is a MultiPoint"), e.getMessage());
    }

    /** A million rows (~40 MB) through a 48 MB heap: only a batch at a time may be in memory. */
    @Test
    void aMillionRowsStreamThroughASmallHeap() throws Exception {
        int rows = 1_000_000;
        Path in = dir.resolve("million.csv");
        try (BufferedWriter w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
            w.write("id,x,label,y\n");
            for (int i = 0; i < rows; i++) {
                w.write(i + "," + (-1_000_000 + i) + ",\"row " + i + ", quoted\"," + (500_000 + 2 * i) + "\n");
            }
        }
        Path out = dir.resolve("million-out.csv");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx48m",
                "-cp", System.getProperty("java.class.path"), PointStreamingMain.class.getName(), in.toString(),
                out.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(240, TimeUnit.SECONDS), "streaming a million rows did not finish in 240 s");
        assertEquals(0, p.exitValue(), "the streaming JVM failed: " + log);
        try (BufferedReader r = Files.newBufferedReader(out)) {
            assertEquals("id,x,label,y,value", r.readLine());
            for (int i = 0; i < rows; i++) {
                String expected = i + "," + (-1_000_000 + i) + ",\"row " + i + ", quoted\"," + (500_000 + 2 * i) + ","
                        + (i % 7 == 0 ? "" : ValueText.of(-500_000.0 + 3 * i));
                String line = r.readLine();
                if (!expected.equals(line)) {
                    assertEquals(expected, line, "row " + i);
                }
            }
            assertEquals(null, r.readLine());
        }
    }
}
