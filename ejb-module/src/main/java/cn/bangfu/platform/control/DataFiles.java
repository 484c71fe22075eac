package cn.bangfu.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Files kept under the data directory ({@code BANGFU_DATA_DIR}, beside the embedded database), for content too big for
 * rows such as phone photos: written whole (a temporary file moved into place), named by a random id under
 * {@code area/yyyy/MM/}, removed again when the transaction that wrote them rolls back so nothing is half-saved, and
 * read back only when their SHA-256 still matches. A cluster shares the directory (DESIGN §4 deployment notes).
 */
@ApplicationScoped
public class DataFiles {

    /** Where a file went, relative to the data directory, with its checksum. */
    public record Written(String path, String sha256, long size) {
    }

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Writes the bytes as a new file of {@code area}; within a transaction, the file goes again if it rolls back. */
    public Written write(String area, String extension, byte[] bytes) {
        LocalDate today = LocalDate.now(clock);
        String relative = String.format("%s/%d/%02d/%s.%s", area, today.getYear(), today.getMonthValue(), UUID.randomUUID(), extension);
        Path target = root().resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        removeOnRollback(target);
        return new Written(relative, sha256(bytes), bytes.length);
    }

    /** The file's bytes, refused when it is missing or no longer matches the checksum it was written with. */
    public byte[] read(String relative, String sha256) {
        Path file = resolve(relative);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("stored file " + relative + " cannot be read from " + root(), e);
        }
        if (!sha256(bytes).equals(sha256)) {
            throw new IllegalStateException("stored file " + relative + " no longer matches its SHA-256 " + sha256);
        }
        return bytes;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private Path resolve(String relative) {
        Path root = root();
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("not a data file: " + relative);
        }
        return file;
    }

    private void removeOnRollback(Path target) {
        if (transactions == null || transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before: the file is only undone when the rows that name it are
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        Files.deleteIfExists(target);
                    } catch (IOException e) {
                        // an orphan file costs disk space, not correctness: no row names it
                    }
                }
            }
        });
    }

    static Path root() {
        String dir = ConfigProvider.getConfig().getOptionalValue("BANGFU_DATA_DIR", String.class).filter(s -> !s.isBlank()).orElse("data");
        return Path.of(dir).toAbsolutePath().normalize().resolve("files");
    }
}
