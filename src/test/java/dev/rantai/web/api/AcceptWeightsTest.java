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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "                                         | false",
            "application/json                         | false",
            "*/*                                      | false",
            "application/*;q=0.1                      | false",
            "text/html, application/json;q=0.9        | false",
            "text/html                                | true",
            "application/problem+json                 | true",
            "text/*                                   | true",
            "application/json;q=0                     | true",
            "*/*, application/json;q=0                | true",
            "'   '                                    | false",
            "*/*; q=.2                                | false",
            "application/json;q=1.0000                | false",
            "*                                        | false",
            "*/json                                   | false",
            "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2 | false",
            "','                                      | false",
            "';;'                                     | false",
            "'application/json,;'                     | false",
            "'text/html,;'                            | true",
    })
    void aRouteOfTheApiRefusesJsonOnlyWhenNoRangeWithAWeightMatchesIt(String accept, boolean refused) {
        java.util.List<String> headers = accept == null ? java.util.List.of() : java.util.List.of(accept);
        assertThat(AcceptWeights.refusesJson(headers)).isEqualTo(refused);
    }
}
