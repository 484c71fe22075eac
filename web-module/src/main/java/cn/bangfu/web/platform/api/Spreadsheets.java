package cn.bangfu.web.platform.api;

import cn.bangfu.platform.control.SheetWriter;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.ImportRejectedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** What the import resources share: the .xlsx media type, the size limit on uploads, the template download. */
public final class Spreadsheets {

    public static final String MEDIA_TYPE = SheetWriter.MEDIA_TYPE;

    private Spreadsheets() {
    }

    /**
     * The uploaded file, read no further than one byte past {@code maxMegabytes}.
     *
     * @throws ImportRejectedException for a larger file
     */
    public static byte[] upload(InputStream body, int maxMegabytes) throws IOException {
        int maxBytes = maxMegabytes * 1024 * 1024;
        byte[] file = body == null ? new byte[0] : body.readNBytes(maxBytes + 1);
        if (file.length > maxBytes) {
            throw new ImportRejectedException(List.of(FieldError.of("file", "import.file.tooLarge", String.valueOf(maxMegabytes))));
        }
        return file;
    }

    /** The .xlsx as a download the browser saves under {@code filename}. */
    public static Response download(byte[] xlsx, String filename, String asciiFallback) {
        return Response.ok(xlsx, MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachment.contentDisposition(filename, asciiFallback))
                .build();
    }
}
