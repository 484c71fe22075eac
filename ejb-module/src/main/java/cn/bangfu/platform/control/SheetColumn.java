package cn.bangfu.platform.control;

import org.apache.poi.ss.util.CellReference;

/**
 * A column of an import spreadsheet, implemented by an enum whose constants are the columns in
 * order: what the header says (Chinese, with English in a comment), which JSON property the column
 * fills, and the help the template gives for it.
 */
public interface SheetColumn {

    /** What a column is; {@code width} in characters. */
    record Spec(String property, String title, String english, boolean required, int width, String help, String helpEnglish) {
    }

    Spec spec();

    /** The column's place, from 0 for A: the enum constant's. */
    int ordinal();

    /** The column letter Excel shows: A, B, … */
    default String letter() {
        return CellReference.convertNumToColString(ordinal());
    }

    /** A header cell names this column if it shows the Chinese title or the English name. */
    default boolean namedBy(String header) {
        String h = header == null ? "" : header.strip();
        return h.equals(title()) || h.equalsIgnoreCase(english());
    }

    default String property() {
        return spec().property();
    }

    default String title() {
        return spec().title();
    }

    default String english() {
        return spec().english();
    }

    default boolean required() {
        return spec().required();
    }

    default int width() {
        return spec().width();
    }

    default String help() {
        return spec().help();
    }

    default String helpEnglish() {
        return spec().helpEnglish();
    }

    /** The letter of the column that holds a JSON property; null for a property no column holds. */
    static String letterOf(SheetColumn[] columns, String property) {
        for (SheetColumn c : columns) {
            if (c.property().equals(property)) {
                return c.letter();
            }
        }
        return null;
    }
}
