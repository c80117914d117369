package org.ustoz.assessments.internal.document;

import org.ustoz.core.internal.json.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ustoz.assessments.grading.RubricCriterion;
import org.ustoz.assessments.grading.RubricLevel;
import org.ustoz.assessments.question.RubricScore;
import org.ustoz.assessments.question.AcceptedAnswer;
import org.ustoz.assessments.question.Choice;
import org.ustoz.assessments.question.QuestionContent;
import org.ustoz.assessments.question.Response;
import org.ustoz.core.i18n.LocalizedText;

/** JSON forms of the documents stored in text columns: question content, rubrics, responses, rubric scores. */
public final class Documents {

    private Documents() {
    }

    // ---- question content

    public static String write(QuestionContent c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stem", text(c.stem()));
        List<Object> choices = new ArrayList<>();
        for (Choice ch : c.choices()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("key", ch.key());
            o.put("text", text(ch.text()));
            o.put("credit", ch.credit());
            o.put("match", text(ch.match()));
            o.put("feedback", text(ch.feedback()));
            choices.add(o);
        }
        m.put("choices", choices);
        List<Object> answers = new ArrayList<>();
        for (AcceptedAnswer a : c.answers()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("value", a.value());
            o.put("credit", a.credit());
            o.put("tolerance", a.tolerance());
            o.put("feedback", text(a.feedback()));
            answers.add(o);
        }
        m.put("answers", answers);
        m.put("settings", new TreeMap<>(c.settings()));
        m.put("feedback", text(c.feedback()));
        return Json.write(m);
    }

    @SuppressWarnings("unchecked")
    public static QuestionContent readContent(String json) {
        Map<String, Object> m = (Map<String, Object>) Json.read(json);
        List<Choice> choices = new ArrayList<>();
        for (Object o : (List<Object>) m.get("choices")) {
            Map<String, Object> ch = (Map<String, Object>) o;
            choices.add(new Choice((String) ch.get("key"), text(ch.get("text")), (BigDecimal) ch.get("credit"),
                    text(ch.get("match")), text(ch.get("feedback"))));
        }
        List<AcceptedAnswer> answers = new ArrayList<>();
        for (Object o : (List<Object>) m.get("answers")) {
            Map<String, Object> a = (Map<String, Object>) o;
            answers.add(new AcceptedAnswer((String) a.get("value"), (BigDecimal) a.get("credit"),
                    (BigDecimal) a.get("tolerance"), text(a.get("feedback"))));
        }
        Map<String, String> settings = new LinkedHashMap<>();
        ((Map<String, Object>) m.get("settings")).forEach((k, v) -> settings.put(k, (String) v));
        return new QuestionContent(text(m.get("stem")), choices, answers, settings, text(m.get("feedback")));
    }

    // ---- rubrics

    public static String writeRubric(List<RubricCriterion> criteria) {
        List<Object> list = new ArrayList<>();
        for (RubricCriterion c : criteria) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("key", c.key());
            o.put("title", text(c.title()));
            List<Object> levels = new ArrayList<>();
            for (RubricLevel l : c.levels()) {
                Map<String, Object> lo = new LinkedHashMap<>();
                lo.put("key", l.key());
                lo.put("title", text(l.title()));
                lo.put("points", l.points());
                levels.add(lo);
            }
            o.put("levels", levels);
            list.add(o);
        }
        return Json.write(list);
    }

    @SuppressWarnings("unchecked")
    public static List<RubricCriterion> readRubric(String json) {
        List<RubricCriterion> out = new ArrayList<>();
        for (Object o : (List<Object>) Json.read(json)) {
            Map<String, Object> c = (Map<String, Object>) o;
            List<RubricLevel> levels = new ArrayList<>();
            for (Object lo : (List<Object>) c.get("levels")) {
                Map<String, Object> l = (Map<String, Object>) lo;
                levels.add(new RubricLevel((String) l.get("key"), text(l.get("title")), (BigDecimal) l.get("points")));
            }
            out.add(new RubricCriterion((String) c.get("key"), text(c.get("title")), levels));
        }
        return out;
    }

    public static String writeScores(List<RubricScore> scores) {
        if (scores == null || scores.isEmpty()) {
            return null;
        }
        List<Object> list = new ArrayList<>();
        for (RubricScore s : scores) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("criterion", s.criterion());
            o.put("level", s.level());
            o.put("comment", s.comment());
            list.add(o);
        }
        return Json.write(list);
    }

    @SuppressWarnings("unchecked")
    public static List<RubricScore> readScores(String json) {
        if (json == null) {
            return List.of();
        }
        List<RubricScore> out = new ArrayList<>();
        for (Object o : (List<Object>) Json.read(json)) {
            Map<String, Object> s = (Map<String, Object>) o;
            out.add(new RubricScore((String) s.get("criterion"), (String) s.get("level"), (String) s.get("comment")));
        }
        return out;
    }

    // ---- responses and string lists

    public static String writeStrings(List<String> values) {
        return values == null ? null : Json.write(values);
    }

    @SuppressWarnings("unchecked")
    public static List<String> readStrings(String json) {
        if (json == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object o : (List<Object>) Json.read(json)) {
            out.add((String) o);
        }
        return out;
    }

    public static String write(Response r) {
        return r == null ? null : writeStrings(r.values());
    }

    public static Response readResponse(String json) {
        return json == null ? Response.EMPTY : new Response(readStrings(json));
    }

    private static Object text(LocalizedText t) {
        return t == null ? null : new LinkedHashMap<>(t.asMap());
    }

    @SuppressWarnings("unchecked")
    private static LocalizedText text(Object o) {
        return o == null ? null : LocalizedText.of((Map<String, String>) o);
    }
}
