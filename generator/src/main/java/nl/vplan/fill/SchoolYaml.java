package nl.vplan.fill;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The text of a school.yml, edited in place: only the entries that change are rewritten, so the
 * comments, blank lines, key order and quoting a policy writer chose stay as they were. The text is
 * parsed again (with positions) before each edit, which for a file of some kilobytes costs nothing.
 */
final class SchoolYaml {

    /** A value that YAML reads back as the same text without quotes (and that needs none in a flow). */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .'()/&+@_-]*[\\p{L}\\p{N}.')]|[\\p{L}\\p{N}]");
    private static final Resolver RESOLVER = new Resolver();

    private final String bom;
    private final String newline;
    private String text;

    SchoolYaml(String text) {
        this.bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
        this.text = text.substring(bom.length());
        this.newline = text.contains("\r\n") ? "\r\n" : "\n";
    }

    String text() {
        return bom + text;
    }

    /** The text values of the mapping {@code section} (velden, keuzes), in file order. */
    Map<String, String> values(String section) {
        Map<String, String> values = new LinkedHashMap<>();
        entry(root(), section).map(NodeTuple::getValueNode).filter(MappingNode.class::isInstance)
                .ifPresent(node -> ((MappingNode) node).getValue().forEach(t -> {
                    if (t.getKeyNode() instanceof ScalarNode k && t.getValueNode() instanceof ScalarNode v) {
                        values.put(k.getValue(), v.getTag() == Tag.NULL ? "" : v.getValue());
                    }
                }));
        return values;
    }

    /** The items of the list {@code section}/{@code key} (onderdelen/uit). */
    List<String> list(String section, String key) {
        List<String> items = new ArrayList<>();
        entry(root(), section).map(NodeTuple::getValueNode).flatMap(n -> entry(n, key)).map(NodeTuple::getValueNode)
                .ifPresent(node -> {
                    if (node instanceof SequenceNode seq) {
                        seq.getValue().forEach(item -> items.add(((ScalarNode) item).getValue()));
                    } else if (node instanceof ScalarNode s && s.getTag() != Tag.NULL) {
                        items.add(s.getValue());
                    }
                });
        return items;
    }

    /**
     * Sets {@code section}/{@code key} to {@code value}, or removes the entry when {@code value} is
     * empty. A new key goes after the nearest key that comes before it in {@code order}.
     */
    void set(String section, String key, String value, List<String> order) {
        Optional<NodeTuple> sectionEntry = entry(root(), section);
        if (sectionEntry.isEmpty()) {
            if (!value.isEmpty()) {
                appendSection(section, key, value);
            }
            return;
        }
        Node mapping = sectionEntry.get().getValueNode();
        if (mapping instanceof ScalarNode s && s.getTag() == Tag.NULL) {
            if (!value.isEmpty()) {
                insertLine(lineAfter(sectionEntry.get().getKeyNode()), "  " + key + ": " + scalar(value, false));
            }
            return;
        }
        if (!(mapping instanceof MappingNode map)) {
            throw new IllegalStateException("'" + section + "' is geen lijst van sleutels en waarden");
        }
        if (map.getFlowStyle() == org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW) {
            Map<String, String> entries = new LinkedHashMap<>(values(section));
            if (value.isEmpty()) {
                entries.remove(key);
            } else {
                entries.put(key, value);
            }
            replace(map, flowMapping(entries));
            return;
        }
        Optional<NodeTuple> existing = entry(map, key);
        if (existing.isPresent()) {
            if (value.isEmpty()) {
                removeLines(existing.get().getKeyNode(), existing.get().getValueNode());
            } else {
                ScalarNode old = (ScalarNode) existing.get().getValueNode();
                if (!old.getValue().equals(value) || old.getTag() == Tag.NULL) {
                    replaceValue(old, scalar(value, old.getScalarStyle() != org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN));
                }
            }
        } else if (!value.isEmpty()) {
            insertEntry(map, key, scalar(value, false), order);
        }
    }

    /** Sets the parts switched off and on ({@code onderdelen: {uit: […], aan: […]}}), dropping the entry when both are empty. */
    void setParts(Collection<String> off, Collection<String> on) {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        if (!off.isEmpty()) {
            parts.put("uit", List.copyOf(off));
        }
        if (!on.isEmpty()) {
            parts.put("aan", List.copyOf(on));
        }
        StringBuilder flow = new StringBuilder("{");
        parts.forEach((k, ids) -> flow.append(flow.length() > 1 ? ", " : "").append(k).append(": [")
                .append(String.join(", ", ids)).append(']'));
        flow.append('}');
        Optional<NodeTuple> entry = entry(root(), "onderdelen");
        if (entry.isEmpty()) {
            if (!parts.isEmpty()) {
                appendLine("onderdelen: " + flow);
            }
        } else if (parts.isEmpty()) {
            removeLines(entry.get().getKeyNode(), entry.get().getValueNode());
        } else {
            int from = index(entry.get().getKeyNode().getEndMark());
            int to = index(entry.get().getValueNode().getEndMark());
            String tail = text.substring(from, to).endsWith("\n") ? newline : "";
            text = text.substring(0, from) + ": " + flow + tail + text.substring(to);
        }
    }

    // ---- reading

    private MappingNode root() {
        Node node = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        if (!(node instanceof MappingNode map)) {
            throw new IllegalStateException("school.yml is geen lijst van sleutels en waarden");
        }
        return map;
    }

    private static Optional<NodeTuple> entry(Node mapping, String key) {
        if (!(mapping instanceof MappingNode map)) {
            return Optional.empty();
        }
        return map.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key))
                .findFirst();
    }

    /** A position in {@link #text} from a mark (which counts code points). */
    private int index(org.yaml.snakeyaml.error.Mark mark) {
        return text.offsetByCodePoints(0, mark.getIndex());
    }

    // ---- writing

    /** Replaces a scalar value; an empty value ({@code key:}) gets a space before its new value. */
    private void replaceValue(ScalarNode old, String rendered) {
        int from = index(old.getStartMark());
        int to = index(old.getEndMark());
        String before = from > 0 && text.charAt(from - 1) == ':' ? " " : "";
        String tail = to > from && text.charAt(to - 1) == '\n' ? newline : ""; // a block scalar ends with its line break
        text = text.substring(0, from) + before + rendered + tail + text.substring(to);
    }

    private void replace(Node node, String rendered) {
        int from = index(node.getStartMark());
        int to = index(node.getEndMark());
        text = text.substring(0, from) + rendered + text.substring(to);
    }

    private void insertEntry(MappingNode map, String key, String rendered, List<String> order) {
        int rank = order.indexOf(key);
        NodeTuple after = null;
        int best = -1;
        for (NodeTuple t : map.getValue()) {
            int r = order.indexOf(((ScalarNode) t.getKeyNode()).getValue());
            if (r >= 0 && r < rank && r > best) {
                best = r;
                after = t;
            }
        }
        NodeTuple first = map.getValue().get(0);
        String indent = " ".repeat(first.getKeyNode().getStartMark().getColumn());
        int at = after == null ? lineStart(index(first.getKeyNode().getStartMark())) : lineAfter(after.getValueNode());
        insertLine(at, indent + key + ": " + rendered);
    }

    /** The start of the line after the one {@code node} ends on (a block value may end at a line start already). */
    private int lineAfter(Node node) {
        int end = index(node.getEndMark());
        if (end > 0 && text.charAt(end - 1) == '\n') {
            return end;
        }
        int nl = text.indexOf('\n', end);
        if (nl < 0) {
            text = text + newline;
            return text.length();
        }
        return nl + 1;
    }

    private int lineStart(int index) {
        return text.lastIndexOf('\n', index - 1) + 1;
    }

    private void insertLine(int at, String line) {
        text = text.substring(0, at) + line + newline + text.substring(at);
    }

    private void removeLines(Node key, Node value) {
        int from = lineStart(index(key.getStartMark()));
        int to = lineAfter(value);
        text = text.substring(0, from) + text.substring(to);
    }

    private void appendLine(String line) {
        if (!text.isEmpty() && !text.endsWith("\n")) {
            text += newline;
        }
        text += line + newline;
    }

    private void appendSection(String section, String key, String value) {
        appendLine(section + ":");
        appendLine("  " + key + ": " + scalar(value, false));
    }

    private static String flowMapping(Map<String, String> entries) {
        StringBuilder flow = new StringBuilder("{");
        entries.forEach((k, v) -> flow.append(flow.length() > 1 ? ", " : "").append(k).append(": ").append(scalar(v, false)));
        return flow.append('}').toString();
    }

    /**
     * A value as YAML that reads back as exactly this text: plain when that is safe (a name, an
     * address without colons), else double-quoted with escapes; quoted too when {@code quoted}.
     */
    static String scalar(String value, boolean quoted) {
        if (!quoted && PLAIN.matcher(value).matches() && RESOLVER.resolve(NodeId.scalar, value, true).equals(Tag.STR)) {
            return value;
        }
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
