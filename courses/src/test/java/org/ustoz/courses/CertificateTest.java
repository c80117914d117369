package org.ustoz.courses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ustoz.courses.Fixture.seoul;

import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.ustoz.core.Ustoz;
import org.ustoz.core.error.UstozException;
import org.ustoz.courses.attendance.Mark;
import org.ustoz.courses.attendance.RecordSessionAttendance;
import org.ustoz.courses.certificate.CertificateEvent;
import org.ustoz.courses.certificate.CertificateStatus;
import org.ustoz.courses.certificate.CertificateView;
import org.ustoz.courses.certificate.PublicVerification;
import org.ustoz.courses.certificate.RevokeCertificate;
import org.ustoz.courses.certificate.Verification;
import org.ustoz.courses.certificate.VerificationResult;
import org.ustoz.courses.completion.CompletionReport;
import org.ustoz.courses.completion.ExcusedAbsences;
import org.ustoz.courses.completion.SetCompletionRules;
import org.ustoz.courses.enrolment.EnrolmentView;
import org.ustoz.courses.trainee.RegisterTrainee;
import org.ustoz.courses.trainee.TraineeView;

class CertificateTest extends ServiceTest {

    /** A finished cohort whose trainees all attended, with certificates issued by hand (rules say so). */
    private Fixture.Running finished(int trainees, boolean automatic) {
        Fixture.Running k = f.running(trainees, 2);
        f.courses.completion().setRules(new SetCompletionRules(k.id(), new java.math.BigDecimal("80"),
                ExcusedAbsences.NOT_COUNTED, List.of(), List.of(), automatic));
        for (var s : k.sessions()) {
            t.clock().set(s.startsAt());
            f.courses.attendance().recordSession(new RecordSessionAttendance(s.id(),
                    k.trainees().stream().map(x -> Mark.present(x.id())).toList(), null));
        }
        t.clock().set(seoul(5, 0, 0));
        return k;
    }

