package io.github.ghidanh.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@link PageTest}'s scenario in headless Chromium, through the operating system's chromedriver
 * ({@code /usr/bin/chromedriver}, e.g. Debian's chromium-driver package); never downloads a driver or a
 * browser. Skipped, by an assumption, where none is installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ghidanh.server.api-key=" + Http.KEY)
class ChromiumPageTest {
    static final Path DRIVER = Path.of(System.getProperty("ghidanh.chromedriver", "/usr/bin/chromedriver"));

    @LocalServerPort
    int port;

    @Test
    void uploadSeeProblemsAndDownload(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(DRIVER), "no chromedriver at " + DRIVER);
        Path file = dir.resolve("duyen-hai-2022.json");
        Files.writeString(file, ApiTest.DEMO);
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage");
        for (String binary : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(binary))) {
                options.setBinary(binary);
                break;
            }
        }
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        WebDriver browser = new ChromeDriver(service, options);
        try {
            // the key as the password of HTTP Basic, in the address of the first page
            browser.get("http://ward:" + Http.KEY + "@127.0.0.1:" + port + "/");
            assertThat(browser.getTitle()).isEqualTo("Lập hồ sơ ghi danh");
            browser.findElement(By.id("file")).sendKeys(file.toString());
            browser.findElement(By.id("check")).click();

            List<WebElement> rows = browser.findElements(By.cssSelector("#problems tbody tr"));
            assertThat(rows).isNotEmpty();
            assertThat(rows).anyMatch(r -> r.findElements(By.tagName("td")).get(2).getText().startsWith("CV-"));

            new Select(browser.findElement(By.id("org"))).selectByValue("du-duyen-hai");
            new Select(browser.findElement(By.id("kind"))).selectByValue("honour-roll");
            browser.findElement(By.id("download")).click();
            Path pdf = downloads.resolve("Sổ ghi danh - Đảng ủy phường Duyên Hải.pdf");
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> Files.exists(pdf));
            assertThat(Files.readAllBytes(pdf)).startsWith('%', 'P', 'D', 'F', '-');
        } finally {
            browser.quit();
        }
    }
}
