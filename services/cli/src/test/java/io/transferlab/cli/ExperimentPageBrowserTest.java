package io.transferlab.cli;

import io.transferlab.cli.client.RequestPublisher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The aggregator's experiment page in a real headless Chromium (Debian's chromium and chromium-driver), on the whole
 * system: it follows a small sweep while it runs, figure included, to its findings; and shows a rejection's reasons
 * as text, markup in them included; and the study page follows a tiny study to its finding and advice.
 */
class ExperimentPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots").toAbsolutePath();
    private static final Pattern PROGRESS = Pattern.compile("(\\d+) / (\\d+) jobs");
    /** Data points of the figure; the legend's circles have no title. */
    private static final String COUNT_POINTS = "return document.querySelectorAll('#figure circle > title').length";
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 1000;

    private LocalSystem system;
    private ChromeDriver browser;
    private Instant deadline;

    @BeforeEach
    void openBrowser() throws Exception {
        // A missing browser fails the test: skipping would let the pages go untested without anyone noticing.
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("%s and %s are needed: sudo apt-get install -y chromium chromium-driver", CHROMIUM, CHROMEDRIVER)
                .isTrue();
        system = LocalSystem.shared();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-dev-shm-usage", "--window-size=" + WIDTH + "," + HEIGHT);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
        deadline = Instant.now().plus(Duration.ofMinutes(10));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void pageFollowsASweepFromRunningToFindings() throws Exception {
        String id = "page-" + UUID.randomUUID().toString().substring(0, 8);
        // 17 nets of 12 iterations: seconds each, long enough to watch the page change between its refreshes.
        RequestPublisher.publish(system.kafka(), """
                {"experimentId": "%s", "dataset": {"name": "mnist", "location": "%s"},
                 "split": {"classesA": [0, 1], "classesB": [2, 3]}, "depths": [1, 2, 3], "seeds": [1],
                 "budget": {"iterations": 12, "batchSize": 16, "checkpointEvery": 6},
                 "evaluation": {"validateEvery": 4, "validationImages": 20, "testImages": 40}}
                """.formatted(id, TinyDataSet.write()));

        browser.get(system.aggregatorUrl() + "/experiment.html?id=" + id);
        int[] running = until("some but not all jobs done", () -> progress(p -> p[0] > 0 && p[0] < p[1]));
        int points = points();
        System.out.println("running: " + running[0] + " / " + running[1] + " jobs, " + points + " points; "
                + screenshot("experiment-running.png"));

        until("more jobs done and more points in the figure", () -> progress(p -> p[0] > running[0])
                != null && points() > points);
        until("every job done", () -> progress(p -> p[0] == p[1]) != null && text("state").equals("COMPLETE"));
        until("the findings", () -> !browser.findElements(By.cssSelector("#findings .finding")).isEmpty());

        assertThat(points()).as("a point per net: one seed").isEqualTo(running[1]);
        assertThat(browser.findElements(By.cssSelector("#table-test tbody tr")))
                .extracting(row -> row.findElement(By.tagName("th")).getText()).containsExactly("0", "1", "2", "3");
        assertThat(browser.findElements(By.cssSelector("#table-bestValidation tbody tr"))).hasSize(4);
        assertThat(browser.findElements(By.cssSelector("#jobs .badge"))).hasSize(running[1])
                .allSatisfy(badge -> assertThat(badge.getText()).isEqualTo("EVALUATED"));
        assertThat(text("eta")).isEqualTo("done");
        assertThat(browser.findElements(By.cssSelector("#links a"))).extracting(WebElement::getText)
                .contains("results.json", "results.csv", "figure.svg", "figure.png", "OpenAPI document");
        System.out.println("complete: " + screenshot("experiment-complete.png"));

        browser.get(system.aggregatorUrl() + "/");
        until("the experiment in the list", () -> browser.findElements(By.linkText(id)).size() == 1);
        System.out.println("index: " + screenshot("index.png"));
        assertThat(scriptErrors()).isEmpty();
    }

    @Test
    void studyPageFollowsAStudyToItsFindingAndAdvice() throws Exception {
        String id = "page-study-" + UUID.randomUUID().toString().substring(0, 8);
        RequestPublisher.publish(system.kafka(), """
                {"studyId": "%s",
                 "design": {"dataset": {"name": "mnist", "location": "%s"},
                            "split": {"classesA": [0, 1], "classesB": [2, 3]}, "depths": [1], "seeds": [1, 2],
                            "variants": ["baseB", "AnB", "AnB+"],
                            "budget": {"iterations": 6, "batchSize": 8, "checkpointEvery": 3},
                            "evaluation": {"validateEvery": 3, "validationImages": 20, "testImages": 40}},
                 "axis": {"targetSize": [20, 40]}}
                """.formatted(id, TinyDataSet.write()));

        browser.get(system.aggregatorUrl() + "/study.html?id=" + id);
        until("the study's finding", () -> !browser.findElements(By.cssSelector("#finding .finding")).isEmpty());

        assertThat(text("state")).isEqualTo("COMPLETE");
        assertThat(text("progress-text")).startsWith("2 / 2 levels complete");
        assertThat(browser.findElements(By.cssSelector("#levels tr a"))).extracting(WebElement::getText)
                .containsExactly(id + "-20", id + "-40");
        assertThat(browser.findElements(By.cssSelector("#gains-table tbody tr"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#figure svg"))).hasSize(1);
        assertThat(text("finding")).contains("small-target").contains("(deciding)");
        assertThat(browser.findElements(By.cssSelector("#advice-table tbody th"))).extracting(WebElement::getText)
                .containsExactly("20", "40");
        System.out.println("study: " + screenshot("study-complete.png"));

        browser.get(system.aggregatorUrl() + "/");
        until("the study in the index's studies", () -> browser.findElements(By.linkText(id)).size() == 1);
        assertThat(scriptErrors()).isEmpty();
    }

    @Test
    void rejectedRequestShowsItsReasonsAsText() throws Exception {
        String id = "page-bad-" + UUID.randomUUID().toString().substring(0, 8);
        String markup = "<img id=\"injected\" src=\"x\">";
        RequestPublisher.publish(system.kafka(), """
                {"experimentId": "%s", "dataset": {"name": "%s"}, "depths": [0]}
                """.formatted(id, markup.replace("\"", "\\\"")));

        browser.get(system.aggregatorUrl() + "/experiment.html?id=" + id);
        until("the rejection", () -> text("state").equals("REJECTED"));

        assertThat(browser.findElements(By.cssSelector("#rejection-reasons li")))
                .extracting(WebElement::getText)
                .anySatisfy(reason -> assertThat(reason).contains("depths[0]"))
                .anySatisfy(reason -> assertThat(reason).contains(markup));
        assertThat(browser.findElements(By.id("injected"))).isEmpty();
        assertThat(browser.findElement(By.id("results")).isDisplayed()).isFalse();
        assertThat(scriptErrors()).isEmpty();
    }

    /** Waits, polling the page, until the condition gives a value other than null or false; all waits share 10 min. */
    private <T> T until(String what, Supplier<T> condition) {
        return new WebDriverWait(browser, Duration.between(Instant.now(), deadline), Duration.ofMillis(200))
                .withMessage(() -> what + "; the page shows: " + text("progress-text") + ", " + text("state"))
                .until(driver -> condition.get());
    }

    /** Jobs done and planned as the page shows them, {done, total}, if shown and as wanted; else null. */
    private int[] progress(Predicate<int[]> wanted) {
        Matcher m = PROGRESS.matcher(text("progress-text"));
        int[] progress = m.matches() ? new int[]{Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : null;
        return progress != null && wanted.test(progress) ? progress : null;
    }

    private int points() {
        return ((Number) browser.executeScript(COUNT_POINTS)).intValue();
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** The whole page, not only the window: the findings are below the fold. */
    private Path screenshot(String name) throws IOException {
        // The window is taller than its viewport by the browser's own frame.
        long height = (Long) browser.executeScript("return document.documentElement.scrollHeight"
                + " + window.outerHeight - window.innerHeight");
        browser.manage().window().setSize(new Dimension(WIDTH, (int) Math.max(HEIGHT, height)));
        Path file = SCREENSHOTS.resolve(name);
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        return file;
    }

    /**
     * Severe console entries other than failed loads: a 404 is expected while the aggregator has not yet read the
     * experiment, and from the probes for optional links (figure.png, Swagger UI).
     */
    private List<String> scriptErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("Failed to load resource"))
                .toList();
    }
}
