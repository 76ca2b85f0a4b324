'use client';

import { useEffect } from 'react';
import { labelRelativeTimes } from '@/lib/relative-times';
import { relativeTime } from '@/lib/time';

/**
 * The newsroom's relative times: its pages run React anyway, and their nonce CSP would refuse
 * the readers' inline script (components/ui/relative-times-script.tsx).
 */
export function LiveRelativeTimes() {
  useEffect(() => labelRelativeTimes(relativeTime, document), []);
  return null;
}
