package org.ustoz.examples.console;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SejongSeminarDemoTest {

    private String output;

    @BeforeAll
    void runDemo() {
        output = runAndCapture();
    }

    @Test
    void buildsTheProgrammeAndRefusesAPrerequisiteCycle() {
        assertThat(output)
                .contains("Digitalization of Education", "교육의 디지털화", "Рақамисозии маориф",
                        "Цифровизация образования")
                .containsPattern("Refused\\s+courses\\.module\\.prerequisite-cycle")
                .containsPattern("Published\\s+DIGI-EDU is PUBLISHED");
    }

    @Test
    void enrolsThirtyAndWaitlistsTwoInOneCall() {
        assertThat(output)
                .contains("Roster summary")
                .containsPattern("ENROLLED\\s+30\\R")
                .containsPattern("WAITLISTED\\s+2\\R")
                .containsPattern("Enrolled\\s+30\\R\\s+Waitlisted\\s+2\\R\\s+Withdrawn\\s+0\\R\\s+Seats left\\s+0")
                .containsPattern("1\\s+Саодат Зиёева\\s+Saodat Ziyoeva")
                .containsPattern("2\\s+Азиз Тӯраев\\s+Aziz Turaev");
    }

    @Test
    void promotesTheFirstOfTheWaitlistWhenATeacherWithdraws() {
        assertThat(output)
                .contains("Waitlist promotion")
                .containsPattern("Withdrawn\\s+Фарҳод Назаров \\(Farhod Nazarov\\): WITHDRAWN")
                .containsPattern("Reason\\s+Family emergency")
                .containsPattern("Promoted\\s+Саодат Зиёева \\(Saodat Ziyoeva\\): ENROLLED")
                .containsPattern("Enrolled\\s+30\\R\\s+Waitlisted\\s+1\\R\\s+Withdrawn\\s+1\\R");
    }

    @Test
    void findsNamesAcrossScripts() {
        assertThat(output)
                .contains("Cross-script search", "Зарина Раҳмонова")
                .containsPattern("Rahmonova\\s+Зарина Раҳмонова\\s+Zarina Rahmonova")
                .containsPattern("Jurayev\\s+Иброҳим Ҷӯраев\\s+—\\s+ibrohim\\.juraev@maktab\\.example")
                .containsPattern("Курбонов\\s+Ҷамшед Қурбонов");
    }

    @Test
    void showsAnErrorCodeWithItsMessageInThreeLanguages() {
        assertThat(output)
                .containsPattern("Code\\s+courses\\.enrolment\\.already-enrolled")
                .containsPattern("Message \\(en\\)\\s+.*already has an enrolment")
                .containsPattern("Message \\(ru\\)\\s+.*уже есть зачисление")
                .containsPattern("Message \\(tg\\)\\s+.*аллакай қабул");
    }

    @Test
    void runsTheTwoWeeksTimetableInSeoulAndDushanbeTime() {
        assertThat(output)
                .contains("8. Timetable: two weeks, twenty sessions")
                .containsPattern("M1\\s+Mon 4 Aug 09:00\\s+Mon 4 Aug 05:00\\s+180")
                .contains("… and 16 more, until Fri 15 Aug 16:30 in Seoul.");
    }

    @Test
    void flagsTeachersAtRiskAndCompletesTheOthersWithCertificates() {
        assertThat(output)
                .contains("Recorded 10 sessions for 30 teachers.")
                .containsPattern("CANNOT_REACH|BELOW_THRESHOLD")
                .containsPattern("Completed 29, failed 1, certificates issued 29\\.")
                .contains("Attendance rate 65% is below the required 80%.", "Module M1 is not completed.")
                .contains("Evaluated again: 0 changes (idempotent).")
                .containsPattern("\\s+VALID\\s+Зарина Раҳмонова\\s+교육의 디지털화")
                .containsPattern("ABCD-EFGH-JKMN-PQRS-T\\s+UNKNOWN");
    }

    @Test
    void buildsAQuestionBankAndTwoTestsOfItsTenQuestions() {
        assertThat(output)
                .contains("8a. Question bank, pre-test and post-test")
                .containsPattern("1\\s+DT-LMS\\s+digital-tools\\s+single-choice\\s+1\\s+Which of these")
                .containsPattern("6\\s+PD-SAMR\\s+pedagogy\\s+matching\\s+2")
                .containsPattern("7\\s+PD-FLIPPED\\s+pedagogy\\s+ordering")
                .contains("ru: Сопоставьте уровни модели SAMR")
                .containsPattern("DIGI-PRE\\s+PRE_TEST\\s+Mon 4 Aug 08:00\\s+Mon 4 Aug 09:00\\s+30 min\\s+12\\s+60")
                .containsPattern("DIGI-POST\\s+POST_TEST\\s+Fri 15 Aug 15:30\\s+Fri 15 Aug 16:30");
    }

    @Test
    void everyTeacherTakesThePreTestOnTheFirstMorningAndThePostTestOnTheLastDay() {
        assertThat(output)
                .containsPattern("8b\\. Pre-test, Mon 4 Aug 08:05 in Seoul, before the first session\\R=+\\R"
                        + ".*30 teachers started, answered and submitted.*\\R\\s+Mean\\s+50\\.42 %")
                .containsPattern("9a\\. Post-test, Fri 15 Aug 15:35 in Seoul, in the last session\\R=+\\R"
                        + ".*30 teachers started, answered and submitted.*\\R\\s+Mean\\s+77\\.78 %")
                .containsPattern("Иброҳим Ҷӯраев\\s+12/12\\s+100\\.00\\s+yes");
        // the pre-test section comes before the attendance, the post-test after it
        assertThat(output.indexOf("8b. Pre-test")).isLessThan(output.indexOf("9. Attendance"));
        assertThat(output.indexOf("9a. Post-test")).isGreaterThan(output.indexOf("At-risk dashboard"))
                .isLessThan(output.indexOf("10. Completion"));
    }

    @Test
    void gradesTheLessonPlansWithARubricAndPrintsTheGradebook() {
        assertThat(output)
                .containsPattern("Clear learning objectives\\s+1\\s+2\\s+3\\s+4")
                .contains("Recorded 30 lesson plans at Fri 15 Aug 16:15 in Seoul.")
                .containsPattern("Абдуллоҳ Раҳимзода\\s+7\\.5/12\\s+3/12\\s+62\\.50\\s+25\\.00\\s+40\\.00\\s+F\\s+no")
                .contains("… and 20 more.")
                .containsPattern("Passed\\s+29, failed 1");
    }

    @Test
    void reportsTheLearningGainAndTheItemAnalysis() {
        assertThat(output)
                .containsPattern("Counted\\s+30 teachers with both tests, 29 defined gains")
                .containsPattern("Mean gain\\s+0\\.\\d{4} ")
                .containsPattern("Hake's <g>\\s+0\\.5518 ")
                .containsPattern("Undefined for\\s+Иброҳим Ҷӯраев \\(100 % on the pre-test\\)")
                .containsPattern("digital-tools\\s+Digital tools in the classroom\\s+\\d+\\.\\d\\d\\s+\\d+\\.\\d\\d\\s+0\\.\\d{4}")
                .containsPattern("Иброҳим Ҷӯраев\\s+100\\.00\\s+100\\.00\\s+undefined")
                .containsPattern("30 first attempts; Cronbach's alpha 0\\.\\d{4}\\.")
                .containsPattern("10\\s+PD-FEEDBACK\\s+0\\.\\d{4}\\s+-?0\\.\\d{4}\\s+-?0\\.\\d{4}");
    }

    @Test
    void completionAlsoAsksForAFinalGradeOfSixty() {
        assertThat(output)
                .contains("10. Completion (80 % attendance, module M1 and a final grade of 60 %)")
                .contains("The final grade 40.00 % is below the required 60 %.");
    }

    @Test
    void writesACertificatePdf() throws Exception {
        Matcher m = Pattern.compile("written to (\\S+\\.pdf)").matcher(output);
        assertThat(m.find()).isTrue();
        byte[] pdf = Files.readAllBytes(Path.of(m.group(1)));
        assertThat(new String(pdf, 0, 5, UTF_8)).isEqualTo("%PDF-");
    }

    @Test
    void printsTheSameOutputOnEveryRunButForTheRandomCodes() {
        assertThat(masked(runAndCapture())).isEqualTo(masked(output));
    }

    /** Verification codes are random, and the PDF goes to a new temporary folder on every run. */
    private static String masked(String text) {
        return text.replaceAll("[0-9A-Za-z]{4}[- ][0-9A-Za-z]{4}[- ][0-9A-Za-z]{4}[- ][0-9A-Za-z]{4}[- ]\\S", "CODE")
                .replaceAll("written to \\S+", "written to FILE");
    }

    private static String runAndCapture() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        SejongSeminarDemo.run(new PrintStream(buffer, true, UTF_8));
        return buffer.toString(UTF_8);
    }
}
