package org.ustoz.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ustoz.courses.cohort.CohortView;
import org.ustoz.courses.enrolment.Enrol;
import org.ustoz.courses.timetable.SessionView;
import org.ustoz.courses.trainee.RegisterTrainee;
import org.ustoz.courses.trainee.TraineeView;

/**
 * Clicks through the pages in a real headless Chromium: Debian's {@code chromium} and {@code chromium-driver}
 * ({@value #CHROMIUM}, {@value #CHROMEDRIVER}), given to Selenium explicitly so that Selenium Manager never
 * downloads a browser or a driver. Run with {@code -Pbrowser}. A failing test leaves a screenshot in
 * {@code target/screenshots/}; {@link #screenshotsOfCyrillicHangulAndRussianPages()} always writes two.
 */
@Tag("browser")
@ExtendWith(BrowserTest.ScreenshotOnFailure.class)
class BrowserTest extends WebTestSupport {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static ChromeDriverService service;
    private static WebDriver driver;
    private static Path profile;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startChromium() throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        profile = Files.createTempDirectory("ustoz-chromium-");
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,2200", "--lang=en-US",
                "--user-data-dir=" + profile.toAbsolutePath());
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @BeforeEach
    void inEnglish() {
        open("/?lang=en");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void open(String path) {
        driver.get(url(path));
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    private static String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** Finds a trainee from the cohort page by a Latin name and enrols them; returns the notice shown. */
    private String enrolFromCohortPage(TraineeView trainee) {
        WebElement search = driver.findElement(By.id("candidate-q"));
        search.clear();
        search.sendKeys(trainee.latinName());
        driver.findElement(By.id("candidate-search-button")).click();
        WebElement row = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#candidates tr[data-email='" + trainee.email() + "']")));
        assertThat(row.getText()).contains(trainee.fullName());
        row.findElement(By.cssSelector("button.enrol")).click();
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("notice"))).getText();
    }

    @Test
    void enrolsUntilTheCohortIsFullAndWaitlistsTheNext() {
        CohortView cohort = smallCohort(2, null);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<TraineeView> trainees = List.of(
                register("Фаррух Имомов", "Farrukh Imomov", "farrukh." + run),
                register("Мижгона Давлатова", "Mizhgona Davlatova", "mizhgona." + run),
                register("Сарвар Юсуфов", "Sarvar Yusufov", "sarvar." + run));
        open("/cohorts/" + cohort.id());
        assertThat(text("seats-left")).isEqualTo("2");

        assertThat(enrolFromCohortPage(trainees.get(0))).contains("Фаррух Имомов is enrolled");
        assertThat(enrolFromCohortPage(trainees.get(1))).contains("Мижгона Давлатова is enrolled");
        assertThat(text("seats-left")).isEqualTo("0");
        assertThat(text("enrolled")).isEqualTo("2");

        assertThat(enrolFromCohortPage(trainees.get(2)))
                .contains("The cohort is full", "Сарвар Юсуфов", "position 1");
        WebElement waitlisted = driver.findElement(By.cssSelector("#roster tr[data-status='WAITLISTED']"));
        assertThat(waitlisted.getText()).contains("Сарвар Юсуфов", "Waitlisted", "#1");
        assertThat(text("waitlisted")).isEqualTo("1");
    }

    @Test
    void findsACyrillicNameFromLatinInput() {
        driver.findElement(By.id("nav-trainees")).click();
        driver.findElement(By.id("q")).sendKeys("Rahmonova");
        driver.findElement(By.id("search-button")).click();
        WebElement found = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("found")));
        assertThat(found.getText()).contains("Зарина Раҳмонова", "Zarina Rahmonova");
    }

    @Test
    void switchesTheLanguageToRussian() {
        assertThat(driver.findElement(By.id("nav-programmes")).getText()).isEqualTo("Programmes");
        driver.findElement(By.id("lang-ru")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("nav-programmes"), "Программы"));
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Цифровизация образования", "Открыт набор", "Потоки");
        // the choice is kept in a cookie: the next page is in Russian too
        driver.findElement(By.cssSelector("a.cohort-link")).click();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Список слушателей");
    }

    @Test
    void takesAttendanceForAWholeSession() {
        CohortView cohort = smallCohort(5, null);
        List<TraineeView> teachers = newTeachers(3);
        teachers.forEach(t -> tx.write(() -> courses.enrolments().enrol(new Enrol(cohort.id(), t.id()))));
        SessionView session = sessionStartedAnHourAgo(cohort.id());

        open("/cohorts/" + cohort.id() + "/timetable");
        driver.findElement(By.cssSelector("a.attendance-link")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("sheet")));
        assertThat(driver.getCurrentUrl()).endsWith("/sessions/" + session.id() + "/attendance");

        UUID absent = teachers.get(1).id();
        new Select(driver.findElement(By.name("status-" + absent))).selectByValue("ABSENT");
        WebElement late = driver.findElement(By.name("late-" + teachers.get(0).id()));
        late.clear();
        late.sendKeys("10");
        driver.findElement(By.id("save-attendance")).click();

        assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("notice"))).getText())
                .contains("3 new records", "0 corrected");
        assertThat(new Select(driver.findElement(By.name("status-" + absent))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("ABSENT");
        assertThat(tx.read(() -> courses.attendance().sheet(session.id()))).allMatch(l -> l.attendance() != null);
    }

    /** Always writes two screenshots: the cohort page with Cyrillic and Hangul names, and it in Russian. */
    @Test
    void screenshotsOfCyrillicHangulAndRussianPages() {
        UUID cohort = tx.read(() -> courses.cohorts().getByCode(DemoData.OPEN_COHORT).id());
        open("/cohorts/" + cohort);
        String roster = driver.findElement(By.id("roster")).getText();
        assertThat(roster).contains("Зарина Раҳмонова", "김지우", "최수아");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("김민준");
        Path english = screenshot("cohort-cyrillic-hangul.png");

        driver.findElement(By.id("lang-ru")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("nav-programmes"), "Программы"));
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Список слушателей", "Цифровизация образования", "Зарина Раҳмонова", "김지우");
        Path russian = screenshot("cohort-ru.png");
        assertThat(english).isNotEmptyFile();
        assertThat(russian).isNotEmptyFile();
    }

    /** From the cohort page to the assessments page, then to a link of one assessment's row. */
    private void openFromAssessments(String code, String linkClass) {
        UUID cohort = tx.read(() -> courses.cohorts().getByCode(DemoData.OPEN_COHORT).id());
        open("/cohorts/" + cohort);
        driver.findElement(By.id("link-assessments")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("assessments")));
        driver.findElement(By.cssSelector("#assessments tr[data-code='" + code + "'] a." + linkClass)).click();
    }

    @Test
    void takesTheQuizAndSeesThePointsPerQuestion() {
        UUID trainee = openCohortTrainee(13);
        openFromAssessments(QuizData.QUIZ, "take");
        new Select(waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("trainee"))))
                .selectByValue(trainee.toString());
        driver.findElement(By.id("start")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("attempt-form")));
        List<String> order = List.of("video", "quiz", "groups", "reflect");
        for (WebElement question : driver.findElements(By.cssSelector("fieldset.question"))) {
            String name = "q-" + question.getAttribute("data-question");
            switch (question.getAttribute("data-type")) {
                case "single-choice" -> question.findElement(By.cssSelector("input[value='a']")).click();
                case "true-false" -> question.findElement(By.cssSelector("input[value='true']")).click();
                case "multiple-response" -> {
                    question.findElement(By.cssSelector("input[value='a']")).click();
                    question.findElement(By.cssSelector("input[value='b']")).click();
                }
                case "short-answer" -> question.findElement(By.name(name)).sendKeys("Learning management system");
                case "numeric" -> question.findElement(By.name(name)).sendKeys("85");
                case "matching" -> {
                    for (WebElement select : question.findElements(By.tagName("select"))) {
                        String premise = select.getAttribute("name").substring(name.length() + 1);
                        new Select(select).selectByValue(premise);
                    }
                }
                case "ordering" -> {
                    for (WebElement input : question.findElements(By.cssSelector("input[type='number']"))) {
                        String item = input.getAttribute("name").substring(name.length() + 1);
                        input.clear();
                        input.sendKeys(String.valueOf(order.indexOf(item) + 1));
                    }
                }
                default -> question.findElement(By.tagName("textarea"))
                        .sendKeys("Pupils took a quiz on tablets; I regrouped them by its results.");
            }
        }
        screenshot("quiz-form.png");
        driver.findElement(By.id("submit")).click();
        WebElement result = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
        assertThat(text("notice")).contains("Submitted");
        assertThat(text("attempt-status")).isEqualTo("Awaiting grading");
        List<WebElement> rows = driver.findElements(By.cssSelector("#review tbody tr"));
        assertThat(rows).hasSize(8);
        assertThat(rows).filteredOn(r -> "GRADED".equals(r.getAttribute("data-state")))
                .extracting(r -> r.findElement(By.cssSelector("td.points")).getText())
                .containsExactlyInAnyOrder("1 / 1", "1 / 1", "1 / 1", "1 / 1", "1 / 1", "2 / 2", "2 / 2");
        assertThat(result.getText()).contains("Moodle", "Substitution → Replaces a tool, no change in the task",
                "1. Pupils watch a short video at home");
        screenshot("quiz-result.png");
    }

    @Test
    void gradesAnEssayWithTheRubric() {
        openFromAssessments(QuizData.QUIZ, "grading");
        WebElement grade = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#queue a.grade")));
        String[] path = grade.getAttribute("href").split("/");
        UUID attempt = UUID.fromString(path[path.length - 4]);
        UUID question = UUID.fromString(path[path.length - 2]);
        String name = driver.findElement(By.cssSelector("#queue td.name")).getText();
        grade.click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("grade-form")));
        assertThat(text("essay")).isNotBlank();
        driver.findElement(By.cssSelector("input[name='level-purpose'][value='exemplary']")).click();
        driver.findElement(By.cssSelector("input[name='level-evidence'][value='proficient']")).click();
        driver.findElement(By.cssSelector("input[name='level-next'][value='beginning']")).click();
        driver.findElement(By.name("comment-next")).sendKeys("Say what you will change next time.");
        driver.findElement(By.id("feedback")).sendKeys("A thoughtful reflection.");
        screenshot("grading-rubric.png");
        driver.findElement(By.id("save-grade")).click();
        assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("notice"))).getText())
                .contains(name, "is graded");
        var essay = tx.read(() -> assessments.attempts().get(attempt)).questions().stream()
                .filter(q -> q.questionId().equals(question)).findFirst().orElseThrow();
        assertThat(essay.points()).isEqualByComparingTo("8");
        assertThat(essay.rubricScores()).extracting(r -> r.level()).containsExactly("exemplary", "proficient", "beginning");
        assertThat(essay.feedback()).isEqualTo("A thoughtful reflection.");
    }

    @Test
    void learningGainChartAndGradebook() {
        UUID cohort = tx.read(() -> courses.cohorts().getByCode(DemoData.OPEN_COHORT).id());
        open("/cohorts/" + cohort);
        driver.findElement(By.id("link-gain")).click();
        WebElement chart = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("gain-chart")));
        assertThat(chart.findElements(By.cssSelector("rect.pre"))).hasSizeGreaterThan(10);
        assertThat(text("gain-undefined")).isNotEqualTo("—");
        screenshot("learning-gain.png");
        open("/cohorts/" + cohort + "/gradebook");
        assertThat(driver.findElements(By.cssSelector("#gradebook tbody tr"))).hasSize(28);
        screenshot("gradebook.png");
    }

    private TraineeView register(String name, String latin, String mailbox) {
        return tx.write(() -> courses.trainees().register(new RegisterTrainee(name, latin,
                mailbox + "@maktab.example", "TJ", "Khatlon", "School No. 3, Kulob", List.of("Informatics"),
                List.of("tg", "ru"), null, "Asia/Dushanbe")));
    }

    static Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot of the page a test failed on: target/screenshots/failed-{test}.png. */
    static final class ScreenshotOnFailure implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (driver != null) {
                screenshot("failed-" + context.getRequiredTestMethod().getName() + ".png");
            }
        }
    }
}
