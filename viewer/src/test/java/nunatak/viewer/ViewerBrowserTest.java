package nunatak.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser (Debian's headless Chromium through Selenium): it loads with nothing from the
 * internet, tiles appear, a click shows the value, a drawn line shows a profile and a drawn polygon statistics
 * whose numbers are the API's. Screenshots go to {@code target/screenshots/}. Skipped, saying why, where no
 * Chromium is installed ({@code ./run-tests} installs Debian's chromium and chromium-driver).
 */
class ViewerBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");
    static final double X0 = TestMosaic.X0;
    static final double Y0 = TestMosaic.Y0;

    @RegisterExtension
    static final RunningViewer viewer = new RunningViewer();
    static ViewerServer server;
    static ChromeDriver browser;
    static Http http;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "no Chromium here: the browser test needs Debian's chromium and chromium-driver (/usr/bin/chromium, "
                        + "/usr/bin/chromedriver); ./run-tests installs them");
        server = viewer.server();
        http = viewer.http();
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(viewer.dir().resolve("chromium-profile")), "--window-size=1400,900",
                "--force-device-scale-factor=1");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theMapShowsTilesValuesProfilesAndStatistics() throws Exception {
        browser.get(server.url().toString());
        waitFor("window.nunatak && (nunatak.ready || nunatak.startError)");
        assertEquals(null, js("return nunatak.startError || null"));
        waitFor("nunatak.tilesLoaded >= 4 && !document.querySelector('#busy-bar').classList.contains('active')");
        assertEquals(0L, js("return nunatak.tilesFailed"));
        BufferedImage map = shot("1-map");
        assertTrue(colours(map, 300, 60, 1380, 600) > 200, "the map shows coloured tiles");

        clickAt(X0 + 20000.5, Y0 - 20000.5);
        waitFor("nunatak.lastPoint");
        Map<?, ?> clicked = (Map<?, ?>) js("return nunatak.lastPoint");
        JsonNode api = http.json(http.get("/api/point?x=" + clicked.get("x") + "&y=" + clicked.get("y")));
        double value = api.get("value").asDouble();
        assertEquals(value, ((Number) ((Map<?, ?>) clicked.get("response")).get("value")).doubleValue());
        String popup = browser.findElement(By.cssSelector("#popup .v")).getText();
        assertEquals(String.format(java.util.Locale.ROOT, "%.2f m", value), popup.replace('\u202f', ' '));
        shot("2-click");

        browser.findElement(By.id("tool-profile")).click();
        new Actions(browser).moveToElement(mapElement(), offset(X0 + 5000, Y0 - 8000)[0], offset(X0 + 5000, Y0 - 8000)[1])
                .click().pause(300)
                .moveToElement(mapElement(), offset(X0 + 55000, Y0 - 30000)[0], offset(X0 + 55000, Y0 - 30000)[1])
                .doubleClick().perform();
        waitFor("nunatak.lastProfile && !nunatak.profileBusy");
        Map<?, ?> request = (Map<?, ?>) js("return nunatak.lastProfileRequest");
        JsonNode fromApi = http.json(http.post("/api/profile?" + request.get("query"), "application/json",
                TestMosaic.JSON.writeValueAsString(request.get("body"))));
        JsonNode shown = TestMosaic.JSON.readTree((String) js("return JSON.stringify(nunatak.lastProfile)"));
        assertTrue(shown.get("count").asInt() > 500, shown.get("count").toString());
        assertSameNumbers(fromApi.get("value"), shown.get("value"));
        assertSameNumbers(fromApi.get("distance"), shown.get("distance"));
        String summary = browser.findElement(By.id("profile-summary")).getText();
        assertTrue(summary.contains(String.format(java.util.Locale.ROOT, "%.1f", fromApi.get("length").asDouble() / 1000)),
                summary);
        assertTrue(browser.findElements(By.cssSelector("#profile-chart canvas")).size() > 0, "the chart is drawn");
        new Actions(browser).moveToElement(browser.findElement(By.cssSelector("#profile-chart .u-over"))).perform();
        shot("3-profile");

        browser.findElement(By.id("tool-zonal")).click();
        Actions polygon = new Actions(browser);
        double[][] corners = {{X0 + 8000, Y0 - 6000}, {X0 + 40000, Y0 - 9000}, {X0 + 30000, Y0 - 45000}};
        for (double[] c : corners) {
            polygon.moveToElement(mapElement(), offset(c[0], c[1])[0], offset(c[0], c[1])[1]).click().pause(300);
        }
        polygon.moveToElement(mapElement(), offset(X0 + 6000, Y0 - 35000)[0], offset(X0 + 6000, Y0 - 35000)[1])
                .doubleClick().perform();
        waitFor("nunatak.lastZonal");
        Map<?, ?> zonal = (Map<?, ?>) js("return nunatak.lastZonal");
        JsonNode zonalApi = http.json(http.post("/api/zonal", "application/json",
                TestMosaic.JSON.writeValueAsString(Map.of("type", "Polygon", "coordinates", zonal.get("rings")))));
        JsonNode zonalShown = TestMosaic.JSON.valueToTree(zonal.get("response"));
        assertEquals(zonalApi.get("count").asLong(), zonalShown.get("count").asLong());
        assertEquals(zonalApi.get("mean").asDouble(), zonalShown.get("mean").asDouble());
        String table = browser.findElement(By.id("zonal-result")).getText();
        assertTrue(table.contains(String.format(java.util.Locale.ROOT, "%,d", zonalApi.get("count").asLong())), table);
        shot("4-zonal");

        long loaded = (Long) js("return nunatak.tilesLoaded");
        browser.findElement(By.cssSelector("#layers label[data-layer='mad']")).click();
        waitFor("document.querySelector('#layers label.active').dataset.layer === 'mad'");
        waitForTilesAfter(loaded);
        shot("5-mad");
        loaded = (Long) js("return nunatak.tilesLoaded");
        browser.findElement(By.cssSelector("#layers label[data-layer='dem']")).click();
        browser.findElement(By.id("shade")).click();
        waitForTilesAfter(loaded);
        BufferedImage shaded = shot("6-dem-shaded");
        assertTrue(colours(shaded, 300, 60, 1380, 600) > 1000, "shading adds tones");
        loaded = (Long) js("return nunatak.tilesLoaded");
        browser.findElement(By.cssSelector("#layers label[data-layer='hillshade']")).click();
        waitFor("document.querySelector('#layers label.active').dataset.layer === 'hillshade'");
        waitForTilesAfter(loaded);
        BufferedImage relief = shot("7-hillshade");
        assertTrue(colours(relief, 300, 60, 1380, 600) > 100, "the relief has many greys");
        assertEquals(0L, js("return nunatak.tilesFailed"));
        String origin = server.url().toString().replaceAll("/$", "");
        assertEquals(List.of(), js("return performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(n => !n.startsWith('" + origin + "') && !n.startsWith('blob:'))"), "nothing from elsewhere");
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
        assertEquals(List.of(), errors, "no errors in the page's console");
    }

    private static void assertSameNumbers(JsonNode expected, JsonNode actual) {
        assertEquals(expected.size(), actual.size());
        for (int k = 0; k < expected.size(); k++) {
            assertEquals(expected.get(k).isNull(), actual.get(k).isNull(), "element " + k);
            assertEquals(expected.get(k).asDouble(), actual.get(k).asDouble(), 0.0, "element " + k);
        }
    }

    private static void waitForTilesAfter(long before) {
        waitFor("nunatak.tilesLoaded > " + before
                + " && !document.querySelector('#busy-bar').classList.contains('active')");
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static void waitFor(String condition) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).withMessage(() -> condition + "; the page says: " + js(
                "return ['status', 'zonal-result', 'profile-summary', 'point-result'].map(id => id + ': ' "
                        + "+ document.getElementById(id).textContent).join(' | ')"))
                .until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("try { return !!(" + condition + "); } catch (e) { return false; }")));
    }

    private static WebElement mapElement() {
        return browser.findElement(By.id("map"));
    }

    /** Selenium's offset from the map element's centre to the pixel showing (x, y). */
    private static int[] offset(double x, double y) {
        List<?> px = (List<?>) js("return nunatak.map.getPixelFromCoordinate([" + x + ", " + y + "])");
        WebElement m = mapElement();
        return new int[] {(int) Math.round(((Number) px.get(0)).doubleValue() - m.getRect().getWidth() / 2.0),
            (int) Math.round(((Number) px.get(1)).doubleValue() - m.getRect().getHeight() / 2.0)};
    }

    private static void clickAt(double x, double y) {
        int[] o = offset(x, y);
        new Actions(browser).moveToElement(mapElement(), o[0], o[1]).click().perform();
    }

    private static BufferedImage shot(String name) throws IOException {
        File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = SHOTS.resolve(name + ".png");
        Files.copy(f.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return ImageIO.read(target.toFile());
    }

    private static int colours(BufferedImage img, int x0, int y0, int x1, int y1) {
        Set<Integer> seen = new HashSet<>();
        for (int y = y0; y < Math.min(y1, img.getHeight()); y += 2) {
            for (int x = x0; x < Math.min(x1, img.getWidth()); x += 2) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
