package dev.rantai.web.security;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A node with an API token: writes need it, and the token page exists. Test classes with this profile share
 * one start of the node.
 */
public class WithApiToken implements QuarkusTestProfile {
    public static final String TOKEN = "0b5d9c1e-test-token-of-32-characters-or-more";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("rantai.api.token", TOKEN);
    }
}
