package cn.bangfu.web.platform;

import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A file a page hands to p:fileDownload: its name, content type and bytes. */
public final class Downloads {

    private Downloads() {
    }

    public static StreamedContent of(String fileName, String contentType, byte[] bytes) {
        return DefaultStreamedContent.builder().name(fileName).contentType(contentType).contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }
}
