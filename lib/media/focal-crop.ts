/**
 * The crop rectangle for one aspect ratio: the largest rectangle of that ratio that fits in
 * the picture, centred on the focal point as far as the edges allow. Pure integer pixels,
 * ready for sharp's `extract`; the variant is then resized from it.
 */

export interface CropRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Ratio {
  width: number;
  height: number;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export function focalCrop(imageWidth: number, imageHeight: number, ratio: Ratio, focalX: number, focalY: number): CropRect {
  if (!(imageWidth >= 1 && imageHeight >= 1)) throw new RangeError('The picture must be at least 1×1');
  const target = ratio.width / ratio.height;
  // Wider than the ratio: keep the full height and cut the sides; otherwise the reverse.
  let width = imageWidth;
  let height = imageHeight;
  if (imageWidth / imageHeight > target) width = clamp(Math.round(imageHeight * target), 1, imageWidth);
  else height = clamp(Math.round(imageWidth / target), 1, imageHeight);
  // A focal point outside 0..1 (bad data) still gives a rectangle inside the picture.
  const fx = clamp(Number.isFinite(focalX) ? focalX : 0.5, 0, 1);
  const fy = clamp(Number.isFinite(focalY) ? focalY : 0.5, 0, 1);
  const left = clamp(Math.round(fx * imageWidth - width / 2), 0, imageWidth - width);
  const top = clamp(Math.round(fy * imageHeight - height / 2), 0, imageHeight - height);
  return { left, top, width, height };
}
