package org.ustoz.examples.console;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

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
    void printsTheSameOutputOnEveryRun() {
        assertThat(runAndCapture()).isEqualTo(output);
    }

    private static String runAndCapture() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        SejongSeminarDemo.run(new PrintStream(buffer, true, UTF_8));
        return buffer.toString(UTF_8);
    }
}
