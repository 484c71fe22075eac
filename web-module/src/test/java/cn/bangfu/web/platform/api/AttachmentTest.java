package cn.bangfu.web.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AttachmentTest {

    @Test
    void chineseFilenameIsSentAsUtf8WithAnAsciiFallback() {
        assertEquals("attachment; filename=\"unit-import-template.xlsx\"; "
                        + "filename*=UTF-8''%E5%8D%95%E4%BD%8D%E5%AF%BC%E5%85%A5%E6%A8%A1%E6%9D%BF.xlsx",
                Attachment.contentDisposition("单位导入模板.xlsx", "unit-import-template.xlsx"));
    }

    @Test
    void spacesAndQuotesCannotBreakTheHeader() {
        assertEquals("attachment; filename=\"a b.xlsx\"; filename*=UTF-8''%E5%8D%95%E4%BD%8D%20%22%E5%AF%BC%E5%87%BA%22.xlsx",
                Attachment.contentDisposition("单位 \"导出\".xlsx", "a \"b.xlsx"));
    }
}
