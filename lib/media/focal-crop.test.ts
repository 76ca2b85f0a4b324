import { describe, expect, it } from 'vitest';
import { focalCrop } from './focal-crop';

const WIDE = { width: 16, height: 9 };
const SQUARE = { width: 1, height: 1 };
const FOUR_THREE = { width: 4, height: 3 };

describe('focalCrop', () => {
  it('keeps the full height of a 4:3 picture for a 16:9 crop and centres it by default', () => {
    expect(focalCrop(4000, 3000, WIDE, 0.5, 0.5)).toEqual({ left: 0, top: 375, width: 4000, height: 2250 });
  });

  it('cuts the sides for a square crop and follows the focal point', () => {
    expect(focalCrop(4000, 3000, SQUARE, 0.5, 0.5)).toEqual({ left: 500, top: 0, width: 3000, height: 3000 });
    expect(focalCrop(4000, 3000, SQUARE, 0.3, 0.5)).toEqual({ left: 0, top: 0, width: 3000, height: 3000 });
    expect(focalCrop(4000, 3000, SQUARE, 0.6, 0.5)).toEqual({ left: 900, top: 0, width: 3000, height: 3000 });
  });

  it('stops at the edges when the focal point is near them', () => {
    expect(focalCrop(4000, 3000, WIDE, 0.5, 0)).toEqual({ left: 0, top: 0, width: 4000, height: 2250 });
    expect(focalCrop(4000, 3000, WIDE, 0.5, 1)).toEqual({ left: 0, top: 750, width: 4000, height: 2250 });
    expect(focalCrop(3000, 4000, SQUARE, 1, 1)).toEqual({ left: 0, top: 1000, width: 3000, height: 3000 });
  });

  it('returns the whole picture when it already has the ratio', () => {
    expect(focalCrop(1600, 1200, FOUR_THREE, 0.1, 0.9)).toEqual({ left: 0, top: 0, width: 1600, height: 1200 });
  });

  it('puts the focal point in the middle of the crop whenever the edges allow', () => {
    const crop = focalCrop(6000, 2000, SQUARE, 0.75, 0.5);
    expect(crop).toEqual({ left: 3500, top: 0, width: 2000, height: 2000 });
    expect(crop.left + crop.width / 2).toBe(0.75 * 6000);
  });

  it('stays inside the picture for tiny pictures and bad focal points', () => {
    for (const [w, h] of [[1, 1], [3, 1], [1, 3], [17, 5]] as const) {
      for (const [fx, fy] of [[-1, 2], [Number.NaN, 0.5], [0.999, 0.001]] as const) {
        const crop = focalCrop(w, h, WIDE, fx, fy);
        expect(crop.width).toBeGreaterThanOrEqual(1);
        expect(crop.height).toBeGreaterThanOrEqual(1);
        expect(crop.left + crop.width).toBeLessThanOrEqual(w);
        expect(crop.top + crop.height).toBeLessThanOrEqual(h);
        expect(crop.left).toBeGreaterThanOrEqual(0);
        expect(crop.top).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('refuses an empty picture', () => {
    expect(() => focalCrop(0, 10, WIDE, 0.5, 0.5)).toThrow(RangeError);
  });
});
