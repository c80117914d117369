package org.ustoz.assessments.exchange.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.ustoz.assessments.AssessmentsError;
import org.ustoz.assessments.question.AcceptedAnswer;
import org.ustoz.assessments.question.Choice;
import org.ustoz.assessments.question.QuestionContent;
import org.ustoz.assessments.question.QuestionTypes;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.i18n.LocalizedText;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** Reads Moodle XML ({@code <quiz><question type=...>}) with the JDK's parser, document types refused. */
final class MoodleXmlReader {

    static final Map<String, String> FORMATS = Map.of("html", "html", "markdown", "markdown", "plain_text", "plain",
            "moodle_auto_format", "moodle");

    private final String language;

    MoodleXmlReader(String language) {
        this.language = language;
    }

    static DocumentBuilder secureBuilder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new DefaultHandler()); // no "[Fatal Error]" on standard error
            return b;
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Draft> read(InputSource source) {
        Document doc;
        try {
            doc = secureBuilder().parse(source);
        } catch (SAXParseException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("disallow-doctype-decl") || m.contains("DOCTYPE")) {
                throw new UstozException(AssessmentsError.EXCHANGE_XML_UNSAFE);
            }
            throw new UstozException(AssessmentsError.EXCHANGE_XML_MALFORMED, Math.max(e.getLineNumber(), 0));
        } catch (UstozException e) {
            throw e;
        } catch (Exception e) {
            throw new UstozException(AssessmentsError.EXCHANGE_XML_MALFORMED, 0);
        }
        Element quiz = doc.getDocumentElement();
        if (!quiz.getTagName().equals("quiz")) {
            throw new UstozException(AssessmentsError.EXCHANGE_XML_MALFORMED, 1);
        }
        List<Draft> out = new ArrayList<>();
        List<String> category = List.of();
        int n = 0;
        for (Element q : children(quiz, "question")) {
            n++;
            String type = q.getAttribute("type");
            if (type.equals("category")) {
                category = GiftReader.categoryPath(text(child(q, "category")));
                continue;
            }
            Draft d = new Draft(0, n);
            d.category = category;
            d.type = type;
            d.title = blankToNull(text(child(q, "name")));
            try {
                read(q, d);
            } catch (BadQuestion e) {
                d.error = new UstozException(AssessmentsError.EXCHANGE_SYNTAX, 1, n, e.getMessage());
            }
            if (q.getTextContent().contains("@@PLUGINFILE@@")) {
                d.unsupported("unsupported.embedded-file", "the question refers to files embedded in Moodle (@@PLUGINFILE@@)");
            }
            out.add(d);
        }
        return out;
    }

    private void read(Element q, Draft d) {
        String type = d.type;
        switch (type) {
            case "cloze", "multianswer" -> {
                d.unsupported("unsupported.cloze", "cloze (embedded answers)");
                return;
            }
            case "calculated", "calculatedsimple", "calculatedmulti" -> {
                d.unsupported("unsupported.calculated", "calculated questions");
                return;
            }
            case "ddwtos", "ddimageortext", "ddmarker", "gapselect" -> {
                d.unsupported("unsupported.drag-and-drop", "drag and drop and gap select");
                return;
            }
            case "description" -> {
                d.unsupported("unsupported.description", "a text without an answer (a Moodle description)");
                return;
            }
            case "multichoice", "truefalse", "shortanswer", "numerical", "matching", "essay" -> {
            }
            default -> {
                d.unsupported("unsupported.type", "the Moodle question type has no Ustoz counterpart");
                return;
            }
        }
        Element qt = child(q, "questiontext");
        Map<String, String> settings = new HashMap<>();
        if (d.title != null) {
            settings.put("title", d.title);
        }
        if (qt != null && FORMATS.containsKey(qt.getAttribute("format"))) {
            settings.put("text-format", FORMATS.get(qt.getAttribute("format")));
        }
        LocalizedText stem = required(text(qt));
        LocalizedText general = lt(text(child(q, "generalfeedback")));
        String grade = text(child(q, "defaultgrade"));
        if (grade != null && !grade.isBlank()) {
            try {
                BigDecimal p = Credits.strip(new BigDecimal(grade.strip()));
                if (p.signum() > 0) {
                    d.points = p;
                }
            } catch (NumberFormatException e) {
                throw new BadQuestion("defaultgrade");
            }
        }
        List<Element> answers = children(q, "answer");
        switch (type) {
            case "essay" -> {
                d.type = QuestionTypes.ESSAY;
                d.content = new QuestionContent(stem, List.of(), List.of(), settings, general);
            }
            case "truefalse" -> {
                d.type = QuestionTypes.TRUE_FALSE;
                List<Choice> choices = new ArrayList<>();
                for (Element a : answers) {
                    String key = text(a).strip().toLowerCase(java.util.Locale.ROOT);
                    choices.add(new Choice(key, LocalizedText.of(language, key.equals("true") ? "True" : "False"),
                            fraction(a), null, lt(text(child(a, "feedback")))));
                }
                d.content = new QuestionContent(stem, choices, List.of(), settings, general);
            }
            case "multichoice" -> {
                boolean single = !"false".equalsIgnoreCase(String.valueOf(text(child(q, "single"))).strip());
                d.type = single ? QuestionTypes.SINGLE_CHOICE : QuestionTypes.MULTIPLE_RESPONSE;
                List<Choice> choices = new ArrayList<>();
                for (Element a : answers) {
                    choices.add(new Choice(String.valueOf(choices.size() + 1), required(text(a)), fraction(a), null,
                            lt(text(child(a, "feedback")))));
                }
                d.content = new QuestionContent(stem, single ? choices : Credits.snapToOne(choices), List.of(),
                        settings, general);
            }
            case "shortanswer" -> {
                d.type = QuestionTypes.SHORT_ANSWER;
                if ("1".equals(String.valueOf(text(child(q, "usecase"))).strip())) {
                    settings.put(QuestionTypes.CASE_SENSITIVE, "true");
                }
                List<AcceptedAnswer> accepted = new ArrayList<>();
                for (Element a : answers) {
                    accepted.add(new AcceptedAnswer(String.valueOf(text(a)).strip(), fraction(a), null,
                            lt(text(child(a, "feedback")))));
                }
                d.content = new QuestionContent(stem, List.of(), accepted, settings, general);
            }
            case "numerical" -> {
                d.type = QuestionTypes.NUMERIC;
                List<AcceptedAnswer> accepted = new ArrayList<>();
                for (Element a : answers) {
                    String value = String.valueOf(text(a)).strip();
                    if (value.equals("*") || value.isEmpty()) {
                        d.warning("warning.numeric-catch-all", "an answer matching any other number was left out");
                        continue;
                    }
                    try {
                        String tol = text(child(a, "tolerance"));
                        BigDecimal tolerance = tol == null || tol.isBlank() ? null
                                : Credits.strip(new BigDecimal(tol.strip()));
                        accepted.add(new AcceptedAnswer(Credits.strip(new BigDecimal(value)).toPlainString(),
                                fraction(a), tolerance, lt(text(child(a, "feedback")))));
                    } catch (NumberFormatException e) {
                        throw new BadQuestion("number");
                    }
                }
                d.content = new QuestionContent(stem, List.of(), accepted, settings, general);
            }
            case "matching" -> {
                d.type = QuestionTypes.MATCHING;
                List<Choice> pairs = new ArrayList<>();
                for (Element s : children(q, "subquestion")) {
                    String premise = text(s);
                    String answer = text(child(child(s, "answer"), null));
                    if (premise == null || premise.isBlank()) {
                        d.warning("warning.matching-distractor", "an answer without a premise was left out");
                        continue;
                    }
                    pairs.add(new Choice(String.valueOf(pairs.size() + 1), required(premise), BigDecimal.ZERO,
                            required(answer), null));
                }
                d.content = new QuestionContent(stem, pairs, List.of(), settings, general);
            }
            default -> throw new IllegalStateException(type);
        }
    }

    private static BigDecimal fraction(Element a) {
        BigDecimal f = Credits.fromPercent(a.getAttribute("fraction").isEmpty() ? "0" : a.getAttribute("fraction"));
        if (f == null) {
            throw new BadQuestion("weight");
        }
        return f;
    }

    private LocalizedText lt(String s) {
        return s == null || s.isBlank() ? null : LocalizedText.of(language, s.strip());
    }

    private LocalizedText required(String s) {
        if (s == null || s.isBlank()) {
            throw new BadQuestion("empty-text");
        }
        return LocalizedText.of(language, s.strip());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The text of an element's {@code <text>} child (CDATA included), or of the element itself when it has none. */
    static String text(Element e) {
        if (e == null) {
            return null;
        }
        Element t = child(e, "text");
        return (t != null ? t : e).getTextContent();
    }

    static Element child(Element e, String name) {
        if (e == null) {
            return null;
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && (name == null || c.getTagName().equals(name))) {
                return c;
            }
        }
        return null;
    }

    static List<Element> children(Element e, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(name)) {
                out.add(c);
            }
        }
        return out;
    }

    private static final class BadQuestion extends RuntimeException {
        BadQuestion(String what) {
            super(what, null, false, false);
        }
    }
}
