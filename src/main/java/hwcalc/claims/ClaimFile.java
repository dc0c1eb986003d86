package hwcalc.claims;

import java.util.List;

/** The claims of one publication, with the evidence they share. */
public record ClaimFile(String file, Publication publication, List<Evidence> evidence, List<Claim> claims) {

    public ClaimFile {
        evidence = List.copyOf(evidence);
        claims = List.copyOf(claims);
    }
}
