package org.hedgerow.search;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What someone typed into the search box, as plain words, turned into a full-text (Lucene) query that
 * cannot be anything else. Only runs of letters and digits are kept (with apostrophes inside a word, as
 * in "men's"); everything Lucene would read as syntax (quotes, wildcards, fuzzy and range markers, field
 * names, boolean operators, brackets, slashes, backslashes) is dropped before the query is written, and
 * words are lower-cased so that "AND", "OR" and "NOT" are words, not operators. Each word of three or
 * more letters also matches as the start of a longer one ("walk" finds "walking"); exact matches score
 * higher. Every word must match except little ones ("the", "and", single letters), which only help the
 * ranking. The result is passed to Cypher as a parameter, never written into a statement. Public so that every
 * full-text search of the directory (the Open Referral feed's {@code search}) reads words the same safe way.
 */
public final class SearchWords {

    /** Beyond this many words a query gets slower without getting more precise. */
    static final int MOST_WORDS = 12;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*(?:['’][\\p{L}\\p{N}\\p{M}]+)*");

    private static final Set<String> LITTLE_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by",
            "for", "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their",
            "then", "there", "these", "they", "this", "to", "was", "will", "with");

    private static final String LUCENE_SYNTAX = "\\+-!():^[]\"{}~*?|&/'’";

    private SearchWords() {
    }

    /** The Lucene query for these words; empty when the text holds no word to search for. */
    public static Optional<String> luceneQuery(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        var words = new LinkedHashSet<String>();
        var matcher = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (matcher.find() && words.size() < MOST_WORDS) {
            words.add(matcher.group());
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(words.stream().map(SearchWords::clause).collect(Collectors.joining(" ")));
    }

    private static String clause(String word) {
        String term = escape(word);
        if (LITTLE_WORDS.contains(word) || word.codePointCount(0, word.length()) < 2) {
            return term;
        }
        if (word.codePointCount(0, word.length()) < 3) {
            return "+" + term;
        }
        return "+(" + term + " " + term + "*)";
    }

    /** Backslash before every character Lucene's query parser would read as syntax (defence in depth). */
    static String escape(String word) {
        var escaped = new StringBuilder(word.length() + 4);
        word.codePoints().forEach(c -> {
            if (c < 0x10000 && LUCENE_SYNTAX.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.appendCodePoint(c);
        });
        return escaped.toString();
    }
}