    @Test
    void aCertificateIsVerifiedByItsCodeHoweverItIsTypedAndRevokedWithAReason() {
        Fixture.Running k = finished(1, true);
        CompletionReport report = f.courses.completion().evaluate(k.id());
        String code = report.lines().get(0).certificateCode();
        CertificateView c = f.courses.certificates().ofCohort(k.id()).get(0);
        assertThat(c.code()).isEqualTo(code);
        assertThat(c.hours()).isEqualByComparingTo("60");
        assertThat(c.facilitators()).containsExactly("Facilitator " + k.cohort().code().substring(1));
        assertThat(c.partners()).containsExactly("Sejong Metropolitan Office of Education");
        assertThat(c.courseTitle().get(Locale.KOREAN)).isEqualTo("교육의 디지털화");

        assertThat(f.courses.certificates().verify(code).result()).isEqualTo(VerificationResult.VALID);
        String typed = code.toLowerCase(Locale.ROOT).replace("-", " ").replace('0', 'o').replace('1', 'l');
        Verification v = f.courses.certificates().verify(typed);
        assertThat(v.result()).isEqualTo(VerificationResult.VALID);
        assertThat(v.traineeName()).isEqualTo(k.trainees().get(0).fullName());
        assertThat(v.code()).isEqualTo(code);

        // one character wrong: the check character catches it; garbage and nothing are unknown too
        char wrong = code.charAt(0) == 'A' ? 'B' : 'A';
        assertThat(f.courses.certificates().verify(wrong + code.substring(1)).result())
                .isEqualTo(VerificationResult.UNKNOWN);
        assertThat(f.courses.certificates().verify("'; drop table ustoz_certificate; --").result())
                .isEqualTo(VerificationResult.UNKNOWN);
        assertThat(f.courses.certificates().verify("").result()).isEqualTo(VerificationResult.UNKNOWN);
        assertThat(f.courses.certificates().verify(null).result()).isEqualTo(VerificationResult.UNKNOWN);
        assertThat(f.courses.certificates().verify("0000-0000-0000-0000-0").result())
                .isEqualTo(VerificationResult.UNKNOWN);

        t.events().clear();
        CertificateView revoked = f.courses.certificates().revoke(new RevokeCertificate(c.id(),
                "Issued to the wrong person"));
        assertThat(revoked.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(t.events(CertificateEvent.Revoked.class)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("Issued to the wrong person"));
        Verification after = f.courses.certificates().verify(code);
        assertThat(after.result()).isEqualTo(VerificationResult.REVOKED);
        assertThat(after.revocationReason()).isEqualTo("Issued to the wrong person");
        assertCode(() -> f.courses.certificates().revoke(new RevokeCertificate(c.id(), "again")),
                "courses.certificate.already-revoked");
        // a revocation by hand is not undone by the next evaluation
        f.courses.completion().evaluate(k.id());
        assertThat(f.courses.certificates().verify(code).result()).isEqualTo(VerificationResult.REVOKED);
    }

    @Test
    void verifyAnswersForTheCallersTenantOnlyAndTheCrossTenantCallShowsOnlyWhatAVerifierNeeds() {
        Fixture.Running k = finished(1, true);
        String code = f.courses.completion().evaluate(k.id()).lines().get(0).certificateCode();
        CertificateView c = f.courses.certificates().ofCohort(k.id()).get(0);
        assertThat(f.courses.certificates().verify(code).result()).isEqualTo(VerificationResult.VALID);

        asTenant("verifier-office", () -> {
            // another tenant's code answers exactly as a code nobody issued
            String unknownCode = "0000-0000-0000-0000-0";
            assertThat(f.courses.certificates().verify(code)).isEqualTo(Verification.unknown(code));
            assertThat(f.courses.certificates().verify(code.toLowerCase(Locale.ROOT)))
                    .isEqualTo(Verification.unknown(code));
            assertThat(f.courses.certificates().verify(unknownCode)).isEqualTo(Verification.unknown(unknownCode));
            assertCode(() -> f.courses.certificates().get(c.id()), "courses.certificate.not-found");

            // the documented cross-tenant call finds it, with only the minimal fields
            PublicVerification v = f.courses.certificates().verifyInAnyTenant(code.replace("-", " "));
            assertThat(v.result()).isEqualTo(VerificationResult.VALID);
            assertThat(v.code()).isEqualTo(code);
            assertThat(v.holderName()).isEqualTo(k.trainees().get(0).fullName());
            assertThat(v.holderLatinName()).isEqualTo(k.trainees().get(0).latinName());
            assertThat(v.courseTitle()).isEqualTo(c.courseTitle());
            assertThat(v.startDate()).isEqualTo(LocalDate.of(2025, 8, 4));
            assertThat(v.endDate()).isEqualTo(LocalDate.of(2025, 8, 15));
            assertThat(v.issuedOn()).isEqualTo(c.issuedOn());
            assertThat(v.revokedOn()).isNull();
            assertThat(v.issuers()).containsExactly("Sejong Metropolitan Office of Education");
            assertThat(f.courses.certificates().verifyInAnyTenant(unknownCode))
                    .isEqualTo(PublicVerification.unknown(unknownCode));
            assertThat(f.courses.certificates().verifyInAnyTenant("not a code").result())
                    .isEqualTo(VerificationResult.UNKNOWN);
            assertThat(f.courses.certificates().verifyInAnyTenant(null).result())
                    .isEqualTo(VerificationResult.UNKNOWN);
        });
        // nothing more than that: no ids, no tenant, no e-mail, no reason typed by a person
        assertThat(Arrays.stream(PublicVerification.class.getRecordComponents()).map(r -> r.getName()))
                .containsExactly("result", "code", "holderName", "holderLatinName", "courseTitle", "startDate",
                        "endDate", "issuedOn", "revokedOn", "issuers");

        f.courses.certificates().revoke(new RevokeCertificate(c.id(), "Issued to the wrong person"));
        asTenant("verifier-office", () -> {
            assertThat(f.courses.certificates().verify(code)).isEqualTo(Verification.unknown(code));
            PublicVerification revoked = f.courses.certificates().verifyInAnyTenant(code);
            assertThat(revoked.result()).isEqualTo(VerificationResult.REVOKED);
            assertThat(revoked.revokedOn()).isEqualTo(LocalDate.of(2025, 8, 5));
            assertThat(revoked.toString()).doesNotContain("wrong person", "@", c.id().toString(),
                    c.traineeId().toString(), c.cohortId().toString(), c.enrolmentId().toString());
        });
    }

    @Test
    void theIssueDateIsTheCohortsLocalDateOnThePdfAndInTheViews() throws IOException {
        Fixture.Running k = finished(1, false);
        f.courses.completion().evaluate(k.id());
        EnrolmentView e = f.courses.enrolments().find(k.id(), k.trainees().get(0).id());
        // 23:30 UTC on 20 August is 08:30 on 21 August in Seoul (UTC+9)
        t.clock().set(Instant.parse("2025-08-20T23:30:00Z"));
        CertificateView c = f.courses.certificates().issue(e.id());
        LocalDate seoulDay = LocalDate.of(2025, 8, 21);
        assertThat(c.timeZone()).isEqualTo(Fixture.SEOUL);
        assertThat(c.issuedOn()).isEqualTo(seoulDay);
        assertThat(f.courses.certificates().get(c.id()).issuedOn()).isEqualTo(seoulDay);
        assertThat(f.courses.certificates().ofCohort(k.id())).singleElement()
                .satisfies(x -> assertThat(x.issuedOn()).isEqualTo(seoulDay));
        assertThat(f.courses.certificates().verify(c.code()).issuedOn()).isEqualTo(seoulDay);
        assertThat(f.courses.certificates().verifyInAnyTenant(c.code()).issuedOn()).isEqualTo(seoulDay);

        // the venue is in Korea, so the certificate is in Korean: dates as a person in Seoul writes them
        DateTimeFormatter korean = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.KOREAN);
        String local = korean.format(seoulDay);
        String utc = korean.format(LocalDate.of(2025, 8, 20));
        assertThat(local).contains("21");
        try (PDDocument doc = Loader.loadPDF(f.courses.certificates().pdf(c.id()))) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
            assertThat(text).contains(local, korean.format(LocalDate.of(2025, 8, 4)),
                    korean.format(LocalDate.of(2025, 8, 15))).doesNotContain(utc);
        }
    }

    @Test
    void certificatesByHandOnlyForCompletedEnrolmentsAndOnlyOnce() {
        Fixture.Running k = finished(2, false);
        EnrolmentView e = f.courses.enrolments().find(k.id(), k.trainees().get(0).id());
        assertCode(() -> f.courses.certificates().issue(e.id()), "courses.certificate.not-completed");
        CompletionReport report = f.courses.completion().evaluate(k.id());
        assertThat(report.certificatesIssued()).isZero();
        CertificateView c = f.courses.certificates().issue(e.id());
        assertThat(c.status()).isEqualTo(CertificateStatus.VALID);
        assertCode(() -> f.courses.certificates().issue(e.id()), "courses.certificate.already-issued");
        assertCode(() -> f.courses.certificates().get(UUID.randomUUID()), "courses.certificate.not-found");
    }

    @Test
    void thePdfShowsCyrillicWithTheTajikLettersAndHangul() throws IOException {
        Fixture.Running k = f.running(0, 1);
        TraineeView zarina = f.courses.trainees().register(new RegisterTrainee("Зарина Раҳмонова", "Zarina Rahmonova",
                "zarina.pdf@example.tj", "TJ", null, null, List.of(), List.of("tg", "ru"), null, "Asia/Dushanbe"));
        Fixture.Running open = f.draftThenSession();
        f.courses.enrolments().enrol(new org.ustoz.courses.enrolment.Enrol(open.id(), zarina.id()));
        f.courses.cohorts().start(open.id());
        t.clock().set(seoul(6, 9, 0));
        f.courses.attendance().recordSession(new RecordSessionAttendance(open.sessions().get(0).id(),
                List.of(Mark.present(zarina.id())), null));
        t.clock().set(seoul(6, 12, 0));
        String code = f.courses.completion().evaluate(open.id()).lines().get(0).certificateCode();
        CertificateView c = f.courses.certificates().ofCohort(open.id()).get(0);
        assertThat(k.sessions()).hasSize(1);

        byte[] pdf = f.courses.certificates().pdf(c.id());
        java.nio.file.Path file = java.nio.file.Path.of("target", "certificate-" + TestDatabaseName.get() + ".pdf");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.write(file, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
            assertThat(text).contains("Зарина Раҳмонова", "교육의 디지털화", "Рақамисозии маориф", code,
                    "Sejong Metropolitan Office of Education");
        }
    }

    @Test
    void twoInstancesIssuingAndEvaluatingAtOnceNeverMakeTwoCertificatesForOneEnrolment() throws Exception {
        Fixture.Running k = finished(20, false);
        f.courses.completion().evaluate(k.id());
        List<UUID> enrolments = k.trainees().stream()
                .map(x -> f.courses.enrolments().find(k.id(), x.id()).id()).toList();
        Ustoz second = t.secondInstance(4);
        Courses other = Courses.of(second);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> work = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Courses via = i % 2 == 0 ? f.courses : other;
                work.add(() -> {
                    int issued = 0;
                    for (UUID e : enrolments) {
                        try {
                            via.certificates().issue(e);
                            issued++;
                        } catch (UstozException refused) {
                            assertThat(refused.code()).isEqualTo("courses.certificate.already-issued");
                        }
                    }
                    return issued;
                });
            }
            int issued = 0;
            for (Future<Integer> r : pool.invokeAll(work)) {
                issued += r.get();
            }
            assertThat(issued).isEqualTo(20);
        } finally {
            pool.shutdownNow();
            second.close();
        }
        assertThat(f.courses.certificates().ofCohort(k.id())).hasSize(20)
                .extracting(CertificateView::enrolmentId).doesNotHaveDuplicates();
        assertThat(t.db().queryLong("select count(*) from ustoz_certificate where cohort_id = '" + k.id() + "'"))
                .isEqualTo(20);
    }

    /** The database kind, for file names. */
    static final class TestDatabaseName {
        static String get() {
            return org.ustoz.core.testing.TestDatabase.kind();
        }
    }
}
