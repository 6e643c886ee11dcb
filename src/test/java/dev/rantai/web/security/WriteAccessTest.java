package dev.rantai.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class WriteAccessTest {
    private final WriteAccess access = new WriteAccess("s3cret-token");

    @Test
    void readsAreGetHeadAndOptionsOnly() {
        assertThat(WriteAccess.isWrite("GET")).isFalse();
        assertThat(WriteAccess.isWrite("head")).isFalse();
        assertThat(WriteAccess.isWrite("OPTIONS")).isFalse();
        assertThat(WriteAccess.isWrite("POST")).isTrue();
        assertThat(WriteAccess.isWrite("PUT")).isTrue();
        assertThat(WriteAccess.isWrite("PATCH")).isTrue();
        assertThat(WriteAccess.isWrite("DELETE")).isTrue();
    }

    @Test
    void acceptsTheRightBearerTokenWhateverTheCaseOfTheScheme() {
        assertThat(access.check(Optional.of("Bearer s3cret-token"))).isEmpty();
        assertThat(access.check(Optional.of("bearer s3cret-token"))).isEmpty();
        assertThat(access.check(Optional.of("  BEARER   s3cret-token  "))).isEmpty();
    }

    @Test
    void refusesAMissingOrEmptyHeader() {
        assertThat(access.check(Optional.empty())).contains(WriteAccess.Refusal.MISSING);
        assertThat(access.check(Optional.of(" "))).contains(WriteAccess.Refusal.MISSING);
    }

    @Test
    void refusesOtherSchemesAndABearerWithoutToken() {
        assertThat(access.check(Optional.of("Basic czNjcmV0LXRva2Vu"))).contains(WriteAccess.Refusal.MALFORMED);
        assertThat(access.check(Optional.of("s3cret-token"))).contains(WriteAccess.Refusal.MALFORMED);
        assertThat(access.check(Optional.of("Bearer "))).contains(WriteAccess.Refusal.MALFORMED);
    }

    @Test
    void refusesAWrongPrefixOrLongerToken() {
        assertThat(access.check(Optional.of("Bearer s3cret"))).contains(WriteAccess.Refusal.WRONG_TOKEN);
        assertThat(access.check(Optional.of("Bearer s3cret-token-and-more"))).contains(WriteAccess.Refusal.WRONG_TOKEN);
        assertThat(access.check(Optional.of("Bearer S3CRET-TOKEN"))).contains(WriteAccess.Refusal.WRONG_TOKEN);
    }

    @Test
    void challengeNamesTheErrorOnlyWhenCredentialsWereSent() {
        assertThat(WriteAccess.Refusal.MISSING.challenge()).isEqualTo("Bearer realm=\"rantai\"");
        assertThat(WriteAccess.Refusal.WRONG_TOKEN.challenge())
                .isEqualTo("Bearer realm=\"rantai\", error=\"invalid_token\"");
    }

    @Test
    void aBlankTokenIsAConfigurationError() {
        assertThatThrownBy(() -> new WriteAccess(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rantai.api.token");
    }
}
