package example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/api.md shows exactly the code ApiExampleTest runs, so the document cannot rot. */
class ApiDocTest {

    static String between(String text, String start, String end) {
        int a = text.indexOf(start);
        int b = text.indexOf(end, a);
        assertThat(a).as(start).isNotNegative();
        assertThat(b).as(end).isGreaterThan(a);
        return text.substring(a + start.length(), b);
    }

    static String normalise(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("//"))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void the_document_shows_the_code_the_test_runs() throws Exception {
        String test = Files.readString(Path.of("src/test/java/example/ApiExampleTest.java"));
        String doc = Files.readString(Path.of("docs/api.md"));
        String tested = between(test, "// api-example:start", "// api-example:end");
        String shown = between(doc, "// api-example:start", "// api-example:end");
        assertThat(normalise(shown)).isEqualTo(normalise(tested));
    }
}
