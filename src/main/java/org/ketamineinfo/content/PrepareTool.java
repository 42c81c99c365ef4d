package org.ketamineinfo.content;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The questions of "Prepare for your appointment", from {@code content/prepare.yml}. Each answer may add
 * points to tell and to ask the clinician; the standing questions are on every list.
 */
public record PrepareTool(List<Question> questions, List<Item> standing) {

    /** No prepare.yml: the tool is not published. */
    public static final PrepareTool NONE = new PrepareTool(List.of(), List.of());

    public PrepareTool {
        questions = List.copyOf(questions);
        standing = List.copyOf(standing);
    }

    public boolean published() {
        return !questions.isEmpty();
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** One question with its answers, shown as a group of radio buttons. */
    public record Question(String id, String text, @Nullable String hint, List<Answer> answers) {
        public Question {
            answers = List.copyOf(answers);
        }

        public Optional<Answer> answer(String id) {
            return answers.stream().filter(a -> a.id().equals(id)).findFirst();
        }
    }

    /**
     * @param crisis choosing this answer puts the crisis help at the very top of the result
     */
    public record Answer(String id, String label, boolean crisis, List<Item> tell, List<Item> ask) {
        public Answer {
            tell = List.copyOf(tell);
            ask = List.copyOf(ask);
        }
    }

    /** A point for the list, and the page of the site that explains it. */
    public record Item(String text, String link) {
    }
}
