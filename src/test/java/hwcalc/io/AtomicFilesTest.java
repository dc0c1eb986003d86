package hwcalc.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void creates_the_file_whole_leaves_no_temporary_file_and_keeps_usual_permissions(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.yaml");
        AtomicFiles.write(f, "new".getBytes());
        assertThat(Files.readString(f)).isEqualTo("new");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(f);
        }
        // Files.createTempFile would have made it owner-only (rw-------); others may read a spec sheet or chart
        assertThat(Files.getPosixFilePermissions(f)).contains(PosixFilePermission.OTHERS_READ);
    }

    @Test
    void an_existing_file_is_kept_unless_replacing_is_asked_for(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("a.yaml"), "old");
        assertThatThrownBy(() -> AtomicFiles.write(f, "new".getBytes())).isInstanceOf(AtomicFiles.TargetExistsException.class)
                .hasMessageContaining("use --force");
        assertThat(Files.readString(f)).isEqualTo("old");
        AtomicFiles.write(f, "new".getBytes(), AtomicFiles.Existing.REPLACE);
        assertThat(Files.readString(f)).isEqualTo("new");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(f);
        }
    }

    @Test
    void a_symbolic_link_is_never_written_through_or_replaced_even_when_forced(@TempDir Path dir) throws Exception {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Path link = Files.createSymbolicLink(dir.resolve("chart.svg"), victim);
        Path dangling = Files.createSymbolicLink(dir.resolve("d.svg"), dir.resolve("nowhere"));
        for (AtomicFiles.Existing e : AtomicFiles.Existing.values()) {
            assertThatThrownBy(() -> AtomicFiles.write(link, "x".getBytes(), e)).hasMessageContaining("symbolic link");
            assertThatThrownBy(() -> AtomicFiles.write(dangling, "x".getBytes(), e)).hasMessageContaining("symbolic link");
        }
        assertThat(Files.readString(victim)).isEqualTo("precious");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(dir.resolve("nowhere")).doesNotExist();
    }

    @Test
    void a_folder_at_the_target_is_not_replaced(@TempDir Path dir) throws Exception {
        Path sub = Files.createDirectory(dir.resolve("a.svg"));
        assertThatThrownBy(() -> AtomicFiles.write(sub, "x".getBytes(), AtomicFiles.Existing.REPLACE))
                .hasMessageContaining("not a regular file");
    }

    @Test
    void a_missing_folder_is_an_error_and_writes_nothing(@TempDir Path dir) {
        assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("nope/a.yaml"), new byte[1])).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void removes_only_temporary_files_of_the_named_targets_and_only_of_processes_that_are_gone(@TempDir Path dir) throws Exception {
        long gone = exitedPid();
        Path stale = Files.writeString(dir.resolve(".a.yaml." + gone + ".123.tmp"), "partial");
        Path otherTarget = Files.writeString(dir.resolve(".z.yaml." + gone + ".123.tmp"), "another import's");
        Path live = Files.writeString(dir.resolve(".b.yaml." + ProcessHandle.current().pid() + ".123.tmp"), "being written");
        Path foreign = Files.writeString(dir.resolve(".notes.tmp"), "the user's");
        Path sheet = Files.writeString(dir.resolve("c.yaml"), "id: c");
        assertThat(AtomicFiles.removeStale(dir, List.of("a.yaml", "b.yaml", "c.yaml"))).containsExactly(stale);
        assertThat(stale).doesNotExist();
        assertThat(otherTarget).exists();
        assertThat(live).exists();
        assertThat(foreign).exists();
        assertThat(sheet).exists();
        assertThat(AtomicFiles.removeStale(dir.resolve("missing"), List.of("a.yaml"))).isEmpty();
    }

    @Test
    void the_folder_lock_refuses_a_second_holder_until_released(@TempDir Path dir) throws Exception {
        try (FolderLock first = FolderLock.acquire(dir)) {
            assertThatThrownBy(() -> FolderLock.acquire(dir)).isInstanceOf(FolderLock.HeldException.class)
                    .hasMessageContaining("another hwcalc run is writing into " + dir);
        }
        FolderLock.acquire(dir).close(); // free again
    }

    /** A pid that is surely not running: a child that has exited. */
    static long exitedPid() throws Exception {
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        child.waitFor();
        return child.pid();
    }
}
