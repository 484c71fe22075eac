package cn.bangfu.platform.entity;

import java.util.List;

/** What every spreadsheet up- or download is: an Excel workbook of one media type, no larger than one limit. */
public final class Xlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * The largest workbook any import takes, from a page or the API: one limit, one message. A province's
     * 100,000 enterprise rows (about 10 MB) fit in it; a bigger file is split, not read into the server's heap.
     */
    public static final int MAX_MEGABYTES = 20;
    public static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

    private Xlsx() {
    }

    /** The refusal of a file larger than {@link #MAX_MEGABYTES}, wherever it was uploaded. */
    public static ImportRejectedException tooLarge() {
        return new ImportRejectedException(List.of(FieldError.of("file", "import.file.tooLarge", String.valueOf(MAX_MEGABYTES))));
    }
}
