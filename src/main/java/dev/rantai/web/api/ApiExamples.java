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

    static final String MALFORMED = """
            {"type":"urn:rantai:problem:malformed-json","title":"Malformed JSON","status":400,\
            "detail":"The body is not valid JSON at line 1, column 10: Unexpected end-of-input.",\
            "instance":"/api/blocks"}""";

    static final String UNAVAILABLE = """
            {"type":"urn:rantai:problem:chain-unavailable","title":"The chain cannot take submissions now",\
            "status":503,"detail":"10000 submissions are already waiting to be mined; try again shortly. Retry after\
             5 seconds.","instance":"/api/blocks"}""";

    static final String PEERS = """
            [{"address":"127.0.0.1:3001","state":"connected","direction":"outbound",\
            "nodeId":"5f0c1a2b3c4d5e6f708192a3b4c5d6e7","configured":true,"remoteHeight":12,\
            "lastSeen":"2026-11-30T10:15:02.113Z","rttMillis":1,"agent":"rantai/0.1.0","banReason":null,\
            "bannedUntil":null,"nextAttempt":null},\
            {"address":"127.0.0.1:3002","state":"backing-off","direction":null,"nodeId":null,"configured":true,\
            "remoteHeight":0,"lastSeen":null,"rttMillis":null,"agent":null,"banReason":null,"bannedUntil":null,\
            "nextAttempt":"2026-11-30T10:15:08.000Z"}]""";

    static final String ADD_PEER = """
            {"address":"127.0.0.1:3001"}""";

    static final String BAD_PEER = """
            {"type":"urn:rantai:problem:invalid-peer-address","title":"Invalid peer address","status":400,\
            "detail":"'localhost' is not host:port","instance":"/api/peers"}""";

    static final String PEER_NOT_FOUND = """
            {"type":"urn:rantai:problem:peer-not-found","title":"No such peer","status":404,\
            "detail":"127.0.0.1:3009 is not a peer this node dials. GET /api/peers lists them.",\
            "instance":"/api/peers/127.0.0.1:3009"}""";

    static final String BAD_BAN = """
            {"type":"urn:rantai:problem:invalid-peer-address","title":"Invalid peer address","status":400,\
            "detail":"'localhost' is a name; bans are kept by IP address. Give the IP or host:port as GET /api/peers\
             lists the ban.","instance":"/api/peers/localhost/ban"}""";

    static final String BAN_NOT_FOUND = """
            {"type":"urn:rantai:problem:ban-not-found","title":"No such ban","status":404,\
            "detail":"No ban on 192.0.2.7 is in force. GET /api/peers lists the bans (state \\"banned\\").",\
            "instance":"/api/peers/192.0.2.7/ban"}""";

    static final String NO_P2P = """
            {"type":"urn:rantai:problem:p2p-unavailable","title":"P2P is not running","status":503,\
            "detail":"This node runs without its peer-to-peer service (rantai.p2p.enabled=false, or it is\
             stopping).","instance":"/api/peers"}""";

    static final String UNAUTHORIZED = """
            {"type":"about:blank","title":"Unauthorized","status":401,"detail":"This node requires the API token\
             for writes: send Authorization: Bearer <token> (in a browser, give it once at /token).",\
            "instance":"/api/blocks"}""";

    static final String CROSS_ORIGIN = """
            {"type":"urn:rantai:problem:cross-origin-write","title":"Write from another site refused","status":403,\
            "detail":"This write came from a page of another site (Origin or Sec-Fetch-Site says so): browsers may\
             only change this node from its own pages. Scripts and curl send neither header.",\
            "instance":"/api/blocks"}""";

    static final String NODE = """
            {"nodeId":"9a1f0c2b3d4e5f60718293a4b5c6d7e8","network":\
            "000096bfe29322181d85aa663fac869d02657d7c723ad2565ba02714feade10a","agent":"rantai/0.1.0",\
            "protocolVersion":1,"addresses":["0.0.0.0:3000"],"startedAt":"2026-11-30T10:00:00.000Z",\
            "uptimeSeconds":902,"height":12,"tip":"0000a3c1e2f4b5d6978a0b1c2d3e4f5061728394a5b6c7d8e9f0011223344556",\
            "peers":2,"bestPeerHeight":12,"blocksBehind":0}""";

    static final String MAP = """
            {"self":"0.0.0.0:3000","nodes":[{"address":"0.0.0.0:3000","nodeId":"9a1f0c2b3d4e5f60718293a4b5c6d7e8",\
            "state":"self","direction":null,"height":12,"behind":0,"rttMillis":null,"self":true},\
            {"address":"127.0.0.1:3001","nodeId":"5f0c1a2b3c4d5e6f708192a3b4c5d6e7","state":"connected",\
            "direction":"outbound","height":12,"behind":0,"rttMillis":1,"self":false},\
            {"address":"127.0.0.1:3002","nodeId":null,"state":"reported","direction":null,"height":0,"behind":0,\
            "rttMillis":null,"self":false}],"links":[{"from":"0.0.0.0:3000","to":"127.0.0.1:3001","kind":"session",\
            "state":"connected"},{"from":"127.0.0.1:3001","to":"127.0.0.1:3002","kind":"reported","state":"reported"}]}""";

    static final String MESSAGES = """
            {"messages":[{"seq":41,"time":1795474378901,"direction":"in","peer":"127.0.0.1:3001","type":"block",\
            "bytes":312,"summary":"block 12 0000a3c1e2f4b5d6978a0b1c2d3e4f5061728394a5b6c7d8e9f0011223344556, 5\
             characters of data","blockHash":"0000a3c1e2f4b5d6978a0b1c2d3e4f5061728394a5b6c7d8e9f0011223344556"},\
            {"seq":42,"time":1795474379002,"direction":"out","peer":"127.0.0.1:3002","type":"blocks","bytes":9120,\
            "summary":"30 blocks, heights 1 to 30","blockHash":null}],"last":45,"left":3}""";

    static final String TRAFFIC = """
            [{"second":1795474378,"counts":[{"direction":"in","type":"block","messages":3,"bytes":930},\
            {"direction":"out","type":"block","messages":6,"bytes":1860}]},{"second":1795474379,"counts":[]}]""";

    static final String PROPAGATION = """
            {"hash":"0000a3c1e2f4b5d6978a0b1c2d3e4f5061728394a5b6c7d8e9f0011223344556","height":12,"source":"peer",\
            "summary":"received from 127.0.0.1:3001 (announced), 4 ms after its timestamp","timestamp":1795474378897,\
            "storedAt":1795474378903,"firstSeen":1795474378901,"firstFrom":"127.0.0.1:3001","how":"announced",\
            "delayMillis":4,"announcements":[{"peer":"127.0.0.1:3001","time":1795474378901,"afterFirstMillis":0},\
            {"peer":"127.0.0.1:3002","time":1795474378903,"afterFirstMillis":2}]}""";

    static final String CHART = """
            [{"height":11,"timestamp":1795474377120,"source":"local","intervalMillis":1002,"miningMillis":3,\
            "propagationMillis":null},{"height":12,"timestamp":1795474378897,"source":"peer","intervalMillis":1777,\
            "miningMillis":null,"propagationMillis":6}]""";
}
