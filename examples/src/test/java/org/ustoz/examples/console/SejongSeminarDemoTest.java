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
