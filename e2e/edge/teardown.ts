import { stopEdge, stopOrigin, thawEdge } from './environment';

/** Stops what setup started, by pid (a frozen Varnish is thawed first so it can exit). */
export default async function teardown() {
  try {
    thawEdge();
  } catch {
    // not running
  }
  await stopEdge();
  await stopOrigin();
}
