package org.ketamineinfo.prepare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.ketamineinfo.content.PrepareTool;
import org.ketamineinfo.content.PrepareTool.Answer;
import org.ketamineinfo.content.PrepareTool.Item;
import org.ketamineinfo.content.PrepareTool.Question;

/**
 * The reader's list: what to tell and what to ask, in the order of the questions, each point once,
 * then the questions worth asking anyone. It says nothing about whether ketamine suits the reader.
 *
 * @param crisis an answer asked for the crisis help to come first
 */
record Checklist(LocalDate prepared, boolean crisis, List<Point> tell, List<Point> ask, List<Point> standing) {

    /** A point on the list, with the title of the page that explains it. */
    record Point(String text, String href, String readMore) {
    }

    /** @param titleOf the title of the page at a site path (without its #anchor) */
    static Checklist of(PrepareTool tool, Map<Question, Answer> chosen, LocalDate today,
            Function<String, String> titleOf) {
        Set<Item> tell = new LinkedHashSet<>();
        Set<Item> ask = new LinkedHashSet<>();
        boolean crisis = false;
        for (Answer answer : chosen.values()) {
            crisis |= answer.crisis();
            tell.addAll(answer.tell());
            ask.addAll(answer.ask());
        }
        List<Item> standing = new ArrayList<>(tool.standing());
        standing.removeAll(ask); // a point the reader's answers already raised is not asked twice
        return new Checklist(today, crisis, points(tell, titleOf), points(ask, titleOf), points(standing, titleOf));
    }

    private static List<Point> points(java.util.Collection<Item> items, Function<String, String> titleOf) {
        return items.stream().map(item -> new Point(item.text(), item.link(),
                titleOf.apply(item.link().replaceAll("#.*$", "")))).toList();
    }
}
