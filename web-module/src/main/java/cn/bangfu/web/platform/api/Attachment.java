package cn.bangfu.web.platform.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Content-Disposition for downloads (RFC 6266): browsers take the UTF-8 {@code filename*} and save
 * 单位导入模板.xlsx; the plain {@code filename} is for clients that do not know it.
 */
public final class Attachment {

    private Attachment() {
    }

    public static String contentDisposition(String filename, String asciiFallback) {
        // URLEncoder writes a space as "+", which RFC 5987 does not decode; everything else it leaves bare is allowed there.
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + asciiFallback.replace("\"", "") + "\"; filename*=UTF-8''" + encoded;
    }
}
