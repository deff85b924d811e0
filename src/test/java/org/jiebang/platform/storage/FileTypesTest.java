package org.jiebang.platform.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTypesTest {

    @TempDir
    Path dir;

    Optional<FileTypes.Kind> detect(byte[] content) throws IOException {
        Path file = Files.write(dir.resolve("upload.pdf"), content);
        return FileTypes.detect(java.util.Arrays.copyOf(content, Math.min(16, content.length)), file);
    }

    static byte[] zip(String... entries) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void signaturesDecideNotNames() throws IOException {
        assertEquals(Optional.of(FileTypes.Kind.PDF), detect("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Optional.of(FileTypes.Kind.PNG), detect(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0 }));
        assertEquals(Optional.of(FileTypes.Kind.JPEG), detect(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0 }));
    }

    @Test
    void aFileNamedPdfWithOtherContentIsRefused() throws IOException {
        assertEquals(Optional.empty(), detect("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), detect("MZ\u0090\u0000 this is an executable".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void officeFilesAreZipPackagesWithTheirParts() throws IOException {
        assertEquals(Optional.of(FileTypes.Kind.DOCX), detect(zip("[Content_Types].xml", "word/document.xml")));
        assertEquals(Optional.of(FileTypes.Kind.XLSX), detect(zip("[Content_Types].xml", "xl/workbook.xml")));
        assertEquals(Optional.empty(), detect(zip("readme.txt")), "a plain ZIP is not an Office file");
        assertEquals(Optional.empty(), detect(new byte[] { 'P', 'K', 3, 4, 1, 2, 3 }), "a broken ZIP neither");
    }

    @Test
    void namesAreCutToTheirLastSegment() {
        assertEquals("报告.pdf", FileStore.cleanName("../../etc/报告.pdf"));
        assertEquals("a.pdf", FileStore.cleanName("C:\\\\Users\\\\x\\\\a.pdf"));
        assertEquals("file", FileStore.cleanName("  "));
        assertTrue(FileStore.cleanName("x".repeat(300) + ".pdf").length() <= 255);
    }

}
