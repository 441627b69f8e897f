package org.hedgerow.insights;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The CSV every insight downloads as: the network's own names (of groups, activities, places) can hold commas,
 * quotes, line breaks or text a spreadsheet would run as a formula.
 */
class CsvTests {

    @Test
    void fieldsWithACommaQuoteOrLineBreakAreQuotedWithQuotesDoubled() {
        var csv = new Csv("name", "note").row("Walk, talk", "the \"Monday\" group").row("line\nbreak", "cr\rhere");

        assertThat(csv.text()).isEqualTo("name,note\r\n"
                + "\"Walk, talk\",\"the \"\"Monday\"\" group\"\r\n"
                + "\"line\nbreak\",\"cr\rhere\"\r\n");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsPrefixedButNumbersAreNot() {
        var csv = new Csv("a", "b", "c", "d", "e").row("=HYPERLINK(\"x\")", "+1", "-9", "@SUM(A1)", -9.0);

        assertThat(csv.text().split("\r\n")[1]).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",'+1,'-9,'@SUM(A1),-9.0");
    }

    @Test
    void smallCountsAreSuppressedAndNothingIsAnEmptyField() {
        var csv = new Csv("count", "small", "none", "empty", "flag").row(Count.of(12), Count.of(3), Count.of(0), null, true);

        assertThat(csv.text().split("\r\n")[1]).isEqualTo("12,<5,0,,true");
    }

    @Test
    void aRowMustHaveAValueForEachColumn() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Csv("a", "b").row("only one"))
                .withMessage("expected 2 values, got 1");
    }
}
