import { describe, expect, it } from 'vitest';
import { ASPECTS } from './image-ref';
import { focalCrop } from './focal-crop';
import { masterSize, planVariants } from './process';
import { RATIOS, widthsFor } from './variant-plan';

describe('masterSize', () => {
  it('decodes a 12-megapixel photo at about the widest variant, not at full size', () => {
    const size = masterSize(4000, 3000);
    expect(size.width).toBeLessThan(1800);
    expect(size.width / size.height).toBeCloseTo(4 / 3, 2);
  });

  it('leaves every crop at least as wide as its widest variant, for any shape', () => {
    for (const [width, height] of [[4000, 3000], [3000, 4000], [8000, 2000], [2000, 8000], [6000, 6000], [1300, 900]] as const) {
      const master = masterSize(width, height);
      for (const aspect of ASPECTS) {
        const full = focalCrop(width, height, RATIOS[aspect], 0.5, 0.5).width;
        const cut = focalCrop(master.width, master.height, RATIOS[aspect], 0.5, 0.5).width;
        expect(widthsFor(aspect, cut), `${width}×${height} ${aspect}`).toEqual(widthsFor(aspect, full));
      }
    }
  });

  it('never enlarges a small picture', () => {
    expect(masterSize(900, 600)).toEqual({ width: 900, height: 600 });
  });
});

describe('planVariants', () => {
  it('plans 21 variants and the library preview for a large picture, the same for any focal point', () => {
    const plan = planVariants(1700, 1275, 0.2, 0.8);
    expect(plan).toHaveLength(22);
    expect(plan.filter((job) => job.variant.aspect === 'og')).toEqual([
      expect.objectContaining({ variant: { aspect: 'og', format: 'jpeg', width: 1200, height: 630 } }),
    ]);
    expect(planVariants(1700, 1275, 0.9, 0.1).map((job) => job.variant)).toEqual(plan.map((job) => job.variant));
  });
});
