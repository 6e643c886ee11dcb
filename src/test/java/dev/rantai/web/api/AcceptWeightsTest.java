package dev.rantai.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptWeightsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "application/json;q=0                     | 0",
            "application/json; q=0.000                | 0",
            "*/*;q=0                                  | 0",
            "application/*;q=0, */*                   | 0",
            "*/*, application/json;q=0                | 0",
            "application/json;q=0, application/json   | 1000",
            "application/json;q=0.5, */*;q=0          | 500",
            "application/*;q=0.25                     | 250",
            "text/html;q=0                            | 1000",
            "text/html                                | 1000",
            "application/json;q=2                     | 1000",
            "application/json;q=0.0001                | 1000",
            "APPLICATION/JSON;Q=0                     | 0",
    })
    void theWeightOfJsonIsThatOfTheMostSpecificRangeThatMatchesIt(String accept, int thousandths) {
        assertThat(AcceptWeights.weightOfJson(accept)).isEqualTo(thousandths);
    }
}
