import type { RunningServer } from '../../bench/server';
import { Checks, runId, type SiteContent } from './checks';
import type { ActionAnswer, NewsroomClient, PublishableDraft } from './newsroom-client';
import { fetchOnce, Readers, sleep, summarise } from './readers';
import type { Stack } from './stack';

/*
 * Postgres restart under load (DATABASE_URL mode): readers on every kind of page and a
 * publish every 2 s; halfway through, Postgres stops for a few seconds and starts again.
 * Cached pages must keep answering, acknowledged publishes must survive, publishes during
 * the outage must get the retry message with nothing written, /api/health must say 503
 * while the database is away and 200 soon after, and the server process must live on.
 */

export interface PostgresRestartOptions {
  durationS: number;
  outageS: number;
  publishEveryMs: number;
  readers: number;
}

interface Publish {
  at: number;
  draft: PublishableDraft;
  answer: ActionAnswer;
}

export interface PostgresRestartFigures {
  durationS: number;
  readers: ReturnType<typeof summarise> & { cached: ReturnType<typeof summarise>; uncached: ReturnType<typeof summarise> };
  /** Reader answers while Postgres was down, by kind of page. */
  duringOutage: { cached: ReturnType<typeof summarise>; uncached: ReturnType<typeof summarise> };
  publishes: { acknowledged: number; refusedWithRetryMessage: number; other: number };
  outage: { stoppedAtS: number; backAtS: number };
  health: { samples: number; during503: number; duringOther: number; recoverySeconds: number | null };
  processExited: boolean;
}

const RETRY_MESSAGE = 'Nothing you typed was lost; please try again.';
const RECOVERY_LIMIT_S = 5;

