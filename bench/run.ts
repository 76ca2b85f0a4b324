/**
 * `npm run bench`: seeds a database with N synthetic stories, builds and starts the
 * production server on it, and measures throughput, publish-to-live, page weight, memory
 * and Lighthouse scores. See bench/README.md. Never part of `npm test`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { launchBrowser, chromiumPath } from './browser';
import { summariseProfiles } from './cpu-profile';
import { type BenchDatabase, createBenchDatabase, seedBenchDatabase, type SeedFacts } from './database';
import { startFloorApp } from './floor';
import { measurePairs, renderFloorOnce, sharedChunk, type SizedPage, writeSizedPages } from './origin';
import { REFERENCE_STORY_SLUG } from '../db/seed/demo-content';
import { benchLeadImages, firstVariantPath, type LeadImageFigures, leadImageChecks, VARIANT_LOAD } from './lead-images';
import { runLighthouse } from './lighthouse';
import { type LoadTarget, loadTest } from './load';
import { edgeEnv, runEdgePhases, startVarnish } from './edge';
import { describeMachine } from './machine';
import { parseOptions } from './options';
import { weighPage } from './page-weight';
import { killAllStartedNow, RssSampler } from './processes';
import { measurePublishToLive } from './publish-to-live';
import { type BenchResults, checkTargets, formatReport } from './report';
import { searchTerms } from './seed-synthetic';
import { buildApp, logPath, productionEnv, type RunningServer, startServer } from './server';

const log = (line: string) => console.log(`[bench] ${line}`);

function loadTargets(facts: SeedFacts): LoadTarget[] {
  return [
    { name: 'home', paths: ['/'] },
    { name: 'article', paths: facts.articleSlugs.map((slug) => `/articles/${slug}`) },
    { name: 'section', paths: facts.sectionSlugs.map((slug) => `/sections/${slug}`) },
    { name: 'source', paths: facts.sourceSlugs.map((slug) => `/sources/${slug}`) },
    { name: 'search', paths: searchTerms(300).map((term) => `/search?q=${encodeURIComponent(term)}`) },
    { name: 'feed', paths: ['/feed.xml'] },
  ];
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const machine = describeMachine(chromiumPath());
  const results: BenchResults = {
    machine,
    options: {
      stories: options.stories,
      db: options.db,
      duration: options.duration,
      warmup: options.warmup,
      connections: options.connections,
      publishes: options.publishes,
      articleSpread: options.articleSpread,
      phases: [...options.phases],
    },
    load: [],
    lighthouse: [],
    targets: [],
    failures: [],
  };
  log(`${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, commit ${machine.gitCommit}`);
  log(`${options.stories.toLocaleString('en-US')} stories on the ${options.db} database, ${options.connections} connections`);

  let leadImages: LeadImageFigures | undefined;
  let database: BenchDatabase | undefined;
  let server: RunningServer | undefined;
  let edge: RunningServer | undefined;
  let floor: Awaited<ReturnType<typeof startFloorApp>> | undefined;
  let browser: Browser | undefined;
  let sampler: RssSampler | undefined;
  const profileDir = path.resolve('bench/profiles');

  const cleanup = async () => {
    sampler?.stop();
    await browser?.close().catch(() => {});
    await floor?.stop().catch(() => {});
    await edge?.stop().catch(() => {});
    await server?.stop().catch(() => {});
    await database?.drop().catch((error: unknown) => log(`could not drop the bench database: ${String(error)}`));
  };
  // Ctrl-C mid-run: no server, browser or database may outlive the benchmark.
  let interrupted = false;
  process.on('SIGINT', () => {
    if (interrupted) return;
    interrupted = true;
    log('interrupted: stopping the servers and dropping the bench database');
    killAllStartedNow();
    void database?.drop().finally(() => process.exit(130));
  });

  /** Runs one phase; a failure is recorded and the other phases still run. */
  const phase = async (name: string, work: () => Promise<void>) => {
    try {
      await (sampler ? sampler.during(name, work) : work());
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      results.failures.push({ phase: name, error: message });
      log(`${name} failed: ${message}`);
    }
  };

  try {
    database = await createBenchDatabase(options.db, options.stories);
    log(`seeding ${database.description}`);
    const facts = await seedBenchDatabase(database, options.stories, options.articleSpread, (line) => log(line));
    results.database = {
      description: database.description,
      demoStories: facts.demoStories,
      syntheticStories: facts.syntheticStories,
      keyPoints: facts.keyPoints,
      seedSeconds: facts.seedSeconds,
    };
    log(`seeded in ${facts.seedSeconds.toFixed(1)} s`);

    const env = productionEnv(options.port, { ...database.env, ...(options.edge ? edgeEnv(options.edgePort) : {}) });
    log('building (npm run build)');
    const buildSeconds = await buildApp(env, logPath('build.log'));
    log(`built in ${buildSeconds.toFixed(1)} s`);

    if (options.cpuProf) fs.rmSync(profileDir, { recursive: true, force: true });
    const nodeFlags = options.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : undefined;
    server = await startServer(env, logPath('server.log'), { nodeFlags });
    results.build = { seconds: buildSeconds, serverStartSeconds: server.startSeconds };
    log(`server ready at ${server.baseUrl} in ${server.startSeconds.toFixed(1)} s`);
    if (server.child.pid === undefined) throw new Error('server has no pid');
    sampler = new RssSampler(server.child.pid);
    sampler.start();
    const baseUrl = server.baseUrl;
    // Varnish is up from the start: every publish of the run purges it (bench/edge.ts).
    if (options.edge) {
      edge = await startVarnish(options.port, options.edgePort, logPath('varnish.log'));
      log(`varnish ready at ${edge.baseUrl}`);
    }

    if (options.phases.has('load')) {
      for (const target of loadTargets(facts)) {
        await phase(`load ${target.name}`, async () => {
          log(`load: ${target.name} (${target.paths.length} URLs)`);
          const { firstVisit, steady } = await loadTest(baseUrl, target, options);
          for (const result of [firstVisit, steady]) {
            if (!result) continue;
            results.load.push(result);
            log(`  ${result.name}: ${result.requestsPerSec} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, non-2xx ${result.non2xx}, errors ${result.errors}`);
          }
        });
      }
    }

    const articlePath = `/articles/${facts.articleSlugs[0] ?? ''}`;
    const readerPages: SizedPage[] = [
      { name: 'home', path: '/' },
      { name: 'article', path: articlePath },
      { name: 'section', path: `/sections/${facts.sectionSlugs[0] ?? ''}` },
      { name: 'source', path: `/sources/${facts.sourceSlugs[0] ?? ''}` },
      { name: 'search', path: `/search?q=${encodeURIComponent(searchTerms(1)[0] ?? 'bridge')}` },
    ];

    // One bare Next app for the whole run: the JavaScript floor of the page weight, and the
    // origin's comparisons, with one page per reader page carrying that page's text.
    if (options.phases.has('load') || options.phases.has('weight')) {
      await phase('floor app', async () => {
        log('building the bare Next floor app, with pages carrying the reader pages\' text');
        const started = await startFloorApp(options.port + 1, (appDir) => writeSizedPages(appDir, baseUrl, readerPages));
        floor = started;
        if (results.build) results.build.floorBuildSeconds = started.buildSeconds;
      });
    }
    const activeFloor = floor;
    if (options.phases.has('load') && activeFloor) {
      await phase('origin', async () => {
        log('origin: fixed cost and payload against the bare Next app');
        const chunk = sharedChunk(path.resolve('.next/static'), path.join(activeFloor.appDir, '.next/static'));
        const robots = { name: 'robots.txt', ours: '/robots.txt', floor: '/robots.txt', target: 0.9 };
        const pairs = [
          robots,
          ...(chunk ? [{ name: 'static chunk', ours: chunk, floor: chunk, target: 0.9 }] : []),
          ...readerPages.map((page) => ({ name: `${page.name} page`, ours: page.path, floor: `/sized/${page.name}`, target: 0.8 })),
        ];
        const before = await measurePairs(baseUrl, activeFloor.baseUrl, [{ ...robots, name: 'robots.txt, floor unrendered' }], options, log);
        await renderFloorOnce(activeFloor.baseUrl);
        log('  the floor rendered a page at request time (bench/origin.ts: FLOOR_RENDERED_PATH)');
        results.origin = { ...(await measurePairs(baseUrl, activeFloor.baseUrl, pairs, options, log)), beforeFloorRendered: before.pairs[0] };
      });
    }

    if (options.phases.has('publish') || options.phases.has('weight')) browser = await launchBrowser();
    const activeBrowser = browser;
    if (options.phases.has('publish') && activeBrowser) {
      await phase('publish-to-live', async () => {
        log(`publish-to-live: ${options.publishes} publishes through the newsroom`);
        results.publishToLive = await measurePublishToLive(activeBrowser, baseUrl, options.publishes);
        log(`  both live: median ${results.publishToLive.both.medianMs} ms, p95 ${results.publishToLive.both.p95Ms} ms`);
      });
    }

    if (options.phases.has('weight') && activeBrowser && activeFloor) {
      await phase('page weight', async () => {
        log('page weight');
        const floorWeight = await weighPage(activeBrowser, 'floor', `${activeFloor.baseUrl}/`);
        const pages = [];
        for (const { name, path: pagePath } of readerPages) {
          const weight = await weighPage(activeBrowser, name, `${baseUrl}${pagePath}`);
          weight.jsPercentOfFloor = Math.round((weight.jsGzipBytes / floorWeight.jsGzipBytes) * 1000) / 10;
          pages.push(weight);
        }
        results.pageWeight = { floor: floorWeight, pages };
      });
    }
    await browser?.close();
    browser = undefined;

    if (options.phases.has('lighthouse')) {
      // The article's text on a bare Next page too: what this machine and browser score for
      // Next itself, beside the pages' scores.
      const floorUrl = floor?.baseUrl;
      for (const [name, url] of [
        ['home', `${baseUrl}/`],
        ['article', `${baseUrl}${articlePath}`],
        ...(floorUrl ? ([['bare-next-article', `${floorUrl}/sized/article`]] as const) : []),
      ] as const) {
        await phase(`lighthouse ${name}`, async () => {
          log(`lighthouse: ${name}`);
          results.lighthouse.push(await runLighthouse(name, url));
        });
      }
    }
    await floor?.stop();
    floor = undefined;

    const activeEdge = edge;
    if (activeEdge) {
      await phase('edge', async () => {
        log(`edge: cached home and article through ${activeEdge.baseUrl}`);
        const edgeBrowser = options.phases.has('publish') ? await launchBrowser() : undefined;
        try {
          const targets = loadTargets(facts).filter((target) => target.name === 'home' || target.name === 'article');
          // A picture variant too: immutable, so the edge is where it is meant to be served from.
          const variantPath = firstVariantPath(await (await fetch(`${baseUrl}/articles/${REFERENCE_STORY_SLUG}`)).text());
          if (variantPath) targets.push({ name: VARIANT_LOAD, paths: [variantPath] });
          results.edge = await runEdgePhases(activeEdge, baseUrl, targets, options, edgeBrowser, log);
        } finally {
          await edgeBrowser?.close();
        }
      });
      edge = undefined;
    }

    if (options.phases.has('lighthouse') || options.phases.has('load')) {
      await phase('lead images', async () => {
        const phases = { lighthouse: options.phases.has('lighthouse'), load: options.phases.has('load') };
        leadImages = await benchLeadImages(baseUrl, { ...options, ...phases }, log);
        if (leadImages.variantLoad) results.load.push(leadImages.variantLoad);
        if (leadImages.lighthouse) results.lighthouse.push(leadImages.lighthouse);
      });
    }

    sampler.stop();
    results.memory = { ...sampler.summary(), processes: sampler.describe() };
    sampler = undefined;
    await server.stop();
    server = undefined;
    if (options.cpuProf) results.cpuProfile = summariseProfiles(profileDir);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    results.failures.push({ phase: 'setup', error: message });
    log(`failed: ${message}`);
  } finally {
    await cleanup();
  }

  const baseline = options.baselinePath
    ? (JSON.parse(fs.readFileSync(options.baselinePath, 'utf8')) as BenchResults)
    : undefined;
  results.targets = [...checkTargets(results, baseline), ...leadImageChecks(leadImages)];
  fs.mkdirSync(path.dirname(path.resolve(options.resultsPath)), { recursive: true });
  fs.writeFileSync(options.resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${formatReport(results)}\n\nResults written to ${options.resultsPath}`);
  // A run that couldn't measure is an error; missed targets are findings, not failures.
  process.exitCode = results.failures.length > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  killAllStartedNow();
  console.error(error);
  process.exit(1);
});
