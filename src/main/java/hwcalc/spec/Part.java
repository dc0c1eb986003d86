package hwcalc.spec;

/**
 * A component of a system: {@code count} of the sheet {@code id}. Host parts (the CPUs of a GPU
 * server) are listed for completeness but not summed into the system's peaks, since vendors
 * quote a GPU system's peak for its GPUs.
 */
public record Part(String id, int count, Role role, Location location) {

    public enum Role { COMPUTE, HOST }
}
