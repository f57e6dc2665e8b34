package dev.parley.harness.browser;

import static org.testng.Assert.assertEquals;

import dev.parley.harness.peer.MessageDigest;
import dev.parley.harness.peer.MessageSpec;
import java.nio.charset.StandardCharsets;
import org.testng.annotations.Test;

/** The Java message generator must match the agent page's, or digests never compare equal. */
public class MessageGeneratorTest {

    @Test
    public void textPayloadsAreLowercaseLettersFromTheSeed() {
        assertEquals(new String(MessageSpec.text(5, 24).payload(), StandardCharsets.US_ASCII), "yzabc");
    }

    @Test
    public void binaryPayloadsFollowTheDocumentedFormula() {
        byte[] payload = MessageSpec.binary(3, 250).payload();
        assertEquals(payload[0] & 0xff, 250);
        assertEquals(payload[1] & 0xff, (250 + 31) % 251);
        assertEquals(payload[2] & 0xff, (250 + 62) % 251);
    }

    @Test
    public void theDigestOfTheEmptyMessageIsTheSha256OfNothing() {
        assertEquals(MessageDigest.of(MessageSpec.text(0, 0)).sha256(),
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
