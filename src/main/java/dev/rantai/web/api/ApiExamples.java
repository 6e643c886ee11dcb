package dev.rantai.web.api;

/** Example bodies for the OpenAPI document, taken from a node at difficulty 16 (the side-branch block is made up). */
final class ApiExamples {
    private ApiExamples() {
    }

    static final String BLOCK = """
            {"index":1,"timestamp":1795474378472,"data":"hello","previousHash":\
            "000096bfe29322181d85aa663fac869d02657d7c723ad2565ba02714feade10a","difficulty":16,"nonce":9298,\
            "hash":"0000746fa57961b09746402aa1b3ec9436fd39d06fc35a4b6da1495e1cbb445a","canonical":true,\
            "source":"local"}""";

    static final String SIDE_BLOCK = """
            {"index":1,"timestamp":1795474379001,"data":"from a peer","previousHash":\
            "000096bfe29322181d85aa663fac869d02657d7c723ad2565ba02714feade10a","difficulty":16,"nonce":61207,\
            "hash":"0000c3a1f2b4d5e6978a0b1c2d3e4f5061728394a5b6c7d8e9f0011223344556","canonical":false,\
            "source":"peer"}""";

    static final String CHAIN = """
            {"network":"000096bfe29322181d85aa663fac869d02657d7c723ad2565ba02714feade10a",\
            "genesis":{"index":0,"timestamp":0,"data":"Genesis Block","previousHash":\
            "0000000000000000000000000000000000000000000000000000000000000000","difficulty":16,"nonce":50444,\
            "hash":"000096bfe29322181d85aa663fac869d02657d7c723ad2565ba02714feade10a","canonical":true,\
            "source":"genesis"},"height":2,\
            "tip":"000076883de82d3d65787c10a37868a06c06a398edf373ed6cf924d86e243443","tipTimestamp":1795474378812,\
            "work":"196608","difficulty":16,"maxDataBytes":65536,"queued":0}""";

    static final String PAGE = """
            {"blocks":[{"index":2,"timestamp":1795474378812,"data":"second block","previousHash":\
            "0000746fa57961b09746402aa1b3ec9436fd39d06fc35a4b6da1495e1cbb445a","difficulty":16,"nonce":297555,\
            "hash":"000076883de82d3d65787c10a37868a06c06a398edf373ed6cf924d86e243443","canonical":true,\
            "source":"local"},{"index":1,"timestamp":1795474378472,"data":"hello","previousHash":\
            "000096bfe29322181d85aa663fac869d02657d7c723ad2565ba02714feade10a","difficulty":16,"nonce":9298,\
            "hash":"0000746fa57961b09746402aa1b3ec9436fd39d06fc35a4b6da1495e1cbb445a","canonical":true,\
            "source":"local"}],"next":"/api/blocks?before=1&limit=2"}""";

    static final String VERIFIED = """
            {"valid":true,"checked":3,"fromHeight":0,"toHeight":2,"failedHeight":null,"problem":null,"tookMs":2}""";

    static final String BROKEN = """
            {"valid":false,"checked":2,"fromHeight":0,"toHeight":2,"failedHeight":2,\
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
            "detail":"No block has height 9000; the tip is at height 2.","instance":"/api/blocks/9000"}""";

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
