package io.wiredchaos.notionwix.mapping;

import io.wiredchaos.notionwix.mapping.content.Json;
import io.wiredchaos.notionwix.notion.api.NotionDataSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import tools.jackson.databind.JsonNode;

/**
 * Resolves the {@code fields:} of one mapping against the Notion schema and the Wix collection, storing
 * property ids (renames in Notion keep working) and reporting every problem with its line and a hint.
 */
final class FieldResolver {

  static final Set<String> FIELD_KEYS = Set.of("property", "source", "type", "transform", "required", "default");
  private static final Set<String> SOURCES = Set.of("property", "body", "excerpt", "cover", "slug");
  private static final Pattern KEY = Pattern.compile("^[A-Za-z][A-Za-z0-9_]*$");
  private static final Map<String, String> BOOKKEEPING = Map.of("notionPageId", "TEXT", "notionUrl", "URL",
      "notionLastEdited", "DATETIME", "syncHash", "TEXT");

  private final NotionDataSource dataSource;
  private final CollectionSchema collection;
  private final MappingFile.Problems problems;

  FieldResolver(NotionDataSource dataSource, CollectionSchema collection, MappingFile.Problems problems) {
    this.dataSource = dataSource;
    this.collection = collection;
    this.problems = problems;
  }

  List<FieldRule> resolve(Node fieldsNode, boolean defaults) {
    List<FieldRule> rules = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    if (fieldsNode == null && !defaults) {
      problems.add(0, 0, "mapping of " + dataSource.id() + " has no fields", "add \"fields:\" or \"defaults: true\"");
    }
    for (NodeTuple t : YamlNodes.entries(fieldsNode)) {
      String key = YamlNodes.text(t.getKeyNode());
      Node at = t.getKeyNode();
      if (key == null || !KEY.matcher(key).matches()) {
        problems.at(at, "field key \"" + key + "\" is not a valid Wix field key", "use letters, digits and _");
        continue;
      }
      if (!keys.add(key)) {
        problems.at(at, "field " + key + " is mapped twice", "keep one");
        continue;
      }
      if (BOOKKEEPING.containsKey(key)) {
        problems.at(at, "field " + key + " is written by the sync itself", "remove it from the mapping file");
        continue;
      }
      FieldRule rule = field(key, t.getValueNode(), at);
      if (rule != null) {
        rules.add(rule);
      }
    }
    if (defaults) {
      Set<String> mappedIds = new HashSet<>();
      rules.forEach(r -> mappedIds.add(r.propertyId()));
      for (FieldRule d : DefaultMapping.of(dataSource, collection == null ? null : collection.id()).fields()) {
        boolean taken = keys.contains(d.key()) || d.propertyId() != null && mappedIds.contains(d.propertyId());
        if (!taken) {
          rules.add(d);
          keys.add(d.key());
          checkWix(d, null, d.propertyType());
        }
      }
    }
    if (collection != null) {
      BOOKKEEPING.forEach((key, type) -> {
        if (!collection.fields().containsKey(key)) {
          problems.add(0, 0, "Wix collection " + collection.id() + " has no field " + key,
              "add it as " + type + " (the sync stores its bookkeeping there)");
        }
      });
    }
    return rules;
  }

  private FieldRule field(String key, Node spec, Node keyNode) {
    int line = YamlNodes.line(keyNode);
    Node propertyNode = spec instanceof MappingNode ? problems.child(spec, "property") : spec;
    if (spec instanceof MappingNode) {
      problems.unknownKeys(spec, FIELD_KEYS, "field option");
    }
    String sourceName = spec instanceof MappingNode ? YamlNodes.text(problems.child(spec, "source")) : null;
    FieldSource source = FieldSource.PROPERTY;
    if (sourceName != null) {
      if (!SOURCES.contains(sourceName)) {
        problems.at(problems.child(spec, "source"), "unknown source \"" + sourceName + "\"",
            Suggestions.hint(sourceName, SOURCES));
        return null;
      }
      source = FieldSource.valueOf(sourceName.toUpperCase(Locale.ROOT));
    }
    String propertyName = YamlNodes.text(propertyNode);
    JsonNode property = null;
    if (propertyName != null) {
      property = findProperty(dataSource, propertyName);
      if (property == null) {
        problems.at(propertyNode, "unknown property \"" + propertyName + "\"",
            Suggestions.hint(propertyName, MappingFile.names(dataSource)));
        return null;
      }
    } else if (source == FieldSource.PROPERTY) {
      problems.at(spec, "field " + key + " names no property", "add \"property: <Notion property name>\"");
      return null;
    }
    String notionType = property == null ? pageSourceType(source) : Json.text(property, "type");
    String wixType = wixType(spec);
    Transform transform = transform(spec, wixType, notionType);
    if (transform == null) {
      return null;
    }
    Object defaultValue = spec instanceof MappingNode ? YamlNodes.value(problems.child(spec, "default")) : null;
    boolean required = spec instanceof MappingNode
        && Boolean.TRUE.equals(YamlNodes.value(problems.child(spec, "required")));
    if (source == FieldSource.SLUG && transform == Transform.AUTO) {
      transform = Transform.SLUG;
    }
    if (source == FieldSource.BODY && transform == Transform.AUTO) {
      transform = Transform.RICOS;
    }
    String storedName = property == null ? null
        : Json.text(property, "name") != null ? Json.text(property, "name") : propertyName;
    FieldRule rule = new FieldRule(key, source, property == null ? null : Json.text(property, "id"),
        storedName, property == null ? null : notionType, transform,
        wixType, required, defaultValue, line);
    checkWix(rule, keyNode, notionType);
    return rule;
  }

