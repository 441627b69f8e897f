package org.hedgerow.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A synthetic national-scale network grown at start-up, for benchmarks and load tests.
 *
 * @param activities how many activities (0: none); venues, groups, PCNs and link workers scale with it
 * @param seed       the same seed and size always give the same network
 * @param batchSize  rows per UNWIND statement (referrals: about this many per transaction, whole chains)
 * @param referrals  how many referrals to add to the synthetic network (0: none), with their participants and
 *                   onward chains; needs {@code activities}
 */
@ConfigurationProperties("hedgerow.synthetic")
record SyntheticProperties(
        @DefaultValue("0") int activities,
        @DefaultValue("42") long seed,
        @DefaultValue("5000") int batchSize,
        @DefaultValue("0") long referrals) {
}
