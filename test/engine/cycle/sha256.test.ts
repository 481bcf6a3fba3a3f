/* SHA-256 in pure TypeScript against Node's crypto, on known vectors and many random strings. */
import { createHash } from "crypto";
import fc from "fast-check";
import { sha256Bytes, sha256Hex, utf8Bytes } from "../../../src/engine/cycle/sha256";

const node = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

describe("sha256Hex", () => {
  test("published vectors (FIPS 180-4 examples)", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
  });

  test("Chinese text is hashed as its UTF-8 bytes", () => {
    for (const text of ["方案", "华东太阳能安装商 2026年第一季度", "档位：金牌 ¥32,500.00"]) {
      expect(sha256Hex(text)).toBe(node(text));
    }
    expect(Array.from(utf8Bytes("方"))).toEqual([0xe6, 0x96, 0xb9]);
  });

  test("every padding boundary: lengths 0 to 200", () => {
    for (let n = 0; n <= 200; n++) expect(sha256Hex("x".repeat(n))).toBe(node("x".repeat(n)));
  });

  test("long input (1 MB, multi-byte characters)", () => {
    const text = "档位Gold😀".repeat(100_000);
    expect(sha256Hex(text)).toBe(node(text));
  });

  test("astral characters and lone surrogates encode like Node (U+FFFD for a lone surrogate)", () => {
    for (const text of ["😀", "a\ud800b", "\udc00", "x\ud83d", "\ud83d\ude00\ud83d"])
      expect(sha256Hex(text)).toBe(node(text));
  });

  test("random strings of any code units agree with Node", () => {
    const anyUnits = fc
      .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 })
      .map((u) => String.fromCharCode(...u));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary", maxLength: 500 }), anyUnits), (text) => {
        expect(sha256Hex(text)).toBe(node(text));
      }),
      { numRuns: 2000 },
    );
  });

  test("random bytes agree with Node", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        expect(sha256Bytes(bytes)).toBe(createHash("sha256").update(bytes).digest("hex"));
      }),
      { numRuns: 500 },
    );
  });
});
