import { DomainError } from "./errors";

/**
 * Photos of a 明察暗访 visit (R-SUP-2, optional): evidence kept beside the record. Only images are accepted, and
 * the type is read from the bytes themselves, not from the name or the browser's claim, so that a renamed file or
 * a script cannot pass as a photo.
 */
export const PHOTO_MIME_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
export type PhotoMimeType = (typeof PHOTO_MIME_TYPES)[number];
export const PHOTO_MAX_BYTES = 3 * 1024 * 1024;
export const PHOTOS_PER_INSPECTION_MAX = 8;
export const PHOTO_CAPTION_MAX = 100;

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((x, i) => b[at + i] === x);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The image type the bytes are, by their signature; null when they are none of the accepted types. */
export function photoMimeType(bytes: Uint8Array): PhotoMimeType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  return null;
}

/** Check one upload against the rules; returns its type. Refusals name the field `photo`. */
export function acceptPhoto(bytes: Uint8Array, photosSoFar: number): PhotoMimeType {
  const refuse = (message: string) => new DomainError("INVALID_INPUT", message, { field: "photo" });
  if (photosSoFar >= PHOTOS_PER_INSPECTION_MAX) throw refuse(`每次明察暗访最多上传${PHOTOS_PER_INSPECTION_MAX}张照片`);
  if (bytes.length === 0) throw refuse("照片文件是空的，请重新选择");
  if (bytes.length > PHOTO_MAX_BYTES) throw refuse(`照片不能超过${PHOTO_MAX_BYTES / 1024 / 1024}MB，请压缩后再上传`);
  const type = photoMimeType(bytes);
  if (!type) throw refuse("照片只能是JPG、PNG或WEBP格式的图片");
  return type;
}
