package hwcalc.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a folder that hwcalc writes many files into: an operating-system lock on
 * {@code DIR/.hwcalc.lock}, so a second import into the same folder refuses at once instead of
 * mixing its sheets with the first one's. The lock is released when closed or when the process
 * ends, however it ends (the OS drops it); the empty lock file stays, which is harmless and avoids
 * the race of deleting a file another process is about to lock.
 */
public final class FolderLock implements AutoCloseable {

    public static final String FILE_NAME = ".hwcalc.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Thrown when another process (or another import in this one) holds the folder. */
    public static final class HeldException extends IOException {
        private static final long serialVersionUID = 1L;

        HeldException(Path dir) {
            super("another hwcalc run is writing into " + dir + " (it holds " + dir.resolve(FILE_NAME)
                    + "); nothing was written: try again when it has finished");
        }
    }

    /** Takes the lock or refuses at once; the folder must exist. */
    public static FolderLock acquire(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        if (Files.isSymbolicLink(file)) {
            throw new IOException(file + " is a symbolic link; hwcalc does not write through links");
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new HeldException(dir);
            }
            return new FolderLock(channel, lock);
        } catch (OverlappingFileLockException e) { // this JVM holds it already
            channel.close();
            throw new HeldException(dir);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
