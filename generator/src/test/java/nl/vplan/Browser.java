package nl.vplan;

import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by Selenium, with the Debian chromedriver, so nothing is
 * downloaded (install with {@code apt-get install chromium chromium-driver}).
 */
public final class Browser {

    private Browser() {
    }

    public static ChromeDriver start() {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new java.io.File("/usr/bin/chromium").canExecute() && new java.io.File("/usr/bin/chromedriver").canExecute(),
                "browser test skipped: Chromium is missing; install it with: apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return driver;
    }
}