export async function postgresRestart(
  stack: Stack,
  server: RunningServer,
  client: NewsroomClient,
  content: SiteContent,
  options: PostgresRestartOptions,
): Promise<{ checks: Checks; figures: PostgresRestartFigures }> {
  const checks = new Checks('postgres restart');
  let exited = false;
  server.child.once('exit', () => (exited = true));

  // Drafts for every publish tick, and one for the write made while Postgres is down, made
  // before the load: creating one is a write too, and the test is about the publishes.
  const ticks = Math.ceil((options.durationS * 1000) / options.publishEveryMs);
  const drafts: PublishableDraft[] = [];
  for (let i = 0; i <= ticks; i++) {
    drafts.push({
      id: await client.createDraft(),
      version: 1,
      headline: `Fault test ${runId} story ${i} survives a database restart`,
      slug: `fault-pg-${runId}-${i}`,
      sourceId: content.sourceIds[i % content.sourceIds.length]!,
      sectionId: content.sectionIds[i % content.sectionIds.length]!,
      bylineIds: content.bylineIds,
    });
  }
  const outageDraft = drafts.pop()!;
  // Every reader page loaded once, so the cached ones are in the cache before the fault.
  for (const target of content.readerPaths) await fetchOnce(server.baseUrl, target, 0);

  const t0 = performance.now();
  const now = () => Math.round(performance.now() - t0);
  const readers = new Readers(server.baseUrl, content.readerPaths, options.readers);
  readers.start(t0);

  const health: { at: number; doneAt: number; status: number }[] = [];
  let sampling = true;
  const healthLoop = (async () => {
    while (sampling) {
      const sample = await fetchOnce(server.baseUrl, { path: '/api/health', cached: false }, t0);
      health.push({ at: sample.at, doneAt: sample.at + sample.ms, status: sample.status });
      await sleep(200);
    }
  })();

  const publishes: Publish[] = [];
  let publishing = true;
  let paused = false;
  let inFlight: Promise<unknown> = Promise.resolve();
  const publishLoop = (async () => {
    for (let i = 0; publishing && i < drafts.length; i++) {
      const due = i * options.publishEveryMs;
      if (now() < due) await sleep(due - now());
      // Bounded: the pause lasts one warm-up pass over the reader pages.
      while (paused && publishing) await sleep(50);
      if (!publishing) break;
      const draft = drafts[i]!;
      const at = now();
      const answer = client.publish(draft);
      inFlight = answer;
      publishes.push({ at, draft, answer: await answer });
    }
  })();

  // The outage starts between two publishes, half a tick after one, halfway through. It
  // lasts `outageS`, and at least until one publish sent while it is down has its answer
  // (on a busy machine the ticks alone might all miss the window).
  const half = (options.durationS * 1000) / 2;
  const stopAt = Math.floor(half / options.publishEveryMs) * options.publishEveryMs + options.publishEveryMs / 2;
  await sleep(Math.max(0, stopAt - now()));
  // A publish expires the pages it touches (updateTag: the editor reads their own write),
  // and the next request renders them again from the database. Were Postgres to stop in
  // that gap, those pages would have nothing cached to serve (a real limit, reported in the
  // figures of an unlucky run as a 500 on / or /feed.xml). So the outage begins with the
  // cache warm: the last publish answered and every reader page rendered since.
  paused = true;
  await inFlight;
  for (const target of content.readerPaths.filter((path) => path.cached)) await fetchOnce(server.baseUrl, target, t0);
  const stoppedAt = now();
  await stack.pg.stop('fast');
  paused = false;
  console.log(`[faults] Postgres stopped at ${(stoppedAt / 1000).toFixed(1)} s`);
  const outageWrite: Publish = { at: now(), draft: outageDraft, answer: await client.publish(outageDraft) };
  await sleep(Math.max(0, stoppedAt + options.outageS * 1000 - now()));
  await stack.pg.start();
  const backAt = now();
  console.log(`[faults] Postgres back at ${(backAt / 1000).toFixed(1)} s`);

  await sleep(Math.max(0, options.durationS * 1000 - now()));
  publishing = false;
  await publishLoop;
  await readers.stop();
  sampling = false;
  await healthLoop;

  // --- Readers
  const all = readers.responses;
  const inOutage = all.filter((response) => response.at >= stoppedAt && response.at <= backAt);
  const cachedAll = all.filter((response) => response.cached);
  const cachedFailures = cachedAll.filter((response) => response.status !== 200);
  checks.add(
    'cached readers’ pages keep answering 200',
    cachedFailures.length === 0,
    `${cachedAll.length} requests to cached pages, ${inOutage.filter((r) => r.cached).length} of them while Postgres was down; ` +
      `${cachedFailures.length} not 200` +
      (cachedFailures.length > 0
        ? ` (first: ${cachedFailures.slice(0, 5).map((r) => `${r.path} ${r.status} at ${(r.at / 1000).toFixed(1)} s`).join(', ')})`
        : ''),
  );
  const uncachedOutage = inOutage.filter((response) => !response.cached);
  const hung = all.filter((response) => response.status === 0);
  checks.add(
    'pages that need the database answer during the outage (no hang, no dropped connection)',
    hung.length === 0,
    `${uncachedOutage.length} uncached requests during the outage: ${JSON.stringify(summarise(uncachedOutage).notOk)} not 200; ` +
      `${hung.length} without any answer`,
  );

  // --- Publishes: each is either acknowledged (and must last) or refused with the retry
  // message (and must have written nothing). Anything else — a 500, an unreadable answer —
  // fails. Which one a tick near the outage gets depends on timing, not on the test.
  const isAcknowledged = (p: Publish) => p.answer.httpStatus === 200 && p.answer.status === 'success';
  const isRetryRefusal = (p: Publish) =>
    p.answer.httpStatus === 200 && p.answer.status === 'error' && (p.answer.message ?? '').includes(RETRY_MESSAGE);
  const every = [...publishes, outageWrite];
  const acknowledged = every.filter(isAcknowledged);
  const refused = every.filter(isRetryRefusal);
  const otherwise = every.filter((p) => !isAcknowledged(p) && !isRetryRefusal(p));
  checks.add(
    'every publish is acknowledged or refused with the retry message (never a 500)',
    otherwise.length === 0,
    `${every.length} publishes: ${acknowledged.length} acknowledged, ${refused.length} refused; otherwise: ` +
      (otherwise.map((p) => `${(p.at / 1000).toFixed(1)} s → ${p.answer.httpStatus} ${p.answer.code ?? p.answer.status}`).join(', ') || 'none'),
  );
  checks.add(
    'a write during the outage gets a clear retry message (HTTP 200)',
    isRetryRefusal(outageWrite),
    `${outageWrite.answer.httpStatus} ${outageWrite.answer.code ?? outageWrite.answer.status} "${outageWrite.answer.message ?? ''}" ` +
      `in ${outageWrite.answer.ms} ms`,
  );

  // Every acknowledged write is there after the restart, and no refused one is half-written.
  const rows = await stack.sql((sql) =>
    sql<{ id: string; status: string; version: number; revisions: number; key_points: number }[]>`
      select a.id, a.status, a.version,
        (select count(*)::int from article_revisions r where r.article_id = a.id) as revisions,
        (select count(*)::int from key_points k where k.article_id = a.id) as key_points
      from articles a where a.id in ${sql(every.map((p) => p.draft.id))}`,
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  const lost = acknowledged.filter((p) => byId.get(p.draft.id)?.status !== 'published');
  const pagesMissing: string[] = [];
  for (const p of acknowledged) {
    const response = await fetch(`${server.baseUrl}/articles/${p.draft.slug}`);
    const body = await response.text();
    if (response.status !== 200 || !body.includes(p.draft.headline)) pagesMissing.push(`${p.draft.slug} ${response.status}`);
  }
  checks.add(
    'every acknowledged write is there after the restart (row and page)',
    lost.length === 0 && pagesMissing.length === 0,
    `${acknowledged.length} acknowledged; rows not published: ${lost.length}; pages missing: ${pagesMissing.join(', ') || 'none'}`,
  );
  const halfWritten = refused.filter((p) => {
    const row = byId.get(p.draft.id);
    return !row || row.status !== 'draft' || row.version !== 1 || row.revisions !== 1 || row.key_points !== 0;
  });
  checks.add(
    'refused writes left nothing half-written (still a draft at version 1, one revision, no key points)',
    halfWritten.length === 0,
    `${refused.length} refused; changed: ${halfWritten.map((p) => JSON.stringify(byId.get(p.draft.id))).join(', ') || 'none'}`,
  );
  // The draft is kept: the same publish, sent again now, goes through.
  const retried: ActionAnswer[] = [];
  for (const p of refused) retried.push(await client.publish(p.draft));
  checks.add(
    'the draft is kept: the same publish, sent again after the restart, succeeds',
    refused.length > 0 && retried.every((answer) => answer.status === 'success'),
    retried.map((answer) => `${answer.httpStatus} ${answer.status}`).join(', ') || 'nothing to retry',
  );

  // --- Health
  // Sent and answered while Postgres was down; recovery is counted to the first 200's answer.
  const duringHealth = health.filter((sample) => sample.at > stoppedAt + 100 && sample.doneAt < backAt);
  const firstOkAfter = health.find((sample) => sample.at >= backAt && sample.status === 200);
  const recoverySeconds = firstOkAfter ? (firstOkAfter.doneAt - backAt) / 1000 : null;
  checks.add(
    '/api/health is 503 while Postgres is down',
    duringHealth.length > 0 && duringHealth.every((sample) => sample.status === 503),
    `${duringHealth.length} samples during the outage: ${JSON.stringify(countBy(duringHealth.map((s) => s.status)))}`,
  );
  checks.add(
    `/api/health is 200 within ${RECOVERY_LIMIT_S} s after Postgres is back`,
    recoverySeconds !== null && recoverySeconds <= RECOVERY_LIMIT_S,
    recoverySeconds === null ? 'never 200 again' : `first 200 ${recoverySeconds.toFixed(2)} s after Postgres was back`,
  );
  checks.add('the server process never exits', !exited && server.child.exitCode === null, exited ? 'it exited' : 'still running');

  const figures: PostgresRestartFigures = {
    durationS: options.durationS,
    readers: {
      ...summarise(all),
      cached: summarise(cachedAll),
      uncached: summarise(all.filter((response) => !response.cached)),
    },
    duringOutage: {
      cached: summarise(inOutage.filter((response) => response.cached)),
      uncached: summarise(uncachedOutage),
    },
    publishes: { acknowledged: acknowledged.length, refusedWithRetryMessage: refused.length, other: otherwise.length },
    outage: { stoppedAtS: stoppedAt / 1000, backAtS: backAt / 1000 },
    health: {
      samples: health.length,
      during503: duringHealth.filter((s) => s.status === 503).length,
      duringOther: duringHealth.filter((s) => s.status !== 503).length,
      recoverySeconds,
    },
    processExited: exited,
  };
  return { checks, figures };
}

function countBy(values: number[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const value of values) out[String(value)] = (out[String(value)] ?? 0) + 1;
  return out;
}
