package hwcalc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void replaces_the_file_whole_leaves_no_temporary_file_and_keeps_usual_permissions(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.yaml");
        Files.writeString(f, "old");
        AtomicFiles.write(f, "new".getBytes());
        assertThat(Files.readString(f)).isEqualTo("new");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(f);
        }
        // Files.createTempFile would have made it owner-only (rw-------); others may read a spec sheet or chart
        assertThat(Files.getPosixFilePermissions(f)).contains(PosixFilePermission.OTHERS_READ);
    }

    @Test
    void a_missing_folder_is_an_error_and_writes_nothing(@TempDir Path dir) {
        assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("nope/a.yaml"), new byte[1])).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void removes_only_its_own_temporary_files_and_only_of_processes_that_are_gone(@TempDir Path dir) throws Exception {
        // a pid that is surely not running: a child that has exited
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        child.waitFor();
        Path stale = Files.writeString(dir.resolve(".a.yaml." + child.pid() + ".123.tmp"), "partial");
        Path live = Files.writeString(dir.resolve(".b.yaml." + ProcessHandle.current().pid() + ".123.tmp"), "being written");
        Path foreign = Files.writeString(dir.resolve(".notes.tmp"), "the user's");
        Path sheet = Files.writeString(dir.resolve("c.yaml"), "id: c");
        assertThat(AtomicFiles.removeStale(dir)).isEqualTo(1);
        assertThat(stale).doesNotExist();
        assertThat(live).exists();
        assertThat(foreign).exists();
        assertThat(sheet).exists();
        assertThat(AtomicFiles.removeStale(dir.resolve("missing"))).isZero();
    }
}
