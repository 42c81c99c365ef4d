package org.ketamineinfo.prepare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ketamineinfo.content.PrepareTool;
import org.ketamineinfo.content.PrepareTool.Answer;
import org.ketamineinfo.content.PrepareTool.Question;

/**
 * The answers a reader submitted, checked against the questions in content. A form the site did not
 * make (an unknown question or answer, or two answers to one question) is refused whole; nothing of
 * it is kept or repeated back.
 */
sealed interface Answers {

    /** At least one question answered; in the order of the questions. */
    record Given(Map<Question, Answer> chosen) implements Answers {
    }

    /** The form came back with nothing chosen. */
    record None() implements Answers {
    }

    /**
     * Not a form this site made; {@code reason} is the messages key of what to tell the reader (it names
     * no submitted value).
     */
    record Refused(String reason) implements Answers {
    }

    static Answers read(PrepareTool tool, Map<String, List<String>> form) {
        for (Map.Entry<String, List<String>> field : form.entrySet()) {
            if (tool.question(field.getKey()).isEmpty()) {
                return new Refused("prepareRefused.reason.unknownQuestion");
            }
            if (field.getValue().size() != 1) {
                return new Refused("prepareRefused.reason.twoAnswers");
            }
        }
        Map<Question, Answer> chosen = new LinkedHashMap<>();
        for (Question question : tool.questions()) {
            List<String> values = form.get(question.id());
            if (values == null) {
                continue;
            }
            Answer answer = question.answer(values.get(0)).orElse(null);
            if (answer == null) {
                return new Refused("prepareRefused.reason.unknownAnswer");
            }
            chosen.put(question, answer);
        }
        return chosen.isEmpty() ? new None() : new Given(chosen);
    }
}
