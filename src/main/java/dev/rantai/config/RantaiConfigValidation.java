package dev.rantai.config;

import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.SmallRyeConfigBuilderCustomizer;

/**
 * Installs {@link RantaiConfigValidator} in the configuration Quarkus builds at run time (registered in
 * META-INF/services, which Quarkus reads at build time). Not static-init safe on purpose: the mapping
 * it checks exists only in the run-time configuration.
 */
public final class RantaiConfigValidation implements SmallRyeConfigBuilderCustomizer {

    @Override
    public void configBuilder(SmallRyeConfigBuilder builder) {
        builder.withValidator(new RantaiConfigValidator(builder.getValidator()));
    }

    /** Last, so that a validator another customizer installs is wrapped rather than replaced. */
    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }
}
