package cn.bangfu.platform.control;

import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.ImportRejectedException;
import cn.bangfu.platform.entity.Xlsx;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an uploaded workbook as text cells, streaming SAX events so tens of
 * thousands of rows cost memory for their text only. Row 1 is the header; blank rows are left out;
 * numbers come as their plain digits (Excel shows 13800138000 as 1.38E+10). Whatever sheet the
 * rows are, the refusals are the same: not a workbook, too many rows, a wrong header, no data.
 */
public final class SheetReader {

    /** One non-blank data row: the row number Excel shows and its first {@code columns} cells as text (null when empty). */
    public record Row(int number, String[] cells) {
    }

    private SheetReader() {
    }

    /** The header cells (null if row 1 is missing) and the non-blank data rows of a sheet read as it is. */
    public record Content(String[] header, List<Row> rows) {
    }

    /**
     * @param columns the sheet's columns, from column A: row 1 must name each of them
     * @param maxRows the most data rows one import takes
     * @return the data rows, each with one cell per column
     * @throws ImportRejectedException for a file that is no workbook, has more than {@code maxRows} rows, a header that does
     *                                 not name the columns, or no data rows
     */
    public static List<Row> read(byte[] xlsx, SheetColumn[] columns, int maxRows) {
        return rows(readAll(xlsx, columns.length, maxRows), columns);
    }

    /**
     * The data rows of a sheet read with {@link #readAll} whose header must name {@code columns}, from column A: for a
     * sheet whose last columns came later, the columns the header has.
     *
     * @throws ImportRejectedException for a header that does not name the columns, or no data rows
     */
    public static List<Row> rows(Content content, SheetColumn[] columns) {
        List<FieldError> header = headerProblems(columns, content.header());
        if (!header.isEmpty()) {
            throw new ImportRejectedException(header);
        }
        if (content.rows().isEmpty()) {
            throw rejected(FieldError.of("file", "import.file.empty"));
        }
        return content.rows();
    }

    /**
     * The header and rows of a sheet whose columns are not fixed (e.g. one per co-unit of a campaign);
     * the caller checks the header.
     *
     * @param columns the cells of each row to keep, from column A
     * @throws ImportRejectedException for a file that is no workbook, an empty one, or one with more than {@code maxRows} rows
     */
    public static Content readAll(byte[] xlsx, int columns, int maxRows) {
        if (xlsx != null && xlsx.length > Xlsx.MAX_BYTES) {
            throw Xlsx.tooLarge();
        }
        Rows rows = new Rows(columns, maxRows);
        try {
            parseFirstSheet(xlsx, rows);
        } catch (TooManyRows e) {
            throw rejected(FieldError.of("file", "import.file.tooManyRows", String.valueOf(maxRows)));
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            // POI reports a file that is not a workbook in many ways (not a zip, an old .xls, a broken part); to the user it is one thing.
            throw rejected(FieldError.of("file", "import.file.unreadable"));
        }
        if (rows.header == null && rows.data.isEmpty()) {
            throw rejected(FieldError.of("file", "import.file.empty"));
        }
        return new Content(rows.header, rows.data);
    }

    /** One error per header cell that does not name its column; the header is row 1. */
    private static List<FieldError> headerProblems(SheetColumn[] columns, String[] header) {
        List<FieldError> errors = new ArrayList<>();
        for (SheetColumn column : columns) {
            String text = header == null ? null : header[column.ordinal()];
            if (!column.namedBy(text)) {
                errors.add(FieldError.of(column.property(), "import.header.mismatch", column.letter(), column.title()).at(1, column.letter()));
            }
        }
        return errors;
    }

    private static void parseFirstSheet(byte[] xlsx, Rows rows) throws IOException, OpenXML4JException, SAXException {
        if (xlsx == null || xlsx.length == 0) {
            throw new IOException("no file");
        }
        OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx));
        try {
            XSSFReader reader = new XSSFReader(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), new ReadOnlySharedStringsTable(pkg),
                        rows, new PlainNumbers(), false));
                parser.parse(new InputSource(sheet));
            } catch (ParserConfigurationException e) {
                throw new SAXException(e);
            }
        } finally {
            // Opened from memory for reading: nothing to save, so drop it rather than close (which would try to write it back).
            pkg.revert();
        }
    }

    private static ImportRejectedException rejected(FieldError error) {
        return new ImportRejectedException(List.of(error));
    }

    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        String[] header;
        final List<Row> data = new ArrayList<>();
        private final int columns;
        private final int maxRows;
        private String[] cells;

        Rows(int columns, int maxRows) {
            this.columns = columns;
            this.maxRows = maxRows;
            this.cells = new String[columns];
        }

        @Override
        public void startRow(int rowNum) {
            cells = new String[columns];
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int c = new CellReference(reference).getCol();
            if (c < columns) {
                cells[c] = value == null || value.isEmpty() ? null : value;
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (rowNum == 0) {
                header = cells;
                return;
            }
            // Rows Excel keeps for formatting alone have no text: they are no records.
            if (Arrays.stream(cells).allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            if (data.size() == maxRows) {
                throw new TooManyRows();
            }
            data.add(new Row(rowNum + 1, cells));
        }
    }

    /**
     * Numbers as their digits; a date cell as {@code 2026-03-01} whatever format shows it (Excel's short
     * date is {@code m/d/yy} to POI, a 2026/3/1 to a Chinese user), so {@link SheetDates} reads one form;
     * times keep their format.
     */
    private static final class PlainNumbers extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                if (value >= 1 && value == Math.floor(value)) {
                    return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
                }
                return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
            }
            return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : Objects.toString(value);
        }
    }

    /** Stops the parser once the file holds more rows than one import takes. */
    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }
}
