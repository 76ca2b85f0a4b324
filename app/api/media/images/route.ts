import { getDb } from '@/db/client';
import { requestLog } from '@/app/_server/request-log';
import { getActor } from '@/app/_server/session';
import { can } from '@/lib/authz/policy';
import { isSameOrigin, parseMultipart, readLimitedBody } from '@/lib/http/upload-request';
import { ingestImage } from '@/lib/media/ingest';
import { IMAGE_MAX_BYTES, megabytes, UPLOAD_BODY_LIMIT_BYTES } from '@/lib/media/limits';
import { toUploadResponse, type UploadAnswer } from '@/lib/media/upload-answer';

/*
 * POST one picture (multipart: `file`, optional `altText`, `caption`, `credit`, `licence`)
 * into the media library. A route handler rather than a server action so the uploader can
 * show progress (XHR upload events). It checks what defineAction would: the session against
 * the database, the policy, same origin, the body limit while reading; lib/media/ingest
 * validates the fields (zod) and the bytes. Answers JSON (lib/media/upload-answer.ts).
 */

function json(answer: UploadAnswer, status: number) {
  return Response.json(answer, { status, headers: { 'cache-control': 'no-store' } });
}

export async function POST(request: Request) {
  const started = performance.now();
  const log = (await requestLog()).child({ route: 'media.upload' });
  const finish = (answer: UploadAnswer, status: number, actorId?: string) => {
    log.info({ actor: actorId, status, code: answer.status === 'error' ? answer.code : 'stored', ms: Math.round(performance.now() - started) }, 'upload');
    return json(answer, status);
  };

  if (!isSameOrigin(request.headers)) {
    return finish({ status: 'error', code: 'forbidden', message: 'Uploads are only accepted from the newsroom’s own pages.', fieldErrors: {} }, 403);
  }
  const actor = await getActor();
  if (!actor) {
    return finish({ status: 'error', code: 'unauthenticated', message: 'Your session has ended. Sign in again, then retry the upload.', fieldErrors: {} }, 401);
  }
  if (!can(actor, 'media:upload')) {
    return finish({ status: 'error', code: 'forbidden', message: 'You can’t upload pictures.', fieldErrors: {} }, 403, actor.id);
  }
  const body = await readLimitedBody(
    request,
    UPLOAD_BODY_LIMIT_BYTES,
    `The picture must be at most ${megabytes(IMAGE_MAX_BYTES)}.`,
  );
  if (!(body instanceof Uint8Array)) {
    return finish({ status: 'error', code: 'invalid', message: body.message, fieldErrors: { file: [body.message] } }, body.status, actor.id);
  }
  const form = await parseMultipart(body, request.headers.get('content-type'));
  if (!form) {
    return finish({ status: 'error', code: 'invalid', message: 'Send the picture as a multipart form with a `file` field.', fieldErrors: {} }, 400, actor.id);
  }
  try {
    const result = await ingestImage(await getDb(), actor, {
      file: form.get('file'),
      altText: form.get('altText') ?? undefined,
      caption: form.get('caption') ?? undefined,
      credit: form.get('credit') ?? undefined,
      licence: form.get('licence') ?? undefined,
    });
    const { answer, status } = toUploadResponse(result);
    return finish(answer, status, actor.id);
  } catch (error) {
    log.error({ err: error, actor: actor.id }, 'upload failed');
    return finish({ status: 'error', code: 'error', message: 'Something went wrong on our side; please try again.', fieldErrors: {} }, 500, actor.id);
  }
}
