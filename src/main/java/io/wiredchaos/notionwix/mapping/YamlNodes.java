package io.wiredchaos.notionwix.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads SnakeYAML's composed node tree (which keeps every node's position) without constructing objects:
 * no arbitrary types can be instantiated from the mapping file, and every problem can name its line.
 */
final class YamlNodes {

  private YamlNodes() {}

  static int line(Node node) {
    return node == null ? 0 : node.getStartMark().getLine() + 1;
  }

  static int column(Node node) {
    return node == null ? 0 : node.getStartMark().getColumn() + 1;
  }

  /** Scalar text, or null for non-scalars and YAML null. */
  static String text(Node node) {
    return node instanceof ScalarNode s && !Tag.NULL.equals(s.getTag()) ? s.getValue() : null;
  }

  /** The key/value tuples of a mapping node (empty for anything else), in file order. */
  static List<NodeTuple> entries(Node node) {
    return node instanceof MappingNode m ? m.getValue() : List.of();
  }

  /** Plain Java value of a node: Map, List, String, Long, Double, Boolean or null (YAML core schema tags). */
  static Object value(Node node) {
    if (node instanceof MappingNode m) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (NodeTuple t : m.getValue()) {
        map.put(String.valueOf(text(t.getKeyNode())), value(t.getValueNode()));
      }
      return map;
    }
    if (node instanceof SequenceNode s) {
      List<Object> list = new ArrayList<>();
      s.getValue().forEach(n -> list.add(value(n)));
      return list;
    }
    if (!(node instanceof ScalarNode scalar) || Tag.NULL.equals(scalar.getTag())) {
      return null;
    }
    String v = scalar.getValue();
    try {
      if (Tag.INT.equals(scalar.getTag())) {
        return Long.parseLong(v.replace("_", ""));
      }
      if (Tag.FLOAT.equals(scalar.getTag())) {
        return Double.parseDouble(v.replace("_", ""));
      }
    } catch (NumberFormatException e) {
      return v;
    }
    if (Tag.BOOL.equals(scalar.getTag())) {
      return Boolean.parseBoolean(v.toLowerCase(java.util.Locale.ROOT)) || v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("on");
    }
    return v;
  }
}
