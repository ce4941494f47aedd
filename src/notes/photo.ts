/**
 * A photo of the terminal's screen, made small enough to keep: decoded in the browser, scaled
 * so its long side is at most 1600 px, re-encoded as JPEG (q 0.8). A 12-megapixel phone photo
 * (4–8 MB) becomes ~200–500 kB, which is plenty to read a terminal message and keeps backups
 * small. JPEG rather than WebP: Safari's canvas cannot encode WebP (it would silently give PNG).
 *
 * Browser only (createImageBitmap, OffscreenCanvas or <canvas>). `fitWithin` is the pure part.
 */

export const MAX_PHOTO_SIDE = 1600;
export const PHOTO_TYPE = 'image/jpeg';
export const PHOTO_QUALITY = 0.8;

/** The size to draw at: the long side at most `max`, aspect ratio kept, never enlarged. */
export function fitWithin(
  width: number,
  height: number,
  max: number = MAX_PHOTO_SIDE,
): { width: number; height: number } {
  if (!(width > 0) || !(height > 0)) throw new RangeError('image has no size');
  const scale = Math.min(1, max / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

interface Decoded {
  source: CanvasImageSource;
  width: number;
  height: number;
  release(): void;
}

/** Decodes with createImageBitmap (EXIF rotation applied), else through an <img>. */
async function decode(file: Blob): Promise<Decoded> {
  if (typeof createImageBitmap === 'function') {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    return {
      source: bitmap,
      width: bitmap.width,
      height: bitmap.height,
      release: () => bitmap.close(),
    };
  }
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    return {
      source: img,
      width: img.naturalWidth,
      height: img.naturalHeight,
      release: () => URL.revokeObjectURL(url),
    };
  } catch (e) {
    URL.revokeObjectURL(url);
    throw e;
  }
}

function canvasToBlob(canvas: HTMLCanvasElement, type: string, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob gave nothing'))),
      type,
      quality,
    );
  });
}

/**
 * Downscales a chosen or captured image to at most `maxSide` px on its long side, as JPEG.
 * Rejects when the file is not an image the browser can decode (e.g. HEIC on Android).
 */
export async function downscalePhoto(
  file: Blob,
  { maxSide = MAX_PHOTO_SIDE, quality = PHOTO_QUALITY } = {},
): Promise<Blob> {
  const image = await decode(file);
  try {
    const { width, height } = fitWithin(image.width, image.height, maxSide);
    if (typeof OffscreenCanvas === 'function') {
      const canvas = new OffscreenCanvas(width, height);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      // JPEG has no transparency: a transparent screenshot would turn black without this.
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, width, height);
      ctx.drawImage(image.source, 0, 0, width, height);
      return await canvas.convertToBlob({ type: PHOTO_TYPE, quality });
    }
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.drawImage(image.source, 0, 0, width, height);
    try {
      return await canvasToBlob(canvas, PHOTO_TYPE, quality);
    } finally {
      // Frees the bitmap memory at once on iOS, which keeps it until GC otherwise.
      canvas.width = 0;
      canvas.height = 0;
    }
  } finally {
    image.release();
  }
}
