package hwcalc.spec;

import java.util.Locale;

/**
 * Who rents out a chip: a hyperscaler (AWS, Azure, Google Cloud, Oracle), a neocloud (a GPU
 * cloud: Lambda, CoreWeave, RunPod...), or a marketplace (many sellers, prices set by bids). Their
 * prices differ in kind, so they are never blended silently.
 */
public enum ProviderTier {
    HYPERSCALER, NEOCLOUD, MARKETPLACE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
