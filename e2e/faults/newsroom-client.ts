import { type Browser, chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium';
import { accounts } from '../support/credentials';
import { articleActionId } from '../support/server-actions';

/*
 * An editor driving the newsroom's real server actions over HTTP, as the editor page does:
 * signed in once through the sign-in form in Chromium, then each action is a POST with the
 * session cookie and the build's action id. Cheaper than typing into TipTap every two
 * seconds under load, and the same endpoint, input path and answer.
 *
 * The answer is read the way the browser reads it: the action's result is the first rows
 * of a React Flight stream, and the form shows it as soon as it arrives. The rest of the
 * stream (the re-rendered page) may stay open much longer, so it isn't waited for.
 */

/** What an action answered: the HTTP status and the ActionState the form would show. */
export interface ActionAnswer {
  httpStatus: number;
  status: 'success' | 'error' | 'unreadable';
  code?: string;
  message?: string;
  data?: unknown;
  ms: number;
}

export interface PublishableDraft {
  id: string;
  version: number;
  headline: string;
  slug: string;
  sourceId: string;
  sectionId: string;
  /** People to byline it with: publishing needs one (the publish checklist). */
  bylineIds: string[];
}

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** The ActionState inside a React Flight response: the row whose value has a `status`. */
function actionStateOf(body: string): Pick<ActionAnswer, 'status' | 'code' | 'message' | 'data'> {
  for (const line of body.split('\n')) {
    const match = /^[0-9a-f]+:(\{.*\})$/.exec(line);
    if (!match) continue;
    try {
      const value = JSON.parse(match[1]!) as { status?: unknown; code?: unknown; message?: unknown; data?: unknown };
      if (value.status === 'success' || value.status === 'error') {
        return {
          status: value.status,
          code: typeof value.code === 'string' ? value.code : undefined,
          message: typeof value.message === 'string' ? value.message : undefined,
          data: value.data,
        };
      }
    } catch {
      // Another kind of row.
    }
  }
  return { status: 'unreadable' };
}

export class NewsroomClient {
  private constructor(
    private readonly browser: Browser,
    private readonly cookie: string,
    readonly baseUrl: string,
  ) {}

  /** Signs the e2e editor in through the real form; later calls reuse its session cookie. */
  static async signIn(baseUrl: string, account: { email: string; password: string } = accounts.editor): Promise<NewsroomClient> {
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const context = await browser.newContext({ baseURL: baseUrl });
      const page = await context.newPage();
      await page.goto('/signin?callbackUrl=%2Fadmin');
      await page.getByLabel('Email').fill(account.email);
      await page.getByLabel('Password').fill(account.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 });
      const cookies = await context.cookies(baseUrl);
      await context.close();
      return new NewsroomClient(browser, cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; '), baseUrl);
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  async close() {
    await this.browser.close();
  }

  private async call(path: string, action: string, args: unknown[], timeoutMs = 30_000): Promise<ActionAnswer & { location: string }> {
    const started = performance.now();
    const signal = AbortSignal.timeout(timeoutMs);
    const response = await fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: {
        'Next-Action': articleActionId(action),
        'Content-Type': 'text/plain;charset=UTF-8',
        Accept: 'text/x-component',
        Cookie: this.cookie,
      },
      body: JSON.stringify(args),
      redirect: 'manual',
      signal,
    });
    const location = response.headers.get('x-action-redirect') ?? response.headers.get('location') ?? '';
    let state: Pick<ActionAnswer, 'status' | 'code' | 'message' | 'data'> = { status: 'unreadable' };
    const reader = response.body?.getReader();
    if (reader) {
      const decoder = new TextDecoder();
      let text = '';
      // Bounded by the abort signal: read until the result row arrives or the body ends.
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
        state = actionStateOf(text);
        if (state.status !== 'unreadable') break;
      }
      await reader.cancel().catch(() => {});
    }
    return { httpStatus: response.status, ...state, ms: Math.round(performance.now() - started), location };
  }

  /** The editor's "New story": the createArticle action, which redirects to the new draft. */
  async createDraft(): Promise<string> {
    const answer = await this.call('/admin/articles/new', 'createArticle', []);
    const location = answer.location;
    const id = /\/admin\/articles\/([0-9a-f-]{36})/.exec(location)?.[1];
    if (!id) throw new Error(`createArticle answered ${answer.httpStatus} without a draft to open (${location || 'no redirect'})`);
    return id;
  }

  /** A complete story ready to publish, as the editor form sends it. */
  draftInput(draft: PublishableDraft): Record<string, unknown> {
    return {
      id: draft.id,
      version: draft.version,
      headline: doc(draft.headline),
      summary: doc(`A story published by the fault test while the site was under load: ${draft.headline}.`),
      keyPoints: ['The first thing to know.', 'The second thing to know.', 'The third thing to know.'].map((text) => ({
        content: doc(text),
        sourceUrl: '',
      })),
      kind: 'news',
      bylineIds: draft.bylineIds,
      sourceId: draft.sourceId,
      sectionId: draft.sectionId,
      slug: draft.slug,
      webLinks: [],
      substantive: false,
    };
  }

  /** Never throws: no answer at all is an answer too (HTTP status 0), for the test to judge. */
  async publish(draft: PublishableDraft, timeoutMs?: number): Promise<ActionAnswer> {
    const started = performance.now();
    try {
      const { location: _location, ...answer } = await this.call(`/admin/articles/${draft.id}`, 'publishArticle', [this.draftInput(draft)], timeoutMs);
      return answer;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { httpStatus: 0, status: 'unreadable', message: `no answer: ${message}`, ms: Math.round(performance.now() - started) };
    }
  }
}
