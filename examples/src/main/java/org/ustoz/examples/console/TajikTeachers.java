package org.ustoz.examples.console;

import java.util.List;

import org.ustoz.courses.trainee.RegisterTrainee;

/**
 * The 32 teachers from Tajikistan who apply for the Sejong seminar, in order of application. Names
 * are written as the teachers write them, in Tajik Cyrillic, most with a Latin form as well; one
 * (Иброҳим Ҷӯраев) has none, and is still found by a Latin search. The people and e-mail addresses
 * are invented. The web example (org.ustoz.examples.web) seeds its database with them too.
 */
public final class TajikTeachers {

    static final String DUSHANBE = "Dushanbe";
    static final String SUGHD = "Sughd";
    static final String KHATLON = "Khatlon";
    static final String GBAO = "GBAO";
    static final String DRS = "Districts of Republican Subordination";

    /** The teacher registered without a Latin form of the name. */
    static final String WITHOUT_LATIN_NAME = "Иброҳим Ҷӯраев";

    private static final List<String> LANGUAGES = List.of("tg", "ru");
    private static final String MAIL_DOMAIN = "@maktab.example";

    private TajikTeachers() {
    }

    /** One registration per teacher, in the order they applied. */
    public static List<RegisterTrainee> applicants() {
        return List.of(
                teacher("Зарина Раҳмонова", "Zarina Rahmonova", "zarina.rahmonova", DUSHANBE,
                        "School No. 12, Dushanbe", "Informatics"),
                teacher("Ҷамшед Қурбонов", "Jamshed Qurbonov", "jamshed.qurbonov", SUGHD,
                        "Lyceum for Gifted Children, Khujand", "Mathematics"),
                teacher("Фирӯза Ҳасанзода", "Firuza Hasanzoda", "firuza.hasanzoda", KHATLON,
                        "School No. 5, Bokhtar", "English"),
                teacher("Шаҳло Ғафурова", "Shahlo Ghafurova", "shahlo.ghafurova", GBAO,
                        "School No. 3, Khorog", "Primary education"),
                teacher(WITHOUT_LATIN_NAME, null, "ibrohim.juraev", DRS,
                        "School No. 21, Vahdat", "Physics", "Informatics"),
                teacher("Манучеҳр Саидов", "Manuchehr Saidov", "manuchehr.saidov", DUSHANBE,
                        "Lyceum No. 1, Dushanbe", "History"),
                teacher("Нигина Каримова", "Nigina Karimova", "nigina.karimova", SUGHD,
                        "School No. 2, Istaravshan", "Tajik language and literature"),
                teacher("Фарҳод Назаров", "Farhod Nazarov", "farhod.nazarov", KHATLON,
                        "School No. 7, Kulob", "Chemistry"),
                teacher("Мадина Шарифова", "Madina Sharifova", "madina.sharifova", DUSHANBE,
                        "Presidential School for Gifted Children, Dushanbe", "Biology"),
                teacher("Рустам Ҳакимов", "Rustam Hakimov", "rustam.hakimov", SUGHD,
                        "School No. 14, Panjakent", "Geography"),
                teacher("Дилноза Исмоилова", "Dilnoza Ismoilova", "dilnoza.ismoilova", DRS,
                        "School No. 9, Hisor", "Russian language"),
                teacher("Сӯҳроб Бобоев", "Suhrob Boboev", "suhrob.boboev", KHATLON,
                        "School No. 1, Danghara", "Mathematics", "Physics"),
                teacher("Гулнора Мирзоева", "Gulnora Mirzoeva", "gulnora.mirzoeva", GBAO,
                        "School No. 1, Murghob", "Primary education"),
                teacher("Беҳрӯз Усмонов", "Behruz Usmonov", "behruz.usmonov", DUSHANBE,
                        "School No. 53, Dushanbe", "Informatics"),
                teacher("Мавҷуда Азизова", "Mavjuda Azizova", "mavjuda.azizova", SUGHD,
                        "School No. 7, Khujand", "English"),
                teacher("Далер Раҷабов", "Daler Rajabov", "daler.rajabov", DRS,
                        "School No. 1, Rasht", "History", "Geography"),
                teacher("Парвина Шоева", "Parvina Shoeva", "parvina.shoeva", KHATLON,
                        "School No. 11, Vakhsh", "Biology"),
                teacher("Комрон Ашуров", "Komron Ashurov", "komron.ashurov", SUGHD,
                        "School No. 3, Isfara", "Informatics"),
                teacher("Таҳмина Наҷмиддинова", "Tahmina Najmiddinova", "tahmina.najmiddinova", DUSHANBE,
                        "Lyceum No. 1, Dushanbe", "Mathematics"),
                teacher("Алӣ Давлатов", "Ali Davlatov", "ali.davlatov", GBAO,
                        "School No. 2, Ishkoshim", "Physics"),
                teacher("Ситора Қодирова", "Sitora Qodirova", "sitora.qodirova", KHATLON,
                        "School No. 5, Bokhtar", "Tajik language and literature"),
                teacher("Умед Ҳайдаров", "Umed Haydarov", "umed.haydarov", DRS,
                        "School No. 4, Tursunzoda", "Chemistry"),
                teacher("Малика Сомонӣ", "Malika Somoni", "malika.somoni", DUSHANBE,
                        "School No. 12, Dushanbe", "English"),
                teacher("Ғайрат Муродов", "Ghayrat Murodov", "ghayrat.murodov", SUGHD,
                        "Lyceum for Gifted Children, Khujand", "Physics"),
                teacher("Лола Сафарова", "Lola Safarova", "lola.safarova", KHATLON,
                        "School No. 7, Kulob", "Primary education"),
                teacher("Шоҳрух Файзуллоев", "Shohrukh Fayzulloev", "shohrukh.fayzulloev", DUSHANBE,
                        "School No. 53, Dushanbe", "Mathematics"),
                teacher("Меҳрангез Латифова", "Mehrangez Latifova", "mehrangez.latifova", SUGHD,
                        "School No. 2, Istaravshan", "Russian language"),
                teacher("Исмоил Ниёзов", "Ismoil Niyozov", "ismoil.niyozov", GBAO,
                        "School No. 3, Khorog", "Informatics"),
                teacher("Ҳуснора Олимова", "Husnora Olimova", "husnora.olimova", DRS,
                        "School No. 9, Hisor", "Biology"),
                teacher("Абдуллоҳ Раҳимзода", "Abdulloh Rahimzoda", "abdulloh.rahimzoda", KHATLON,
                        "School No. 1, Danghara", "Informatics"),
                teacher("Саодат Зиёева", "Saodat Ziyoeva", "saodat.ziyoeva", DUSHANBE,
                        "Presidential School for Gifted Children, Dushanbe", "Chemistry"),
                teacher("Азиз Тӯраев", "Aziz Turaev", "aziz.turaev", SUGHD,
                        "School No. 14, Panjakent", "History"));
    }

    private static RegisterTrainee teacher(String fullName, String latinName, String mailbox, String region,
            String school, String... subjects) {
        return new RegisterTrainee(fullName, latinName, mailbox + MAIL_DOMAIN, "TJ", region, school,
                List.of(subjects), LANGUAGES, null);
    }
}
