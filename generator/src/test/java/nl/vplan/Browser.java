package nl.vplan;

import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by Selenium, with the Debian chromedriver, so nothing is
 * downloaded (install with {@code apt-get install chromium chromium-driver}). Without them a browser
 * test fails, on every machine: no setting turns it into a skip, so a run never passes by not running
 * its browser tests.
 */
public final class Browser {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private Browser() {
    }

    public static ChromeDriver start() {
        return start(null);
    }

    /** A browser that saves downloads into {@code downloads} without asking (null: the default). */
    public static ChromeDriver start(java.nio.file.Path downloads) {
        requireChromium(CHROMIUM, CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        if (downloads != null) {
            options.setExperimentalOption("prefs", java.util.Map.of(
                    "download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false));
        }
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        if (downloads != null) {
            driver.executeCdpCommand("Browser.setDownloadBehavior", java.util.Map.of(
                    "behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        }
        return driver;
    }

    /** Fails the calling test when Chromium or its driver is missing, saying how to install them. */
    static void requireChromium(String chromium, String chromedriver) {
        if (new java.io.File(chromium).canExecute() && new java.io.File(chromedriver).canExecute()) {
            return;
        }
        org.junit.jupiter.api.Assertions.fail("browser test cannot run: Chromium or chromedriver is missing (" + chromium + ", "
                + chromedriver + "); install them with: apt-get install chromium chromium-driver");
    }

    /** Shows pages as a screen of {@code width} × {@code height} CSS pixels (a phone below 800 wide). */
    public static void viewport(ChromeDriver driver, int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 800));
    }

    /** Saves what the browser shows to {@code target/screenshots/<name>.png}, to look at after the tests. */
    public static java.nio.file.Path screenshot(ChromeDriver driver, String name) {
        try {
            java.nio.file.Path file = java.nio.file.Path.of("target", "screenshots", name + ".png").toAbsolutePath();
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.write(file, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Waits until the page a test just opened stands as a reader sees it: loaded, its stylesheets
     * applied, the window asked for the keyboard focus, and two frames drawn (vplan.js's changes laid
     * out). A loaded page does not yet guarantee the last two in a busy headless Chromium, where a first
     * Tab could go nowhere or a table be measured before its final layout. ({@code document.hasFocus()}
     * is no sign here: headless Chromium answers false while keys do arrive.)
     */
    public static void settled(ChromeDriver driver) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> (Boolean) driver.executeScript("""
                window.focus();
                return document.readyState === 'complete'
                  && Array.from(document.querySelectorAll('link[rel=stylesheet]')).every(function (l) { return l.sheet !== null; });"""));
        driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                requestAnimationFrame(function () { requestAnimationFrame(function () { done(null); }); });""");
    }
}