  private String wixType(Node spec) {
    Node typeNode = spec instanceof MappingNode ? problems.child(spec, "type") : null;
    String type = YamlNodes.text(typeNode);
    if (type == null) {
      return null;
    }
    String upper = type.toUpperCase(Locale.ROOT);
    if (!WixTypes.ALL.contains(upper)) {
      problems.at(typeNode, "unknown Wix field type \"" + type + "\"", Suggestions.hint(upper, WixTypes.ALL));
      return null;
    }
    return upper;
  }

  private Transform transform(Node spec, String wixType, String notionType) {
    Node node = spec instanceof MappingNode ? problems.child(spec, "transform") : null;
    String name = YamlNodes.text(node);
    Transform t = name == null ? WixTypes.implied(wixType, notionType) : Transform.parse(name);
    if (t == null) {
      List<String> names = Arrays.stream(Transform.values())
          .map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
      problems.at(node, "unknown transform \"" + name + "\"", Suggestions.hint(name, names));
      return null;
    }
    if (name != null && !WixTypes.applies(notionType, t)) {
      problems.at(node, "transform " + name + " does not apply to a Notion " + notionType + " value", null);
      return null;
    }
    List<String> produced = WixTypes.produced(notionType, t);
    if (name != null && produced != null && wixType != null && !produced.contains(wixType)) {
      problems.at(node, "transform " + name + " does not produce a " + wixType + " value from a Notion "
          + notionType, null);
    }
    return t;
  }

  /** Checks the field against the Wix collection: it must exist and hold what the mapping produces. */
  private void checkWix(FieldRule rule, Node at, String notionType) {
    if (collection == null) {
      return;
    }
    String actual = collection.fields().get(rule.key());
    List<String> produced = rule.wixType() != null ? List.of(rule.wixType(), "ANY")
        : WixTypes.produced(notionType, rule.transform());
    if (actual == null) {
      problems.add(rule.line(), at == null ? 0 : YamlNodes.column(at), "field " + rule.key()
          + " does not exist in Wix collection " + collection.id(), "add it as "
          + (produced == null ? "ANY" : produced.getFirst()) + " or run sync with --create-collection");
      return;
    }
    if (produced != null && !produced.contains(actual)) {
      String fix = Arrays.stream(Transform.values()).filter(t -> {
        List<String> p = WixTypes.produced(notionType, t);
        return p != null && p.contains(actual);
      }).findFirst().map(t -> "add \"transform: " + t.name().toLowerCase(Locale.ROOT).replace('_', '-')
          + "\" or change the Wix field type").orElse("change the Wix field type to " + produced.getFirst());
      problems.add(rule.line(), at == null ? 0 : YamlNodes.column(at), "field " + rule.key() + " is " + actual
          + " in Wix but " + String.valueOf(notionType).toUpperCase(Locale.ROOT) + " in Notion", fix);
    }
  }

  private static String pageSourceType(FieldSource source) {
    return switch (source) {
      case BODY -> "rich_text";
      case EXCERPT, SLUG -> "rich_text";
      case COVER -> "files";
      case PROPERTY -> null;
    };
  }

  /** A schema property by exact name, then id, then case-insensitive name. */
  static JsonNode findProperty(NotionDataSource dataSource, String nameOrId) {
    Map<String, JsonNode> schema = MappingFile.schema(dataSource);
    if (schema.containsKey(nameOrId)) {
      return schema.get(nameOrId);
    }
    for (JsonNode p : schema.values()) {
      if (nameOrId.equals(Json.text(p, "id"))) {
        return p;
      }
    }
    return schema.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(nameOrId)).map(Map.Entry::getValue)
        .findFirst().orElse(null);
  }
}
