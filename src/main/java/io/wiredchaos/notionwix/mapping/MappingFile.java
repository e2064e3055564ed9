package io.wiredchaos.notionwix.mapping;

import io.wiredchaos.notionwix.mapping.content.PageIds;
import io.wiredchaos.notionwix.notion.api.NotionDataSource;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The optional YAML mapping file ({@code SYNC_MAPPING_FILE}; format in docs/mapping.md). {@link #load} parses it
 * and validates it against the Notion schemas and the Wix collections in one pass, returning every problem
 * with its line and a hint; it never throws, malformed YAML included.
 */
public final class MappingFile {

  /** The resolved mappings (one per data source → collection pair) and all problems; use them only if {@link #ok()}. */
  public record Loaded(List<FieldMapping> mappings, List<MappingProblem> problems) {

    public boolean ok() {
      return problems.isEmpty();
    }
  }

  static final Set<String> TOP_KEYS = Set.of("version", "mappings");
  static final Set<String> MAPPING_KEYS = Set.of("dataSource", "collection", "publish", "defaults", "fields");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private MappingFile() {}

  /**
   * @param yaml the file's text
   * @param fileName for messages
   * @param dataSources schemas of the data sources the file may name
   * @param collections Wix collections by id; a collection missing here is not checked against Wix
   */
  public static Loaded load(String yaml, String fileName, Collection<NotionDataSource> dataSources,
      Collection<CollectionSchema> collections) {
    Problems problems = new Problems(fileName);
    Node root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml == null ? "" : yaml));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      problems.add(mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
          "malformed YAML: " + e.getProblem(), e.getContext());
      return new Loaded(List.of(), problems.list());
    } catch (YAMLException e) {
      problems.add(0, 0, "malformed YAML: " + e.getMessage(), null);
      return new Loaded(List.of(), problems.list());
    }
    if (root == null) {
      problems.add(1, 1, "the mapping file is empty", "add a \"mappings:\" list (see docs/mapping.md)");
      return new Loaded(List.of(), problems.list());
    }
    problems.unknownKeys(root, TOP_KEYS, "top-level key");
    Node mappingsNode = problems.child(root, "mappings");
    if (!(mappingsNode instanceof SequenceNode sequence)) {
      problems.add(YamlNodes.line(mappingsNode == null ? root : mappingsNode), 1,
          "\"mappings\" must be a list of data source → collection pairs", "start each entry with \"- dataSource:\"");
      return new Loaded(List.of(), problems.list());
    }
    List<FieldMapping> mappings = new ArrayList<>();
    for (Node entry : sequence.getValue()) {
      FieldMapping mapping = mapping(entry, dataSources, collections, problems);
      if (mapping != null) {
        mappings.add(mapping);
      }
    }
    return new Loaded(List.copyOf(mappings), problems.list());
  }

  private static FieldMapping mapping(Node entry, Collection<NotionDataSource> dataSources,
      Collection<CollectionSchema> collections, Problems problems) {
    problems.unknownKeys(entry, MAPPING_KEYS, "key");
    Node dsNode = problems.child(entry, "dataSource");
    String dsName = YamlNodes.text(dsNode);
    if (dsName == null) {
      problems.add(YamlNodes.line(entry), YamlNodes.column(entry), "mapping has no dataSource",
          "add \"dataSource: <Notion data source id>\"");
      return null;
    }
    NotionDataSource dataSource = find(dsName, dataSources);
    if (dataSource == null) {
      problems.add(YamlNodes.line(dsNode), YamlNodes.column(dsNode), "unknown data source \"" + dsName + "\"",
          Suggestions.hint(dsName, dataSources.stream().flatMap(d -> java.util.stream.Stream.of(d.id(), d.title()))
              .filter(java.util.Objects::nonNull).toList()));
      return null;
    }
    String collectionId = YamlNodes.text(problems.child(entry, "collection"));
    if (collectionId == null) {
      problems.add(YamlNodes.line(entry), YamlNodes.column(entry), "mapping of " + dsName + " has no collection",
          "add \"collection: <Wix collection id>\"");
      return null;
    }
    CollectionSchema collection = collections.stream().filter(c -> c.id().equals(collectionId)).findFirst().orElse(null);
    List<FieldRule> fields = new FieldResolver(dataSource, collection, problems)
        .resolve(problems.child(entry, "fields"), Boolean.TRUE.equals(YamlNodes.value(problems.child(entry, "defaults"))));
    PublishRule publish = publish(problems.child(entry, "publish"), dataSource, problems);
    return new FieldMapping(dataSource.id(), collectionId, fields, publish);
  }

  /** The publish filter: a Notion filter expression whose property names are checked against the schema. */
  private static PublishRule publish(Node node, NotionDataSource dataSource, Problems problems) {
    if (node == null) {
      return PublishRule.defaults(dataSource);
    }
    if ("all".equals(YamlNodes.text(node))) {
      return new PublishRule(null);
    }
    checkFilterProperties(node, dataSource, problems);
    JsonNode filter = JSON.valueToTree(YamlNodes.value(node));
    StatusConditions.checkGroups(node, filter, StatusGroups.of(dataSource), problems);
    return PublishRule.of(filter, dataSource);
  }

  private static void checkFilterProperties(Node node, NotionDataSource dataSource, Problems problems) {
    for (NodeTuple t : YamlNodes.entries(node)) {
      if ("property".equals(YamlNodes.text(t.getKeyNode()))) {
        String name = YamlNodes.text(t.getValueNode());
        if (name != null && FieldResolver.findProperty(dataSource, name) == null) {
          problems.add(YamlNodes.line(t.getValueNode()), YamlNodes.column(t.getValueNode()),
              "unknown property \"" + name + "\" in publish filter", Suggestions.hint(name, names(dataSource)));
        }
      }
      checkFilterProperties(t.getValueNode(), dataSource, problems);
    }
    if (node instanceof SequenceNode s) {
      s.getValue().forEach(n -> checkFilterProperties(n, dataSource, problems));
    }
  }

  static List<String> names(NotionDataSource dataSource) {
    return dataSource.properties() == null ? List.of() : List.copyOf(dataSource.properties().keySet());
  }

  private static NotionDataSource find(String name, Collection<NotionDataSource> dataSources) {
    String normalized = PageIds.normalize(name);
    for (NotionDataSource d : dataSources) {
      if (name.equals(d.id()) || normalized != null && normalized.equals(PageIds.normalize(d.id()))
          || name.equals(d.title())) {
        return d;
      }
    }
    return null;
  }

  /** Collects problems in file order. */
  static final class Problems {
    private final String file;
    private final List<MappingProblem> list = new ArrayList<>();

    Problems(String file) {
      this.file = file;
    }

    void add(int line, int column, String message, String hint) {
      list.add(new MappingProblem(file, line, column, message, hint));
    }

    void at(Node node, String message, String hint) {
      add(YamlNodes.line(node), YamlNodes.column(node), message, hint);
    }

    List<MappingProblem> list() {
      List<MappingProblem> sorted = new ArrayList<>(list);
      sorted.sort(java.util.Comparator.comparingInt(MappingProblem::line).thenComparingInt(MappingProblem::column));
      return List.copyOf(sorted);
    }

    Node child(Node mapping, String key) {
      for (NodeTuple t : YamlNodes.entries(mapping)) {
        if (key.equals(YamlNodes.text(t.getKeyNode()))) {
          return t.getValueNode();
        }
      }
      return null;
    }

    void unknownKeys(Node mapping, Set<String> allowed, String what) {
      if (!(mapping instanceof org.yaml.snakeyaml.nodes.MappingNode)) {
        at(mapping, "expected a mapping of keys to values", null);
        return;
      }
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (NodeTuple t : YamlNodes.entries(mapping)) {
        String key = YamlNodes.text(t.getKeyNode());
        if (key != null && !seen.add(key)) {
          at(t.getKeyNode(), "duplicate " + what + " \"" + key + "\"", "keep one");
        } else if (key == null || !allowed.contains(key)) {
          at(t.getKeyNode(), "unknown " + what + " \"" + key + "\"", Suggestions.hint(String.valueOf(key), allowed));
        }
      }
    }
  }

  static Map<String, JsonNode> schema(NotionDataSource d) {
    return d.properties() == null ? Map.of() : d.properties();
  }
}
