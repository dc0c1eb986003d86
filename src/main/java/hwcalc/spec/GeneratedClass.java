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
        compile(java.util.Map.of(className, source), classes);
    }

    /** Compiles the classes {@code sources} holds (class name to source text) in one run of the compiler. */
    public static void compile(java.util.Map<String, String> sources, Path classes) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler in this JVM (a JRE?): the build needs a JDK");
        }
        List<JavaFileObject> files = new java.util.ArrayList<>();
        sources.forEach((className, source) -> {
            URI uri = URI.create("string:///" + className.replace('.', '/') + ".java");
            files.add(new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source;
                }
            });
        });
        StringWriter messages = new StringWriter();
        boolean ok = javac.getTask(messages, null, null, List.of("--release", "17", "-cp", classes.toString(), "-d", classes.toString()), null,
                files).call();
        if (!ok) {
            throw new IllegalStateException("compiling " + String.join(", ", sources.keySet()) + " failed: " + messages);
        }
    }
}
