package cn.bangfu.web.platform.api;

import cn.bangfu.platform.entity.ImportRejectedException;
import cn.bangfu.platform.entity.Xlsx;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;

/** What the import resources share: the .xlsx media type, the size limit on uploads, the template download. */
public final class Spreadsheets {

    public static final String MEDIA_TYPE = Xlsx.MEDIA_TYPE;
    private static final long DRAIN_BYTES = 64L * 1024 * 1024;

    private Spreadsheets() {
    }

    /**
     * The uploaded file, read no further than one byte past the one limit of every import.
     *
     * @throws ImportRejectedException for a larger file
     */
    public static byte[] upload(InputStream body) throws IOException {
        byte[] file = body == null ? new byte[0] : body.readNBytes(Xlsx.MAX_BYTES + 1);
        if (file.length > Xlsx.MAX_BYTES) {
            // Read what the client is still sending (within reason), so that it gets the answer, not a broken connection.
            long skipped = 0;
            while (skipped < DRAIN_BYTES && body.read() != -1) {
                skipped += 1 + body.skip(DRAIN_BYTES - skipped);
            }
            throw Xlsx.tooLarge();
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
