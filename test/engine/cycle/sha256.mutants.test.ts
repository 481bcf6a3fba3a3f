/*
 * SHA-256 and its UTF-8 encoder on fixed inputs only (no random cases), so a mutation run of
 * src/engine/cycle/sha256.ts can use this file instead of sha256.test.ts, whose 2,500 random
 * cases and 1 MB input make every mutant slow (docs/testing.md, "Mutation testing"). Expected
 * values come from FIPS 180-4's published examples and from Node's own crypto and Buffer (an
 * independent SHA-256 and UTF-8 encoder), never from the code under test.
 */
import { createHash } from "crypto";
import { sha256Bytes, sha256Hex, utf8Bytes } from "../../../src/engine/cycle/sha256";

const nodeText = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const nodeBytes = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe("sha256Hex on published vectors", () => {
  test.each<[string, string]>([
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
    // 56 bytes: the padding's 1 bit and length no longer fit in the block, so a second block is hashed.
    [
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    ],
  ])("SHA-256(%j)", (text, hex) => {
    expect(sha256Hex(text)).toBe(hex);
  });
});

describe("sha256Bytes against Node's crypto", () => {
  test("every length from 0 to 130 bytes (one, two and three blocks; the padding's edges at 55, 56, 63, 64, 119, 120)", () => {
    for (let n = 0; n <= 130; n++) {
      // Bytes with the high bit set too, so a signed read of a byte or word would show.
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 151 + 7) & 0xff);
      expect(sha256Bytes(bytes)).toBe(nodeBytes(bytes));
    }
  });

  test("all 256 byte values, in order and reversed", () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(sha256Bytes(all)).toBe(nodeBytes(all));
    const reversed = all.slice().reverse();
    expect(sha256Bytes(reversed)).toBe(nodeBytes(reversed));
  });

  test("the digest is 64 lowercase hex digits, leading zeros kept", () => {
    // Some words of some digest start with a zero nibble; padStart must keep it.
    for (let n = 0; n < 40; n++) {
      const hex = sha256Hex(String(n));
      expect(hex).toMatch(/^[0-9a-f]{64}$/);
      expect(hex).toBe(nodeText(String(n)));
    }
  });
});

describe("utf8Bytes: the UTF-8 encoding (RFC 3629), as Node's Buffer writes it", () => {
  const cases: [string, string][] = [
    ["U+007F, the last one-byte character", "\u007f"],
    ["U+0080, the first two-byte character", "\u0080"],
    ["U+07FF, the last two-byte character", "\u07ff"],
    ["U+0800, the first three-byte character", "\u0800"],
    ["U+D7FF, just below the surrogates", "\ud7ff"],
    ["U+E000, just above the surrogates", "\ue000"],
    ["U+FFFF, the last three-byte character", "\uffff"],
    ["U+10000, the first four-byte character (D800 DC00)", "\ud800\udc00"],
    ["U+103FF (D800 DFFF)", "\ud800\udfff"],
    ["U+10FFFF, the last character (DBFF DFFF)", "\udbff\udfff"],
    ["a lone high surrogate at the end", "a\ud800"],
    ["a lone high surrogate before text", "\ud800a"],
    ["the last high surrogate, alone", "\udbff"],
    ["a lone low surrogate", "\udc00"],
    ["the last low surrogate, alone", "\udfff"],
    ["two high surrogates", "\ud800\udbff"],
    ["a high surrogate before a character just above the surrogates", "\ud800\ue000"],
    ["a low surrogate before a high one (not a pair)", "\udc00\ud800"],
    ["two low surrogates (a low one never starts a pair)", "\udc00\udfff"],
    ["a pair after a lone high surrogate", "\ud800\ud83d\ude00"],
    ["mixed widths", "a\u00e9\u65b9\ud83d\ude00z"],
  ];
  test.each(cases)("%s", (_, text) => {
    expect(Array.from(utf8Bytes(text))).toEqual(Array.from(Buffer.from(text, "utf8")));
    expect(sha256Hex(text)).toBe(nodeText(text));
  });

  test("a lone surrogate becomes U+FFFD (EF BF BD); a pair becomes its one character", () => {
    expect(Array.from(utf8Bytes("\ud800"))).toEqual([0xef, 0xbf, 0xbd]);
    expect(Array.from(utf8Bytes("\udfff"))).toEqual([0xef, 0xbf, 0xbd]);
    // U+1F600 = 0b000_011111_011000_000000 → F0 9F 98 80.
    expect(Array.from(utf8Bytes("\ud83d\ude00"))).toEqual([0xf0, 0x9f, 0x98, 0x80]);
  });
});
