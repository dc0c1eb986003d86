package hwcalc.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way hwcalc writes a file: whole or not at all, never over an existing file unless the
 * caller was told to ({@code --force}), and never through or over a symbolic link.
 *
 * <p>The bytes go to a temporary file in the same folder ({@code .NAME.PID.NANOS.tmp}, created
 * exclusively). Without overwrite the temporary file is then hard-linked to the target name,
 * which the operating system refuses atomically when the name exists, so two writers cannot both
 * create it (a check followed by a move would let the second replace the first). With overwrite
 * it is renamed over the target. The temporary file is removed on any failure, on an orderly exit
 * (Ctrl-C, SIGTERM: a shutdown hook), and by {@link #removeStale} when its writer was killed.
 */
public final class AtomicFiles {

    /** {@code .NAME.PID.NANOS.tmp}, as {@link #write} names its temporary files. */
    private static final Pattern TEMPORARY = Pattern.compile("\\.(.+)\\.([0-9]+)\\.[0-9]+\\.tmp");

    /** Temporary files being written now, removed by the shutdown hook if the JVM is stopped. */
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IN_FLIGHT.forEach(p -> {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // the JVM is stopping; removeStale takes it next time
            }
        }), "hwcalc-remove-temporary-files"));
    }

    private AtomicFiles() {
    }

    /** Whether an existing file of the target's name may be replaced. */
    public enum Existing {
        /** Refuse: the target must not exist (the default everywhere). */
        REFUSE,
        /** Replace it ({@code --force}); a symbolic link is still refused. */
        REPLACE
    }

    /** Thrown when the target exists and may not be replaced, or is a symbolic link. */
    public static final class TargetExistsException extends FileAlreadyExistsException {
        private static final long serialVersionUID = 1L;

        TargetExistsException(Path file, String why) {
            super(file.toString(), null, why);
        }
    }

    public static void write(Path file, byte[] bytes, Existing existing) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "no such folder");
        }
        refuseUnsafeTarget(target, existing);
        // not Files.createTempFile: its files are private to the owner, and the result should get the usual permissions
        Path tmp = dir.resolve(temporaryName(target.getFileName().toString()));
        IN_FLIGHT.add(tmp);
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(bytes);
            }
            if (existing == Existing.REPLACE) {
                refuseUnsafeTarget(target, existing); // again, just before the rename: the folder may have changed
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                createExclusively(tmp, target);
            }
        } finally {
            Files.deleteIfExists(tmp);
            IN_FLIGHT.remove(tmp);
        }
    }

    /** {@link Existing#REFUSE}: the target must not exist. */
    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, bytes, Existing.REFUSE);
    }

    static String temporaryName(String target) {
        return "." + target + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp";
    }

    private static void refuseUnsafeTarget(Path target, Existing existing) throws IOException {
        if (Files.isSymbolicLink(target)) {
            throw new TargetExistsException(target, "is a symbolic link; hwcalc does not write through or over links");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (existing == Existing.REFUSE) {
                throw new TargetExistsException(target, "exists; use --force to replace it");
            }
            if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new TargetExistsException(target, "exists and is not a regular file; not replaced");
            }
        }
    }

    /**
     * link(2) fails when the name exists, atomically, so of two writers exactly one creates the
     * file. A file system without hard links (FAT, some network mounts) gets a move without
     * replace, which Java checks just before renaming: a narrow window, but no silent replace of
     * a file that existed before this write began.
     */
    private static void createExclusively(Path tmp, Path target) throws IOException {
        try {
            Files.createLink(target, tmp);
        } catch (FileAlreadyExistsException e) {
            throw new TargetExistsException(target, "exists; use --force to replace it");
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (e instanceof FileSystemException f && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new TargetExistsException(target, "exists; use --force to replace it");
            }
            Files.move(tmp, target); // no REPLACE_EXISTING: refuses an existing target
        }
    }

    /**
     * Deletes the temporary files {@link #write} left for the given target names when its process
     * was killed: only names of its own pattern, only for these targets, only regular files (not
     * links), and only when the process that wrote them is gone. Anything else in the folder, a
     * file the user named {@code .notes.1.2.tmp} included, is left alone.
     *
     * @return the files deleted, so the caller can name each one
     */
    public static List<Path> removeStale(Path dir, Collection<String> targetNames) throws IOException {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(dir) || targetNames.isEmpty()) {
            return removed;
        }
        Set<String> targets = Set.copyOf(targetNames);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path f : files) {
                Matcher m = TEMPORARY.matcher(f.getFileName().toString());
                if (m.matches() && targets.contains(m.group(1)) && !alive(m.group(2))
                        && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(f)) {
                    removed.add(f);
                }
            }
        }
        return removed;
    }

    private static boolean alive(String pid) {
        try {
            long p = Long.parseLong(pid);
            return p == ProcessHandle.current().pid() || ProcessHandle.of(p).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true; // not a pid we wrote: leave the file alone
        }
    }
}
