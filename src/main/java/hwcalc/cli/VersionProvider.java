package hwcalc.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (Implementation-Version), or the pom's 0.1.0 when the manifest has none (run from classes). */
public class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"hwcalc " + (v == null ? "0.1.0" : v), "Java " + System.getProperty("java.version")};
    }
}
