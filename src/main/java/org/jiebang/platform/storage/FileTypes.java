package org.jiebang.platform.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * What a file is, by its content alone (never by its name or declared type): PDF, PNG and JPEG by
 * their signatures; DOCX and XLSX as ZIP packages that hold the parts Office Open XML requires.
 */
public final class FileTypes {

    /** The kinds of file the platform accepts as attachments. */
    public enum Kind {
        PDF("application/pdf", ".pdf"),
        PNG("image/png", ".png"),
        JPEG("image/jpeg", ".jpg"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

        public final String mediaType;
        public final String extension;

        Kind(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }
    }

    private static final byte[] PDF = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
    private static final byte[] ZIP = { 'P', 'K', 3, 4 };

    private FileTypes() {
    }

    /** The kind of the file at {@code file}, whose first bytes are {@code head}; empty if not accepted. */
    public static Optional<Kind> detect(byte[] head, Path file) {
        if (startsWith(head, PDF)) {
            return Optional.of(Kind.PDF);
        }
        if (startsWith(head, PNG)) {
            return Optional.of(Kind.PNG);
        }
        if (startsWith(head, JPEG)) {
            return Optional.of(Kind.JPEG);
        }
        if (startsWith(head, ZIP)) {
            return officePackage(file);
        }
        return Optional.empty();
    }

    private static Optional<Kind> officePackage(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                return Optional.empty();
            }
            if (zip.getEntry("word/document.xml") != null) {
                return Optional.of(Kind.DOCX);
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                return Optional.of(Kind.XLSX);
            }
            return Optional.empty();
        } catch (IOException notAZip) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
