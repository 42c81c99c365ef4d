package org.ketamineinfo.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ketamineinfo.content.PrepareTool.Answer;
import org.ketamineinfo.content.PrepareTool.Item;
import org.ketamineinfo.content.PrepareTool.Question;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads and checks {@code content/prepare.yml}: every problem at its line, every link to a page (and
 * heading) the site publishes, and a question whose answer leads with the crisis help.
 */
final class PrepareFile {

    private static final Set<String> TOP_FIELDS = Set.of("questions", "standing");
    private static final Set<String> QUESTION_FIELDS = Set.of("id", "question", "hint", "answers");
    private static final Set<String> ANSWER_FIELDS = Set.of("id", "label", "crisis", "tell", "ask");
    private static final Set<String> ITEM_FIELDS = Set.of("text", "link");

    /** A link as written, and its line, for checking once the pages are known. */
    record Link(String url, int line) {
    }

    /** @param tool null when the file has problems of its own */
    record Parsed(@Nullable PrepareTool tool, List<Link> links, List<ContentProblem> problems) {
    }

    private PrepareFile() {
    }

    static Parsed parse(String file, @Nullable Node root, List<ContentProblem> problems) {
        List<Link> links = new ArrayList<>();
        if (root == null) {
            return new Parsed(null, links, problems);
        }
        Fields top = Fields.of(root, TOP_FIELDS, file, 1, problems, "prepare.yml");
        if (top == null) {
            return new Parsed(null, links, problems);
        }
        List<Question> questions = new ArrayList<>();
        Set<String> questionIds = new HashSet<>();
        boolean crisis = false;
        for (Fields q : top.objects("questions", true, QUESTION_FIELDS, "id: ...")) {
            String id = id(q, questionIds, "question");
            String text = q.text("question", true, 5, 200);
            String hint = q.text("hint", false, 5, 300);
            List<Answer> answers = new ArrayList<>();
            Set<String> answerIds = new HashSet<>();
            List<Fields> answerFields = q.objects("answers", true, ANSWER_FIELDS, "id: ...");
            if (answerFields.size() < 2 || answerFields.size() > 6) {
                q.problem("answers", "a question needs 2 to 6 answers (it has " + answerFields.size() + ")");
            }
            for (Fields a : answerFields) {
                String answerId = id(a, answerIds, "answer");
                String label = a.text("label", true, 1, 80);
                Boolean isCrisis = a.bool("crisis");
                crisis |= Boolean.TRUE.equals(isCrisis);
                List<Item> tell = items(a, "tell", links);
                List<Item> ask = items(a, "ask", links);
                if (answerId != null && label != null) {
                    answers.add(new Answer(answerId, label, Boolean.TRUE.equals(isCrisis), tell, ask));
                }
            }
            if (id != null && text != null) {
                questions.add(new Question(id, text, hint, answers));
            }
        }
        if (!crisis && problems.isEmpty()) {
            top.problem("questions", "no answer is marked 'crisis: true'; the tool must ask about thoughts of ending "
                    + "your life, and a 'yes' must put the crisis help at the top of the list");
        }
        List<Item> standing = items(top, "standing", links);
        return new Parsed(problems.isEmpty() ? new PrepareTool(questions, standing) : null, links, problems);
    }

    /** The page a link goes to: its address without the {@code #anchor}. */
    static String pathOf(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /**
     * Every link must lead to a published page, and an anchor to a heading on it.
     *
     * @param headingsByPath the heading ids of each published page, by its path
     */
    static List<ContentProblem> checkLinks(String file, List<Link> links, Map<String, Set<String>> headingsByPath) {
        List<ContentProblem> problems = new ArrayList<>();
        for (Link link : links) {
            String url = link.url();
            int hash = url.indexOf('#');
            Set<String> headings = headingsByPath.get(pathOf(url));
            if (headings == null) {
                problems.add(new ContentProblem(file, link.line(), "link to '" + url + "', which is not a published "
                        + "page; use an address such as /articles/side-effects-and-risks"));
            } else if (hash >= 0 && !headings.contains(url.substring(hash + 1))) {
                problems.add(new ContentProblem(file, link.line(), "link to '" + url + "': that page has no heading "
                        + "with the anchor '" + url.substring(hash + 1) + "'; check it against the page's contents"));
            }
        }
        return problems;
    }

    private static @Nullable String id(Fields f, Set<String> seen, String what) {
        String id = f.text("id", true, 1, 40);
        if (id == null) {
            return null;
        }
        if (!ContentLoader.SLUG.matcher(id).matches()) {
            f.problem("id", "'" + id + "' is not a valid " + what + " id; use lower-case letters, digits and hyphens");
            return null;
        }
        if (!seen.add(id)) {
            f.problem("id", "the " + what + " id '" + id + "' is used twice; each must be different");
            return null;
        }
        return id;
    }

    private static List<Item> items(Fields f, String key, List<Link> links) {
        List<Item> items = new ArrayList<>();
        for (Fields item : f.objects(key, false, ITEM_FIELDS, "text: ...")) {
            String text = item.text("text", true, 5, 300);
            String link = item.text("link", true, 1, 200);
            if (link != null && !link.startsWith("/")) {
                item.problem("link", "'" + link + "' must be an address on this site, starting with /");
                link = null;
            }
            if (link != null) {
                links.add(new Link(link, item.lineOf("link")));
            }
            if (text != null && link != null) {
                items.add(new Item(text, link));
            }
        }
        return items;
    }
}
