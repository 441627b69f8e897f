package org.hedgerow.faults;

import java.math.BigInteger;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What an attacker or a broken client sends in place of a value: query-language injection (Cypher and Lucene, as
 * search and every lookup go to Neo4j), control characters and NUL, a right-to-left override, very long text, numbers
 * out of every range, and values of the wrong JSON type. Each is a JSON value for bodies and, through
 * {@link #asText}, the text of a path, query or header parameter.
 */
final class HostileValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Written in place of a number, then replaced by the bare token NaN: not JSON, as a broken client might send. */
    static final String RAW_NAN = "__hostile_raw_nan__";

    /** Fifteen, so that each of the five callers sends three of them to every input and the input meets them all. */
    static final List<JsonNode> ALL = List.of(
            NODES.stringNode("' OR 1=1 //"),
            NODES.stringNode("\"}) DETACH DELETE n //"),
            NODES.stringNode("*:*"),
            NODES.stringNode("title:(a OR"),
            NODES.stringNode("\u0001\u0007\u001b[31m\r\n\t\u007f"),
            NODES.stringNode("a\u0000b"),
            NODES.stringNode("\u202Egnp.exe\u202C"),
            NODES.stringNode("x".repeat(100_000)),
            NODES.stringNode(""),
            NODES.numberNode(-1),
            NODES.numberNode(new BigInteger("9223372036854775808")),
            NODES.numberNode(1e308),
            NODES.stringNode(RAW_NAN),
            NODES.stringNode("12abc"),
            NODES.objectNode().put("a", 1));

    private HostileValues() {
    }

    /** The value as a parameter's text: a string as it is, anything else as its JSON. */
    static String asText(JsonNode value) {
        if (value.isString()) {
            return RAW_NAN.equals(value.asString()) ? "NaN" : value.asString();
        }
        return value.isNull() ? "null" : value.toString();
    }

    /** A short name for reports. */
    static String name(JsonNode value) {
        String text = asText(value);
        return text.length() > 24 ? text.substring(0, 12) + "…(" + text.length() + ")" : text;
    }
}
