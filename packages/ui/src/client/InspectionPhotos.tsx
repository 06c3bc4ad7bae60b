"use client";
import { useRef, useState } from "react";
import { PHOTO_CAPTION_MAX, PHOTO_MAX_BYTES } from "@bianmin/domain";
import { FieldError, FormError } from "./FieldError";
import { trpc } from "./trpc";
import { useAction } from "./useAction";

interface Photo {
  id: string;
  caption: string | null;
  mayRemove: boolean;
}

/** Longest side of a photo re-encoded in the browser: a phone's 12-megapixel photo becomes a few hundred kB. */
const MAX_SIDE = 2000;

/** A large photo is scaled down and re-encoded as JPEG before it is sent; a small one is sent as it is. */
async function shrink(file: File): Promise<Blob> {
  if (file.size <= PHOTO_MAX_BYTES / 2 || !file.type.startsWith("image/")) return file;
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext("2d")!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve) => canvas.toBlob((b) => resolve(b ?? file), "image/jpeg", 0.85));
}

async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * 现场照片 of a 明察暗访 visit (R-SUP-2, optional): the photos as thumbnails opening full size; an inspector adds
 * one at a time with a caption (the server checks the bytes are an image) and removes their own.
 */
export function InspectionPhotos({ inspectionId, photos, mayAdd }: { inspectionId: string; photos: Photo[]; mayAdd: boolean }) {
  const { busy, failure, run } = useAction();
  const [caption, setCaption] = useState("");
  const fileRef = useRef<HTMLInputElement>(null);

  async function upload() {
    const file = fileRef.current?.files?.[0];
    await run(async () => {
      const data = file ? await base64Of(await shrink(file)) : "";
      return trpc.inspection.addPhoto.mutate({ inspectionId, caption, data });
    }).then((ok) => {
      if (ok) {
        setCaption("");
        if (fileRef.current) fileRef.current.value = "";
      }
    });
  }

  return (
    <section className="card" data-testid="inspection-photos">
      <h2>现场照片</h2>
      {photos.length === 0 ? <p className="muted">没有照片。</p> : null}
      <ul className="photo-grid">
        {photos.map((p) => (
          <li key={p.id}>
            <a href={`/inspections/photos/${p.id}`} target="_blank" rel="noreferrer">
              <img src={`/inspections/photos/${p.id}`} alt={p.caption ?? "现场照片"} loading="lazy" />
            </a>
            <span className="small">{p.caption ?? <span className="muted">（无说明）</span>}</span>
            {p.mayRemove ? (
              <button type="button" className="btn" disabled={busy} onClick={() => void run(() => trpc.inspection.removePhoto.mutate({ id: p.id }))}>
                删除
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {mayAdd ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void upload();
          }}
        >
          <FormError failure={failure} />
          <div className="choice-row">
            <div className="field">
              <label htmlFor="photo-file">照片（JPG、PNG或WEBP）</label>
              <input id="photo-file" ref={fileRef} type="file" accept="image/jpeg,image/png,image/webp" />
              <FieldError failure={failure} path="photo" />
              <FieldError failure={failure} path="data" />
            </div>
            <div className="field">
              <label htmlFor="photo-caption">照片说明（选填）</label>
              <input id="photo-caption" value={caption} maxLength={PHOTO_CAPTION_MAX} onChange={(e) => setCaption(e.target.value)} />
              <FieldError failure={failure} path="caption" />
            </div>
          </div>
          <button type="submit" className="btn primary" disabled={busy}>
            {busy ? "正在上传…" : "上传照片"}
          </button>
        </form>
      ) : null}
    </section>
  );
}
