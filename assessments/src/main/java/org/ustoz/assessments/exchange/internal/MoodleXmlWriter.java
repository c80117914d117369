package org.ustoz.assessments.exchange.internal;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.ustoz.assessments.question.AcceptedAnswer;
import org.ustoz.assessments.question.Choice;
import org.ustoz.assessments.question.QuestionContent;
import org.ustoz.assessments.question.QuestionTypes;
import org.ustoz.assessments.question.QuestionView;
import org.ustoz.core.i18n.LocalizedText;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Writes questions as Moodle XML; texts in their primary language. */
final class MoodleXmlWriter {

    private static final Map<String, String> TYPES = Map.of(QuestionTypes.SINGLE_CHOICE, "multichoice",
            QuestionTypes.MULTIPLE_RESPONSE, "multichoice", QuestionTypes.TRUE_FALSE, "truefalse",
            QuestionTypes.SHORT_ANSWER, "shortanswer", QuestionTypes.NUMERIC, "numerical", QuestionTypes.MATCHING,
            "matching", QuestionTypes.ESSAY, "essay");

    private MoodleXmlWriter() {
    }

    static String write(List<QuestionView> questions) {
        try {
            Document doc = MoodleXmlReader.secureBuilder().newDocument();
            Element quiz = doc.createElement("quiz");
            doc.appendChild(quiz);
            for (QuestionView v : questions) {
                String type = TYPES.get(v.type());
                if (type == null) {
                    quiz.appendChild(doc.createComment(" Ustoz: question " + v.id() + " (" + v.type()
                            + ") cannot be written in Moodle XML "));
                    continue;
                }
                QuestionContent c = v.content();
                Element q = el(doc, quiz, "question");
                q.setAttribute("type", type);
                text(doc, el(doc, q, "name"), c.setting("title", ""));
                String format = MoodleXmlReader.FORMATS.entrySet().stream()
                        .filter(e -> e.getValue().equals(c.setting("text-format", "moodle"))).map(Map.Entry::getKey)
                        .findFirst().orElse("moodle_auto_format");
                Element qt = el(doc, q, "questiontext");
                qt.setAttribute("format", format);
                text(doc, qt, c.stem().primary());
                if (c.feedback() != null) {
                    text(doc, el(doc, q, "generalfeedback"), c.feedback().primary());
                }
                el(doc, q, "defaultgrade").setTextContent(v.points().stripTrailingZeros().toPlainString());
                switch (v.type()) {
                    case QuestionTypes.SINGLE_CHOICE, QuestionTypes.MULTIPLE_RESPONSE, QuestionTypes.TRUE_FALSE -> {
                        if (!v.type().equals(QuestionTypes.TRUE_FALSE)) {
                            el(doc, q, "single").setTextContent(String.valueOf(v.type().equals(QuestionTypes.SINGLE_CHOICE)));
                        }
                        for (Choice ch : c.choices()) {
                            answer(doc, q, ch.credit(), v.type().equals(QuestionTypes.TRUE_FALSE) ? ch.key()
                                    : ch.text().primary(), ch.feedback());
                        }
                    }
                    case QuestionTypes.SHORT_ANSWER, QuestionTypes.NUMERIC -> {
                        if (v.type().equals(QuestionTypes.SHORT_ANSWER)) {
                            el(doc, q, "usecase").setTextContent("true".equals(c.setting(QuestionTypes.CASE_SENSITIVE,
                                    "false")) ? "1" : "0");
                        }
                        for (AcceptedAnswer a : c.answers()) {
                            Element ae = answer(doc, q, a.credit(), a.value(), a.feedback());
                            if (a.tolerance() != null) {
                                el(doc, ae, "tolerance").setTextContent(a.tolerance().stripTrailingZeros().toPlainString());
                            }
                        }
                    }
                    case QuestionTypes.MATCHING -> {
                        for (Choice ch : c.choices()) {
                            Element s = el(doc, q, "subquestion");
                            s.setAttribute("format", format);
                            text(doc, s, ch.text().primary());
                            text(doc, el(doc, s, "answer"), ch.match() == null ? "" : ch.match().primary());
                        }
                    }
                    default -> {
                    }
                }
            }
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (javax.xml.transform.TransformerException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Element answer(Document doc, Element q, BigDecimal credit, String text, LocalizedText feedback) {
        Element a = el(doc, q, "answer");
        a.setAttribute("fraction", Credits.toPercent(credit));
        text(doc, a, text);
        if (feedback != null) {
            text(doc, el(doc, a, "feedback"), feedback.primary());
        }
        return a;
    }

    private static Element el(Document doc, Element parent, String name) {
        Element e = doc.createElement(name);
        parent.appendChild(e);
        return e;
    }

    private static void text(Document doc, Element parent, String text) {
        el(doc, parent, "text").setTextContent(text);
    }
}
