package cn.bangfu.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Photos are judged by what they contain: a real JPEG and a real PNG (made here with ImageIO, as a phone's camera would
 * make them) pass with their type, extension and size in pixels; an empty body, one byte over 10 MB, a text file, a GIF,
 * a PDF, a PNG signature in front of garbage and a PNG that says it has 100 million pixels are each refused with their
 * own message key, on the field the caller names.
 */
class ImagesTest {

    private static byte[] image(String format, int width, int height, int type) {
        BufferedImage img = new BufferedImage(width, height, type);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(new Color(0xC8, 0x10, 0x2E));
            g.fillRect(0, 0, width, height);
            g.setColor(Color.WHITE);
            g.drawString("整改", 4, height / 2);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] jpeg(int width, int height) {
        return image("jpg", width, height, BufferedImage.TYPE_INT_RGB);
    }

    static byte[] png(int width, int height) {
        return image("png", width, height, BufferedImage.TYPE_INT_ARGB);
    }

    private static FieldError refused(String field, byte[] bytes) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Images.check(field, bytes));
        assertEquals(1, e.errors().size(), e.errors()::toString);
        return e.errors().get(0);
    }

    @Test
    void aRealJpegPasses() {
        byte[] bytes = jpeg(64, 48);
        assertEquals(new Images.Image("image/jpeg", "jpg", 64, 48), Images.check("photo", bytes));
        assertEquals("jpeg", Images.signature(bytes));
    }

    @Test
    void aRealPngPasses() {
        byte[] bytes = png(33, 17);
        assertEquals(new Images.Image("image/png", "png", 33, 17), Images.check("photo", bytes));
        assertEquals("png", Images.signature(bytes));
    }

    @Test
    void nothingIsNoPhoto() {
        assertEquals(FieldError.of("photo", "photo.empty"), refused("photo", new byte[0]));
        assertEquals(FieldError.of("photo", "photo.empty"), refused("photo", null));
        assertEquals(FieldError.of("evidence", "photo.empty"), refused("evidence", new byte[0]), "on the field the caller names");
    }

    @Test
    void tenMegabytesAndOneByteAreTooMany() {
        byte[] jpeg = jpeg(16, 16);
        byte[] big = Arrays.copyOf(jpeg, (int) Images.MAX_BYTES + 1);
        assertEquals(10L * 1024 * 1024 + 1, big.length);
        assertEquals(FieldError.of("photo", "photo.tooLarge", 10L), refused("photo", big), "a JPEG start does not save it");
        byte[] limit = Arrays.copyOf(jpeg, (int) Images.MAX_BYTES);
        assertEquals(new Images.Image("image/jpeg", "jpg", 16, 16), Images.check("photo", limit),
                "exactly 10 MB is allowed (a JPEG with trailing bytes after its end marker still reads)");
    }

    @Test
    void aTextFileIsNoImageWhateverItIsCalled() {
        byte[] text = "这不是照片，是一段文字。\nThis is not a photo.\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(FieldError.of("photo", "photo.notImage"), refused("photo", text));
        assertEquals(FieldError.of("photo", "photo.notImage"), refused("photo", new byte[] {(byte) 0xff, (byte) 0xd8}),
                "two bytes of a JPEG start are not a JPEG");
        assertEquals(FieldError.of("photo", "photo.notImage"), refused("photo", Arrays.copyOf(png(4, 4), 7)),
                "seven bytes of the PNG signature are not a PNG");
    }

    @Test
    void aGifIsNoneOfTheTwo() {
        byte[] gif = image("gif", 20, 10, BufferedImage.TYPE_INT_RGB);
        assertEquals("GIF89a", new String(gif, 0, 6, StandardCharsets.US_ASCII), "a real GIF");
        assertEquals(FieldError.of("photo", "photo.notImage"), refused("photo", gif));
    }

    @Test
    void aPdfIsNoImage() {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(FieldError.of("photo", "photo.notImage"), refused("photo", pdf));
        assertNull(Images.signature(pdf));
    }

    @Test
    void aSignatureInFrontOfGarbageIsDamaged() {
        byte[] garbage = "garbage, not a header: 0123456789abcdefghijklmnopqrstuvwxyz".repeat(4).getBytes(StandardCharsets.US_ASCII);
        byte[] fakePng = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, garbage);
        assertEquals("png", Images.signature(fakePng), "it does start like a PNG");
        assertEquals(FieldError.of("photo", "photo.damaged"), refused("photo", fakePng));
        byte[] fakeJpeg = concat(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}, garbage);
        assertEquals(FieldError.of("photo", "photo.damaged"), refused("photo", fakeJpeg));
        byte[] cut = Arrays.copyOf(png(30, 30), 12);
        assertEquals(FieldError.of("photo", "photo.damaged"), refused("photo", cut), "a PNG cut inside its header");
    }

    @Test
    void aSmallFileThatUnpacksIntoHugePixelsIsRefused() {
        byte[] bomb = withSize(png(10, 10), 10_000, 10_000);
        assertEquals(FieldError.of("photo", "photo.pixels", 60L), refused("photo", bomb), "100 million pixels in a few hundred bytes");
        byte[] atLimit = withSize(png(10, 10), 10_000, 6_000);
        assertEquals(new Images.Image("image/png", "png", 10_000, 6_000), Images.check("photo", atLimit), "60 million are allowed");
        assertEquals(FieldError.of("photo", "photo.pixels", 60L), refused("photo", withSize(png(10, 10), 10_000, 6_001)));
    }

    @Test
    void onlyTheFirstBytesNameTheFormat() {
        assertEquals(List.of("jpeg", "png"), List.of(Images.signature(jpeg(2, 2)), Images.signature(png(2, 2))));
        assertNull(Images.signature(new byte[] {'B', 'M', 0, 0}), "a BMP");
        assertNull(Images.signature(new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'}), "a HEIC from an iPhone");
    }

    /** The PNG with its IHDR saying width × height (and the chunk's CRC fixed), the pixel data unchanged. */
    private static byte[] withSize(byte[] png, int width, int height) {
        byte[] b = png.clone();
        // signature (8), IHDR length (4), "IHDR" (4), then width and height; the CRC covers type and data (17 bytes).
        assertEquals("IHDR", new String(b, 12, 4, StandardCharsets.US_ASCII));
        ByteBuffer buffer = ByteBuffer.wrap(b);
        buffer.putInt(16, width);
        buffer.putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(b, 12, 17);
        buffer.putInt(29, (int) crc.getValue());
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
