package org.hedgerow.core;

/**
 * Rules for text people type, for Bean Validation's {@code @Pattern}: a change may leave a field out, but a field
 * given must say something, so {@code @Pattern(regexp = Text.NOT_BLANK, message = Text.NOT_BLANK_MESSAGE)} beside
 * its {@code @Size} refuses a name of spaces alone, as {@code @NotBlank} does where the field is required.
 */
public final class Text {

    /** At least one character that is not white space, anywhere in the value (over several lines too). */
    public static final String NOT_BLANK = "(?s).*\\S.*";

    public static final String NOT_BLANK_MESSAGE = "must not be blank";

    private Text() {
    }
}
