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
}
