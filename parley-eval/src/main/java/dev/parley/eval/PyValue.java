package dev.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * JSON values as {@code score.py} sees them after {@code json.load}: truth, {@code str()},
 * {@code repr()}, equality, iteration and membership. A Java {@code null}, a missing node and
 * JSON {@code null} are all Python's {@code None}. Where Python would stop with a
 * {@code TypeError}, a {@link ScoreInputException} names the offending type. Stateless.
 */
final class PyValue {
  private static final Object NONE_KEY = new Object();

  private PyValue() {}

  static boolean isNone(JsonNode value) {
    return value == null || value.isNull() || value.isMissingNode();
  }

  static boolean truthy(JsonNode value) {
    if (isNone(value)) {
      return false;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isIntegralNumber()) {
      return value.bigIntegerValue().signum() != 0;
    }
    if (value.isNumber()) {
      return value.doubleValue() != 0; // NaN is true, as in Python
    }
    if (value.isTextual()) {
      return !value.textValue().isEmpty();
    }
    return value.size() > 0;
  }

  static String str(JsonNode value) {
    return value != null && value.isTextual() ? value.textValue() : repr(value);
  }

  static String repr(JsonNode value) {
    if (isNone(value)) {
      return "None";
    }
    if (value.isTextual()) {
      return PyText.repr(value.textValue());
    }
    if (value.isBoolean()) {
      return value.booleanValue() ? "True" : "False";
    }
    if (value.isIntegralNumber()) {
      return value.bigIntegerValue().toString();
    }
    if (value.isNumber()) {
      return PyNumber.repr(value.doubleValue());
    }
    if (value.isArray()) {
      return StreamSupport.stream(value.spliterator(), false)
          .map(PyValue::repr)
          .collect(Collectors.joining(", ", "[", "]"));
    }
    return value.propertyStream()
        .map(e -> PyText.repr(e.getKey()) + ": " + repr(e.getValue()))
        .collect(Collectors.joining(", ", "{", "}"));
  }

  /** The string itself, or the error Python raises where it calls a string method on a non-string. */
  static String text(JsonNode value, String what) {
    if (value == null || !value.isTextual()) {
      throw new ScoreInputException(what + " is not a string: " + repr(value));
    }
    return value.textValue();
  }

  /** {@code value == text}. */
  static boolean isText(JsonNode value, String text) {
    return value != null && value.isTextual() && value.textValue().equals(text);
  }

  /**
   * A key that is equal for values Python finds equal: {@code 1 == 1.0 == True}, and a string
   * never equals a number. A NaN equals nothing, as two NaNs read from JSON are distinct floats.
   */
  static Object key(JsonNode value) {
    if (isNone(value)) {
      return NONE_KEY;
    }
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isBoolean()) {
      return value.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    if (value.isIntegralNumber()) {
      return new BigDecimal(value.bigIntegerValue()).stripTrailingZeros();
    }
    if (value.isNumber()) {
      double d = value.doubleValue();
      if (Double.isNaN(d)) {
        return new Object();
      }
      return Double.isInfinite(d) ? d : new BigDecimal(d).stripTrailingZeros();
    }
    throw new ScoreInputException("unhashable type: '" + typeName(value) + "'");
  }

  /** {@code value in {first} | set(alternatives or [])}. */
  static boolean oneOf(JsonNode value, JsonNode first, JsonNode alternatives) {
    Set<Object> allowed = new HashSet<>();
    allowed.add(key(first));
    iterate(alternatives).forEach(a -> allowed.add(key(a)));
    return allowed.contains(key(value));
  }

  /**
   * The items of {@code for x in (value or [])}: a list's elements, a string's characters, an
   * object's keys.
   */
  static List<JsonNode> iterate(JsonNode value) {
    List<JsonNode> items = new ArrayList<>();
    if (!truthy(value)) {
      return items;
    }
    if (value.isArray()) {
      value.forEach(items::add);
    } else if (value.isTextual()) {
      value.textValue().codePoints().forEach(c -> items.add(TextNode.valueOf(Character.toString(c))));
    } else if (value.isObject()) {
      value.propertyStream().forEach(e -> items.add(TextNode.valueOf(e.getKey())));
    } else {
      throw new ScoreInputException("'" + typeName(value) + "' object is not iterable");
    }
    return items;
  }

  /** {@code item in (container or "")}: a substring, a list element or an object key. */
  static boolean contains(JsonNode container, String item) {
    if (!truthy(container)) {
      return false;
    }
    if (container.isTextual()) {
      return container.textValue().contains(item);
    }
    if (container.isObject()) {
      return container.has(item);
    }
    return iterate(container).stream().anyMatch(element -> isText(element, item));
  }

  private static String typeName(JsonNode value) {
    if (value.isBoolean()) {
      return "bool";
    }
    if (value.isIntegralNumber()) {
      return "int";
    }
    if (value.isNumber()) {
      return "float";
    }
    return value.isArray() ? "list" : "dict";
  }
}
