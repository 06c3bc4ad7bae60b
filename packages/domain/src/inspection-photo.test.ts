import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "./errors";
import { PHOTO_MAX_BYTES, PHOTOS_PER_INSPECTION_MAX, acceptPhoto, photoMimeType } from "./inspection-photo";

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const webp = Uint8Array.from([...Buffer.from("RIFF"), 1, 2, 3, 4, ...Buffer.from("WEBPVP8 ")]);

function refusal(f: () => unknown): DomainError {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e;
  }
  throw new Error("expected a refusal");
}

describe("inspection photos", () => {
  it("R-SUP-2 a photo's type comes from its bytes: JPEG, PNG and WEBP are accepted", () => {
    expect(photoMimeType(jpeg)).toBe("image/jpeg");
    expect(photoMimeType(png)).toBe("image/png");
    expect(photoMimeType(webp)).toBe("image/webp");
    expect(acceptPhoto(png, 0)).toBe("image/png");
  });

  it("R-SUP-2 anything else is refused on the photo field, whatever its name claims", () => {
    for (const bytes of [Buffer.from("<script>alert(1)</script>"), Buffer.from("%PDF-1.7"), Buffer.from("GIF89a"), Buffer.from("RIFF0000WAVE")]) {
      const e = refusal(() => acceptPhoto(bytes, 0));
      expect(e.details).toEqual({ field: "photo" });
      expect(e.message).toContain("JPG");
    }
  });

  it("R-SUP-2 empty, too large, and one photo too many are refused with the limit named", () => {
    expect(refusal(() => acceptPhoto(new Uint8Array(), 0)).message).toContain("空");
    const big = new Uint8Array(PHOTO_MAX_BYTES + 1);
    big.set(png);
    expect(refusal(() => acceptPhoto(big, 0)).message).toContain("3MB");
    expect(refusal(() => acceptPhoto(png, PHOTOS_PER_INSPECTION_MAX)).message).toContain(String(PHOTOS_PER_INSPECTION_MAX));
    expect(acceptPhoto(png, PHOTOS_PER_INSPECTION_MAX - 1)).toBe("image/png");
  });

  it("R-SUP-2 random bytes are a photo only when they start with an image signature", () => {
    const noSignature = fc.uint8Array({ maxLength: 64 }).filter((b) => b[0] !== 0xff && b[0] !== 0x89 && b[0] !== 0x52);
    fc.assert(fc.property(noSignature, (bytes) => photoMimeType(bytes) === null));
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (rest) => photoMimeType(Uint8Array.from([...jpeg.slice(0, 3), ...rest])) === "image/jpeg"));
  });
});
