package org.jiebang.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiebang.platform.error.InvalidInput;

/**
 * Uploaded files (challenge and bid attachments): at most {@link #MAX_BYTES}, of a kind
 * {@link FileTypes} recognizes by content, stored under {@code jiebang.data.dir/files} by a
 * generated name; the original name is kept only as data. Who may read a file is decided by the
 * capability that holds it.
 */
@ApplicationScoped
public class FileStore {

    public static final long MAX_BYTES = 20L * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "jiebang.data.dir", defaultValue = "./data")
    String dataDir;

    /** Where uploads are kept: {@code jiebang.files.dir}, by default {@code files} in the data directory.
     * Several nodes share one (a network file system), while each keeps its own search index. */
    @Inject
    @ConfigProperty(name = "jiebang.files.dir")
    Optional<String> filesDir;

    /**
     * Stores an upload.
     *
     * @throws InvalidInput {@code file} when it is empty, too large or not PDF, DOCX, XLSX, PNG or JPEG
     */
    @Transactional(TxType.MANDATORY)
    public StoredFile store(InputStream content, String fileName, Long uploadedBy) {
        String name = cleanName(fileName);
        Path dir = filesRoot();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "upload-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = new DigestInputStream(new LimitedInputStream(content, MAX_BYTES + 1), sha)) {
                size = Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            if (size == 0) {
                throw new InvalidInput("file", "the file is empty");
            }
            if (size > MAX_BYTES) {
                throw InvalidInput.rule("file", "fileTooLarge", "a file may have at most 20 MB");
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(temp)) {
                head = in.readNBytes(16);
            }
            FileTypes.Kind kind = FileTypes.detect(head, temp).orElseThrow(() -> InvalidInput.rule("file", "fileType",
                    "only PDF, DOCX, XLSX, PNG and JPEG files are accepted, recognized by their content"));
            String storageName = UUID.randomUUID().toString();
            Path target = pathOf(storageName);
            Files.createDirectories(target.getParent());
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            StoredFile file = new StoredFile(storageName, name, kind.mediaType, size,
                    HexFormat.of().formatHex(sha.digest()), uploadedBy, clock.instant());
            em.persist(file);
            em.flush();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store an upload", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover part file is harmless
                }
            }
        }
    }

    public Optional<StoredFile> find(long id) {
        return Optional.ofNullable(em.find(StoredFile.class, id));
    }

    /** The files of {@code ids} that exist, by id, in one statement (a page listing many files' names). */
    public Map<Long, StoredFile> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT f FROM StoredFile f WHERE f.id IN :ids", StoredFile.class)
                .setParameter("ids", List.copyOf(new LinkedHashSet<>(ids))).getResultStream()
                .collect(Collectors.toMap(StoredFile::getId, f -> f));
    }

    public InputStream open(StoredFile file) throws IOException {
        return Files.newInputStream(pathOf(file.getStorageName()));
    }

    private Path pathOf(String storageName) {
        return filesRoot().resolve(storageName.substring(0, 2)).resolve(storageName);
    }

    private Path filesRoot() {
        return filesDir.map(Path::of).orElseGet(() -> Path.of(dataDir, "files"));
    }

    /** The last path segment, without control characters, at most 255 characters. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    /** Reads at most {@code limit} bytes, so that a huge upload is not copied whole. */
    private static final class LimitedInputStream extends java.io.FilterInputStream {
        private long left;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
