package org.hedgerow.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;

/**
 * Names each operation after what it does and to what ({@code listAccounts}, {@code getActivity},
 * {@code archiveNeed}, {@code outcomesInsightsCsv}), instead of springdoc's method names made unique with
 * counters ({@code list_10}, {@code get_7}) that change whenever a controller is added. Generated clients
 * name their functions after these, so they must say what they are and stay put.
 */
final class OperationIds {

    private OperationIds() {
    }

    static void name(OpenAPI api) {
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (operation.getOperationId() != null && path.startsWith("/api/")) {
                operation.setOperationId(of(method == PathItem.HttpMethod.POST, path,
                        operation.getOperationId().replaceFirst("_\\d+$", "")));
            }
        }));
    }

    /**
     * The handler's verb, then each word of the path that the verb does not already say, leaving out parameters;
     * a word is singular before an id, and at the end of a path that is posted to (one new thing).
     */
    static String of(boolean posted, String path, String verb) {
        String[] segments = path.substring("/api/".length()).split("/");
        var words = new ArrayList<String>();
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.startsWith("{")) {
                continue;
            }
            boolean csv = segment.endsWith(".csv");
            String word = csv ? segment.substring(0, segment.length() - ".csv".length()) : segment;
            boolean beforeId = i + 1 < segments.length && segments[i + 1].startsWith("{");
            boolean oneNew = posted && i == segments.length - 1;
            String said = verb.toLowerCase(Locale.ROOT);
            if (!said.contains(singular(word).replace("-", "").toLowerCase(Locale.ROOT))) {
                words.addAll(camelWords(beforeId || oneNew ? singular(word) : word));
            }
            if (csv) {
                words.add("Csv");
            }
        }
        return verb + String.join("", words);
    }

    private static List<String> camelWords(String segment) {
        var words = new ArrayList<String>();
        for (String part : segment.split("-")) {
            if (!part.isEmpty()) {
                words.add(part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1));
            }
        }
        return words;
    }

    private static String singular(String word) {
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }
}
