package io.transferlab.data.shard;

import io.transferlab.data.DatasetException;
import io.transferlab.data.ImageSet;
import io.transferlab.data.synthetic.SyntheticImages;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShardCodecTest {

    private static final ImageSet SET = SyntheticImages.generate(3, 4, 3, 5, 7, 8);

    @Test
    void roundTripsThroughBytesAndStreams() {
        byte[] bytes = ShardCodec.encode(SET);
        assertThat(ShardCodec.decode(bytes, "s")).isEqualTo(SET);

        // Shards can follow each other in one stream: reading one must not consume the next.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageSet other = SyntheticImages.generate(2, 1, 1, 2, 2, 1);
        ShardCodec.write(SET, out);
        ShardCodec.write(other, out);
        ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray());
        assertThat(ShardCodec.read(in, "s")).isEqualTo(SET);
        assertThat(ShardCodec.read(in, "s")).isEqualTo(other);
    }

    @Test
    void roundTripsUnicodeNamesAndTwoByteLabels() {
        List<String> names = IntStream.range(0, 300).mapToObj(i -> "klasse-\u00e9-" + i).toList();
        ImageSet wide = new ImageSet(names, 1, 1, 1, new int[] {299, 0, 256}, new byte[] {1, 2, 3});
        assertThat(ShardCodec.decode(ShardCodec.encode(wide), "w")).isEqualTo(wide);
    }

    @Test
    void digestIsStableAndContentSensitive() {
        String digest = ShardCodec.digest(SET);
        assertThat(digest).matches("[0-9a-f]{64}");
        assertThat(ShardCodec.digest(SyntheticImages.generate(3, 4, 3, 5, 7, 8))).isEqualTo(digest);

        byte[] pixels = SET.pixels().clone();
        pixels[17]++;
        ImageSet changed = new ImageSet(SET.classNames(), 3, 5, 7, SET.labels(), pixels);
        assertThat(ShardCodec.digest(changed)).isNotEqualTo(digest);
    }

    @Test
    void corruptShardsNameTheirSource() {
        byte[] bytes = ShardCodec.encode(SET);

        byte[] badMagic = bytes.clone();
        badMagic[0] = 'X';
        assertThatThrownBy(() -> ShardCodec.decode(badMagic, "bucket/shard-7"))
                .isInstanceOf(DatasetException.class)
                .hasMessage("bucket/shard-7: not a shard: bad magic bytes 584c5348, expected 544c5348 (\"TLSH\")");

        byte[] badVersion = bytes.clone();
        badVersion[7] = 9;
        assertThatThrownBy(() -> ShardCodec.decode(badVersion, "v"))
                .hasMessage("v: unsupported shard format version 9, this reader supports 1");

        assertThatThrownBy(() -> ShardCodec.decode(Arrays.copyOf(bytes, bytes.length - 5), "t"))
                .isInstanceOf(DatasetException.class)
                .hasMessage("t: truncated: expected 1260 pixel bytes, got 1255");
        assertThatThrownBy(() -> ShardCodec.decode(Arrays.copyOf(bytes, 10), "h"))
                .hasMessage("h: truncated shard header");
        assertThatThrownBy(() -> ShardCodec.decode(Arrays.copyOf(bytes, bytes.length + 1), "x"))
                .hasMessage("x: 1 unexpected bytes after the shard");
    }
}
