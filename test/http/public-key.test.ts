// The portal's public key (64 hex characters, the raw 32 bytes) becomes a node
// KeyObject through a JWK, not a hand-built DER structure; it must be the very
// key that signed, and nothing else may pass.
import { sign } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ed25519PublicKey, verifySignature } from "../../src/http/server.js";
import { makeKeys } from "./signing.js";

describe("the Ed25519 public key import", () => {
  it("yields the same raw key the portal shows", () => {
    const keys = makeKeys();
    const key = ed25519PublicKey(keys.publicKeyHex);
    expect(key.asymmetricKeyType).toBe("ed25519");
    expect(Buffer.from(key.export({ format: "jwk" }).x!, "base64url").toString("hex")).toBe(keys.publicKeyHex.toLowerCase());
  });

  it("accepts upper-case hex as the portal may show it", () => {
    const keys = makeKeys();
    const body = Buffer.from('{"type":1}');
    const signature = sign(null, Buffer.concat([Buffer.from("123"), body]), keys.privateKey).toString("hex");
    expect(verifySignature(ed25519PublicKey(keys.publicKeyHex.toUpperCase()), signature, "123", body)).toBe(true);
  });

  it("verifies the key's own signatures and refuses another key's", () => {
    const [ours, theirs] = [makeKeys(), makeKeys()];
    const body = Buffer.from('{"type":1}');
    const signed = (k: typeof ours) => sign(null, Buffer.concat([Buffer.from("1700000000"), body]), k.privateKey).toString("hex");
    const key = ed25519PublicKey(ours.publicKeyHex);
    expect(verifySignature(key, signed(ours), "1700000000", body)).toBe(true);
    expect(verifySignature(key, signed(theirs), "1700000000", body)).toBe(false);
    expect(verifySignature(key, signed(ours), "1700000001", body)).toBe(false);
  });

  it("refuses anything but 64 hexadecimal characters", () => {
    for (const bad of ["", "abc", "g".repeat(64), "a".repeat(62), "a".repeat(66)]) {
      expect(() => ed25519PublicKey(bad)).toThrow(/64 hexadecimal/);
    }
  });
});
