package dev.rantai.web.api;

/** Example bodies for the OpenAPI document: what a node at difficulty 16 really answers. */
final class ApiExamples {
    private ApiExamples() {
    }

    static final String BLOCK = """
            {"index":3,"timestamp":1732400000123,"data":"hello","previousHash":\
            "0000b5e1b5ed4e3a3d6c1b2f6b0c0e8a1f8d9e7c6b5a493827161504f3e2d1c0","difficulty":16,"nonce":48213,\
            "hash":"00004f2a9c3e1d7b8a6f5e4d3c2b1a0918273645546372819a0b1c2d3e4f5a6b","canonical":true,\
            "source":"local"}""";

    static final String SIDE_BLOCK = """
            {"index":3,"timestamp":1732400000456,"data":"from a peer","previousHash":\
            "0000b5e1b5ed4e3a3d6c1b2f6b0c0e8a1f8d9e7c6b5a493827161504f3e2d1c0","difficulty":16,"nonce":90211,\
            "hash":"0000c0ffee1d7b8a6f5e4d3c2b1a0918273645546372819a0b1c2d3e4f5a6b7c","canonical":false,\
            "source":"peer"}""";

    static final String CHAIN = """
            {"network":"0000d8f3a9c3b4f87e0b1f0d5e0a7c9b2e6f4a1d3c5b7e9f0a2c4e6b8d0f1a3c",\
            "genesis":{"index":0,"timestamp":0,"data":"Genesis Block","previousHash":\
            "0000000000000000000000000000000000000000000000000000000000000000","difficulty":16,"nonce":52386,\
            "hash":"0000d8f3a9c3b4f87e0b1f0d5e0a7c9b2e6f4a1d3c5b7e9f0a2c4e6b8d0f1a3c","canonical":true,\
            "source":"genesis"},"height":3,\
            "tip":"00004f2a9c3e1d7b8a6f5e4d3c2b1a0918273645546372819a0b1c2d3e4f5a6b","tipTimestamp":1732400000123,\
            "work":"262144","difficulty":16,"maxDataBytes":65536,"queued":0}""";

    static final String PAGE = """
            {"blocks":[{"index":3,"timestamp":1732400000123,"data":"hello","previousHash":\
            "0000b5e1b5ed4e3a3d6c1b2f6b0c0e8a1f8d9e7c6b5a493827161504f3e2d1c0","difficulty":16,"nonce":48213,\
            "hash":"00004f2a9c3e1d7b8a6f5e4d3c2b1a0918273645546372819a0b1c2d3e4f5a6b","canonical":true,\
            "source":"local"},{"index":2,"timestamp":1732399990001,"data":"world","previousHash":\
            "00007a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7","difficulty":16,"nonce":7311,\
            "hash":"0000b5e1b5ed4e3a3d6c1b2f6b0c0e8a1f8d9e7c6b5a493827161504f3e2d1c0","canonical":true,\
            "source":"peer"}],"next":"/api/blocks?before=2&limit=2"}""";

    static final String VERIFIED = """
            {"valid":true,"checked":4,"fromHeight":0,"toHeight":3,"failedHeight":null,"problem":null,"tookMs":2}""";

    static final String BROKEN = """
            {"valid":false,"checked":2,"fromHeight":0,"toHeight":3,"failedHeight":2,\
            "problem":"hash: hash is 0000b5e1... but the header hashes to 8c1f...","tookMs":1}""";

    static final String SUBMIT_JSON = """
            {"data":"hello"}""";

    static final String SUBMIT_TEXT = "hello";

    static final String BAD_LIMIT = """
            {"type":"urn:rantai:problem:invalid-parameter","title":"Invalid parameter","status":400,\
            "detail":"limit must be 1..500, was 0.","instance":"/api/blocks"}""";

    static final String BAD_ID = """
            {"type":"urn:rantai:problem:invalid-parameter","title":"Invalid parameter","status":400,\
            "detail":"'abc' is neither a height (digits, like 42) nor a block hash (64 hex digits).",\
            "instance":"/api/blocks/abc"}""";

    static final String NOT_FOUND = """
            {"type":"urn:rantai:problem:block-not-found","title":"Block not found","status":404,\
            "detail":"No block has height 9000; the tip is at height 3.","instance":"/api/blocks/9000"}""";

    static final String MISSING_DATA = """
            {"type":"urn:rantai:problem:invalid-body","title":"Invalid request body","status":400,\
            "detail":"The field \\"data\\" is missing; send {\\"data\\":\\"hello\\"}.","instance":"/api/blocks"}""";

    static final String MALFORMED = """
            {"type":"urn:rantai:problem:malformed-json","title":"Malformed JSON","status":400,\
            "detail":"The body is not valid JSON at line 1, column 10: Unexpected end-of-input.",\
            "instance":"/api/blocks"}""";

    static final String EMPTY_DATA = """
            {"type":"urn:rantai:problem:rule-violation","title":"The data breaks a chain rule","status":422,\
            "detail":"data is empty","instance":"/api/blocks","rule":"data-empty"}""";

    static final String TOO_LARGE = """
            {"type":"urn:rantai:problem:rule-violation","title":"The data breaks a chain rule","status":413,\
            "detail":"data is 70000 bytes of UTF-8, at most 65536 are allowed","instance":"/api/blocks",\
            "rule":"data-too-large"}""";

    static final String UNSUPPORTED = """
            {"type":"urn:rantai:problem:unsupported-media-type","title":"Unsupported media type","status":415,\
            "detail":"Content-Type 'application/xml' is not accepted by POST /api/blocks. Send application/json or\
             text/plain.","instance":"/api/blocks"}""";

    static final String UNAVAILABLE = """
            {"type":"urn:rantai:problem:chain-unavailable","title":"The chain cannot take submissions now",\
            "status":503,"detail":"10000 submissions are already waiting to be mined; try again shortly. Retry after\
             5 seconds.","instance":"/api/blocks"}""";
}
