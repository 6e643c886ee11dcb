package dev.rantai.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.rantai.chain.Block;
import dev.rantai.chain.BlockSource;
import dev.rantai.chain.store.StoredBlock;

/** A block as the API shows it: the block's own fields, then whether it is on the canonical chain and its source. */
@Schema(name = "Block")
public record BlockView(
        @Schema(description = "Height: 0 is the genesis") long index,
        @Schema(description = "Epoch milliseconds") long timestamp,
        @Schema(description = "The block's data, UTF-8 text") String data,
        @Schema(description = "Hash of the parent block, 64 lowercase hex digits") String previousHash,
        @Schema(description = "Leading zero bits the hash must have") int difficulty,
        long nonce,
        @Schema(description = "SHA-256 of the 92-byte header, 64 lowercase hex digits") String hash,
        @Schema(description = "Whether the block is on the canonical chain (false: a side branch)") boolean canonical,
        @Schema(description = "Where the block came from", enumeration = {
                "genesis", "local", "peer", "book" }) String source){

    static BlockView of(StoredBlock stored, boolean canonical) {
        return of(stored.block(), canonical, stored.source());
    }

    /** A block this node just mined and committed on its tip. */
    public static BlockView mined(Block block) {
        return of(block, true, BlockSource.LOCAL);
    }

    static BlockView of(Block b, boolean canonical, BlockSource source) {
        return new BlockView(b.index(), b.timestamp(), b.data(), b.previousHash(), b.difficulty(), b.nonce(), b.hash(),
                canonical, source.id());
    }
}
