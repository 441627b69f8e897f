package org.hedgerow.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchWordsTests {

    @Test
    void everyWordMustMatchItselfOrALongerWordItBegins() {
        assertThat(SearchWords.luceneQuery("Canal Walk")).contains("+(canal canal*) +(walk walk*)");
    }

    @Test
    void littleWordsAndSingleLettersOnlyHelpTheRanking() {
        assertThat(SearchWords.luceneQuery("a walk in the park")).contains("a +(walk walk*) in the +(park park*)");
        assertThat(SearchWords.luceneQuery("x")).contains("x");
    }

    @Test
    void twoLetterWordsMustMatchExactly() {
        assertThat(SearchWords.luceneQuery("tai chi go")).contains("+(tai tai*) +(chi chi*) +go");
    }

    @Test
    void luceneSyntaxIsDroppedAndOperatorsBecomeWords() {
        assertThat(SearchWords.luceneQuery("\"walk\" AND (name:choir OR -canal*)~2 \\ / [a TO z]"))
                .contains("+(walk walk*) and +(name name*) +(choir choir*) or +(canal canal*) 2 a to z");
        assertThat(SearchWords.luceneQuery("NOT")).contains("not");
    }

    @Test
    void apostrophesInsideWordsStayEscaped() {
        assertThat(SearchWords.luceneQuery("Men's shed")).contains("+(men\\'s men\\'s*) +(shed shed*)");
        assertThat(SearchWords.luceneQuery("men’s")).contains("+(men\\'s men\\'s*)");
        assertThat(SearchWords.luceneQuery("'walk'")).contains("+(walk walk*)");
    }

    @Test
    void lettersOfAnyScriptAreWords() {
        assertThat(SearchWords.luceneQuery("Café Ünïcödé")).contains("+(café café*) +(ünïcödé ünïcödé*)");
        assertThat(SearchWords.luceneQuery("散歩")).contains("+散歩");
    }

    @Test
    void textWithNoWordsIsNoTextFilter() {
        assertThat(SearchWords.luceneQuery(null)).isEmpty();
        assertThat(SearchWords.luceneQuery("   ")).isEmpty();
        assertThat(SearchWords.luceneQuery("*?~:()[]{}\\/\"'^!&|+-")).isEmpty();
        assertThat(SearchWords.luceneQuery("😀 \u0000")).isEmpty();
    }

    @Test
    void repeatedWordsCountOnceAndAtMostTwelveAreUsed() {
        assertThat(SearchWords.luceneQuery("walk walk WALK")).contains("+(walk walk*)");
        assertThat(SearchWords.luceneQuery("aa bb cc dd ee ff gg hh ii jj kk ll mm nn").orElseThrow().split(" "))
                .hasSize(SearchWords.MOST_WORDS).doesNotContain("+mm", "+nn");
    }

    @Test
    void escapingCoversEveryCharacterLuceneReadsAsSyntax() {
        assertThat(SearchWords.escape("a+b-c!d(e)f:g^h[i]j\"k{l}m~n*o?p|q&r/s\\t'u"))
                .isEqualTo("a\\+b\\-c\\!d\\(e\\)f\\:g\\^h\\[i\\]j\\\"k\\{l\\}m\\~n\\*o\\?p\\|q\\&r\\/s\\\\t\\'u");
    }
}
