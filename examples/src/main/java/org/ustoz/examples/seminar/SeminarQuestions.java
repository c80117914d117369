package org.ustoz.examples.seminar;

import static java.util.Locale.ENGLISH;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ustoz.assessments.question.AcceptedAnswer;
import org.ustoz.assessments.question.Choice;
import org.ustoz.assessments.question.QuestionContent;
import org.ustoz.assessments.question.QuestionTypes;
import org.ustoz.assessments.question.Response;
import org.ustoz.core.i18n.LocalizedText;

/**
 * The seminar's question bank on digital education, shared by the console demo and the web
 * application: ten questions of seven types in English, Russian and Tajik, each with its right
 * response and some wrong or partly right ones, and a difficulty (in logits) that the examples use to
 * simulate the teachers' answers.
 */
public final class SeminarQuestions {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Locale TAJIK = Locale.forLanguageTag("tg");

    /** A question with its category code, right response and wrong or partly right responses. */
    public record Question(String code, String category, String type, QuestionContent content, BigDecimal points,
                           double difficulty, Response right, List<Response> wrong) {
    }

    private SeminarQuestions() {
    }

    /** The ten questions, digital tools first, then pedagogy. */
    public static List<Question> digitalEducation() {
        List<Question> list = new ArrayList<>();
        // digital tools
        add(list, "DT-LMS", "digital-tools", QuestionTypes.SINGLE_CHOICE, 1, -0.8,
                QuestionContent.withChoices(text("Which of these is a learning management system?",
                                "Что из этого является системой управления обучением?",
                                "Кадоме аз инҳо системаи идоракунии таълим аст?"),
                        List.of(Choice.right("a", LocalizedText.of(ENGLISH, "Moodle")),
                                Choice.wrong("b", LocalizedText.of(ENGLISH, "Microsoft Paint")),
                                Choice.wrong("c", LocalizedText.of(ENGLISH, "VLC media player")),
                                Choice.wrong("d", LocalizedText.of(ENGLISH, "WinRAR")))),
                Response.choice("a"), Response.choice("b"), Response.choice("c"));
        add(list, "DT-CLOUD", "digital-tools", QuestionTypes.MULTIPLE_RESPONSE, 1, 0.2,
                QuestionContent.withChoices(text("Which of these keep pupils' files in the cloud?",
                                "Какие из этих сервисов хранят файлы учеников в облаке?",
                                "Кадоме аз ин хизматҳо файлҳои хонандагонро дар абр нигоҳ медоранд?"),
                        List.of(Choice.of("a", LocalizedText.of(ENGLISH, "Google Drive"), "0.5"),
                                Choice.of("b", LocalizedText.of(ENGLISH, "OneDrive"), "0.5"),
                                Choice.of("c", LocalizedText.of(ENGLISH, "Notepad"), "-0.5"),
                                Choice.of("d", LocalizedText.of(ENGLISH, "A USB stick"), "-0.5")))
                        .with(QuestionTypes.SCORING, QuestionTypes.RIGHT_MINUS_WRONG),
                Response.choices("a", "b"), Response.choices("a"), Response.choices("a", "d"),
                Response.choices("c", "d"));
        add(list, "DT-PASSWORD", "digital-tools", QuestionTypes.TRUE_FALSE, 1, -1.0,
                QuestionContent.withChoices(text("A strong password has at least 12 characters.",
                                "Надёжный пароль содержит не менее 12 символов.",
                                "Пароли боэътимод на камтар аз 12 аломат дорад."),
                        List.of(Choice.right("true", LocalizedText.of(ENGLISH, "True")),
                                Choice.wrong("false", LocalizedText.of(ENGLISH, "False")))),
                Response.trueFalse(true), Response.trueFalse(false));
        add(list, "DT-ACRONYM", "digital-tools", QuestionTypes.SHORT_ANSWER, 1, 0.6,
                QuestionContent.withAnswers(text("What do the letters LMS stand for?",
                                "Как расшифровывается аббревиатура LMS?",
                                "Ихтисораи LMS чӣ маъно дорад?"),
                        List.of(AcceptedAnswer.of("learning management system*"),
                                AcceptedAnswer.of("система управления обучением"),
                                AcceptedAnswer.of("learning * system", "0.5"))),
                Response.text("Learning Management System"), Response.text("learning media system"),
                Response.text("local mail server"));
        add(list, "DT-PERCENT", "digital-tools", QuestionTypes.NUMERIC, 1, 0.4,
                QuestionContent.withAnswers(text("An online quiz has 20 questions and a pupil answers 17 correctly."
                                        + " What percentage is that?",
                                "В онлайн-тесте 20 вопросов, ученик верно ответил на 17. Сколько это процентов?",
                                "Дар санҷиши онлайн 20 савол аст, хонанда ба 17-тоаш дуруст ҷавоб дод. Ин чанд фоиз аст?"),
                        List.of(AcceptedAnswer.number("85", "0.5", "1"))),
                Response.number(new BigDecimal("85")), Response.number(new BigDecimal("17")),
                Response.number(new BigDecimal("80")));
        // pedagogy
        add(list, "PD-SAMR", "pedagogy", QuestionTypes.MATCHING, 2, 0.3,
                new QuestionContent(text("Match each level of the SAMR model with what the technology does.",
                        "Сопоставьте уровни модели SAMR с тем, что делает технология.",
                        "Сатҳҳои модели SAMR-ро бо кори технология мувофиқ кунед."),
                        List.of(Choice.pair("s", LocalizedText.of(ENGLISH, "Substitution"),
                                        LocalizedText.of(ENGLISH, "Replaces a tool, no change in the task")),
                                Choice.pair("a", LocalizedText.of(ENGLISH, "Augmentation"),
                                        LocalizedText.of(ENGLISH, "Replaces a tool and improves it")),
                                Choice.pair("m", LocalizedText.of(ENGLISH, "Modification"),
                                        LocalizedText.of(ENGLISH, "Redesigns much of the task")),
                                Choice.pair("r", LocalizedText.of(ENGLISH, "Redefinition"),
                                        LocalizedText.of(ENGLISH, "Makes new tasks possible"))),
                        List.of(), Map.of(), null),
                Response.matches(Map.of("s", "s", "a", "a", "m", "m", "r", "r")),
                Response.matches(Map.of("s", "a", "a", "s", "m", "m", "r", "r")),
                Response.matches(Map.of("s", "s", "a", "a", "m", "r", "r", "m")),
                Response.matches(Map.of("s", "m", "a", "r", "m", "s", "r", "a")));
        add(list, "PD-FLIPPED", "pedagogy", QuestionTypes.ORDERING, 2, 0.0,
                QuestionContent.withChoices(text("Put the steps of a flipped lesson in order.",
                                "Расположите этапы урока по модели «перевёрнутый класс» по порядку.",
                                "Марҳилаҳои дарси «синфи чаппа»-ро бо тартиб гузоред."),
                        List.of(Choice.item("video", LocalizedText.of(ENGLISH, "Pupils watch a short video at home")),
                                Choice.item("quiz", LocalizedText.of(ENGLISH, "A quick quiz opens the class")),
                                Choice.item("groups", LocalizedText.of(ENGLISH, "Groups apply the ideas to a task")),
                                Choice.item("reflect", LocalizedText.of(ENGLISH, "Pupils reflect on what they learnt")))),
                Response.order("video", "quiz", "groups", "reflect"),
                Response.order("quiz", "video", "groups", "reflect"),
                Response.order("video", "groups", "quiz", "reflect"),
                Response.order("groups", "video", "reflect", "quiz"));
        add(list, "PD-TPACK", "pedagogy", QuestionTypes.SINGLE_CHOICE, 1, 0.8,
                QuestionContent.withChoices(text("What does the TPACK framework describe?",
                                "Что описывает модель TPACK?", "Модели TPACK чиро тавсиф мекунад?"),
                        List.of(Choice.right("a", LocalizedText.of(ENGLISH,
                                        "The knowledge a teacher needs to combine technology, pedagogy and content")),
                                Choice.wrong("b", LocalizedText.of(ENGLISH, "A file format for lesson plans")),
                                Choice.wrong("c", LocalizedText.of(ENGLISH, "A standard for school networks")),
                                Choice.wrong("d", LocalizedText.of(ENGLISH, "A video-conferencing tool")))),
                Response.choice("a"), Response.choice("b"), Response.choice("d"));
        add(list, "PD-FORMATIVE", "pedagogy", QuestionTypes.TRUE_FALSE, 1, -0.3,
                QuestionContent.withChoices(text("Formative assessment is mainly used to give final grades.",
                                "Формирующее оценивание используется главным образом для итоговых оценок.",
                                "Арзёбии ташаккулдиҳанда асосан барои баҳои ниҳоӣ истифода мешавад."),
                        List.of(Choice.wrong("true", LocalizedText.of(ENGLISH, "True")),
                                Choice.right("false", LocalizedText.of(ENGLISH, "False")))),
                Response.trueFalse(false), Response.trueFalse(true));
        add(list, "PD-FEEDBACK", "pedagogy", QuestionTypes.MULTIPLE_RESPONSE, 1, 0.5,
                QuestionContent.withChoices(text("Which make an online quiz useful for formative assessment?",
                                "Что делает онлайн-тест полезным для формирующего оценивания?",
                                "Чӣ санҷиши онлайнро барои арзёбии ташаккулдиҳанда муфид мегардонад?"),
                        List.of(Choice.of("a", LocalizedText.of(ENGLISH, "Immediate feedback on each answer"), "0.5"),
                                Choice.of("b", LocalizedText.of(ENGLISH, "Several attempts allowed"), "0.5"),
                                Choice.of("c", LocalizedText.of(ENGLISH, "A heavy weight in the final grade"), "0"),
                                Choice.of("d", LocalizedText.of(ENGLISH, "No results shown to the pupils"), "0"))),
                Response.choices("a", "b"), Response.choices("a", "c"), Response.choices("b"),
                Response.choices("c", "d"));
        return List.copyOf(list);
    }

    /** The question with this code. */
    public static Question byCode(String code) {
        return digitalEducation().stream().filter(q -> q.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no question " + code));
    }

    private static void add(List<Question> list, String code, String category, String type, int points,
            double difficulty, QuestionContent content, Response right, Response... wrong) {
        list.add(new Question(code, category, type, content, BigDecimal.valueOf(points), difficulty, right,
                List.of(wrong)));
    }

    /** A text in English, Russian and Tajik. */
    public static LocalizedText text(String english, String russian, String tajik) {
        return LocalizedText.builder().put(ENGLISH, english).put(RUSSIAN, russian).put(TAJIK, tajik).build();
    }
}
