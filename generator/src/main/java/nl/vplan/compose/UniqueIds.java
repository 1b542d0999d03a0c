package nl.vplan.compose;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.vplan.convert.Body;
import nl.vplan.convert.Segment;

/** Keeps element ids unique on a page that joins several parts (an audience page): a repeated id gets "-2", "-3", … */
final class UniqueIds {

    private UniqueIds() {
    }

    /** {@code body}, whose elements carry {@code ids}, with each id already in {@code used} renamed; adds its ids to {@code used}. */
    static Body within(Body body, List<String> ids, Set<String> used) {
        java.util.Map<String, String> renamed = new java.util.HashMap<>();
        for (String id : ids) {
            if (!used.add(id)) {
                int n = 2;
                while (!used.add(id + "-" + n)) {
                    n++;
                }
                renamed.put(id, id + "-" + n);
            }
        }
        if (renamed.isEmpty()) {
            return body;
        }
        return new Body(body.segments().stream().map(s -> s instanceof Segment.Markup m ? rename(m, renamed) : s)
                .collect(Collectors.toList()));
    }

    private static Segment rename(Segment.Markup markup, java.util.Map<String, String> renamed) {
        String html = markup.html();
        for (var e : renamed.entrySet()) {
            html = html.replace(" id=\"" + e.getKey() + "\"", " id=\"" + e.getValue() + "\"");
        }
        return new Segment.Markup(html);
    }
}
