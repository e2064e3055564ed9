package io.wiredchaos.notionwix.store;

import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** JSON text for what the journal keeps: item data maps and run reports. */
final class JsonCodec {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private final JsonMapper mapper;

  JsonCodec(JsonMapper mapper) {
    this.mapper = mapper;
  }

  String write(Object value) {
    return value == null ? null : mapper.writeValueAsString(value);
  }

  Map<String, Object> readMap(String json) {
    return json == null ? null : mapper.readValue(json, MAP);
  }

  <T> T read(String json, Class<T> type) {
    return json == null ? null : mapper.readValue(json, type);
  }
}
