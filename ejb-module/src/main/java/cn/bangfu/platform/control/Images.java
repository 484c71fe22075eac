package cn.bangfu.platform.control;

import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Photos checked by their content, never by a name or a content type a client sends: JPEG or PNG by signature, a header
 * the image readers can parse, a size cap, and a pixel cap so that a small file cannot unpack into a huge image in a
 * reader's browser.
 */
public final class Images {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final long MAX_PIXELS = 60_000_000L;

    /** A checked image: its content type, the file extension for it, and its size in pixels. */
    public record Image(String contentType, String extension, int width, int height) {
    }

    private Images() {
    }

    /** The image in {@code bytes}, or 400 on {@code field} saying what is wrong: empty, too large, not a JPEG or PNG, damaged. */
    public static Image check(String field, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException(FieldError.of(field, "photo.empty"));
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException(FieldError.of(field, "photo.tooLarge", MAX_BYTES / 1024 / 1024));
        }
        String format = signature(bytes);
        if (format == null) {
            throw new InvalidInputException(FieldError.of(field, "photo.notImage"));
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (in == null || !readers.hasNext()) {
                throw new InvalidInputException(FieldError.of(field, "photo.notImage"));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
                    throw new InvalidInputException(FieldError.of(field, "photo.pixels", MAX_PIXELS / 1_000_000));
                }
                return new Image("jpeg".equals(format) ? "image/jpeg" : "image/png", "jpeg".equals(format) ? "jpg" : "png", width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException(FieldError.of(field, "photo.damaged"));
        }
    }

    /** "jpeg" or "png" by the file's first bytes, else null. */
    static String signature(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "jpeg";
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        if (b.length < png.length) {
            return null;
        }
        for (int i = 0; i < png.length; i++) {
            if (b[i] != png[i]) {
                return null;
            }
        }
        return "png";
    }
}
