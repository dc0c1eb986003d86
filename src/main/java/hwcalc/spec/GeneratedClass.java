package hwcalc.spec;

import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/** Build time: compiles one generated class from its source text into the classes folder, with the JDK's compiler. */
public final class GeneratedClass {

    private GeneratedClass() {
    }

    /** Compiles {@code source} (the class {@code className}) into {@code classes}; fails the build on any error. */
    public static void compile(String className, String source, Path classes) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler in this JVM (a JRE?): the build needs a JDK");
        }
        URI uri = URI.create("string:///" + className.replace('.', '/') + ".java");
        JavaFileObject file = new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        StringWriter messages = new StringWriter();
        boolean ok = javac.getTask(messages, null, null, List.of("--release", "17", "-d", classes.toString()), null,
                List.of(file)).call();
        if (!ok) {
            throw new IllegalStateException("compiling " + className + " failed: " + messages);
        }
    }
}
