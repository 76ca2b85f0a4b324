import { describe, expect, it } from 'vitest';
import { type Actor, type ArticleFacts, type ArticleStatus, can, type MediaPermission, type Permission } from './policy';

/*
 * The whole newsroom policy, written out as a table: this IS the spec. Every cell is its
 * own test, so a change to the policy names exactly which (actor, permission, status) moved.
 */

const WRITER: Actor = { id: 'writer-1', role: 'writer', disabled: false };
const OTHER_WRITER_ID = 'writer-2';
const EDITOR: Actor = { id: 'editor-1', role: 'editor', disabled: false };
const ADMIN: Actor = { id: 'admin-1', role: 'admin', disabled: false };

const STATUSES: readonly ArticleStatus[] = ['draft', 'in_review', 'scheduled', 'published', 'archived'];

/** Who asks, and whose article they ask about. */
interface Case {
  actor: Actor | null;
  /** The article's author, or null for a story whose author account was deleted. */
  authorId: string | null;
}

const ACTORS = {
  /** A writer on their own story. */
  writerOwn: { actor: WRITER, authorId: WRITER.id },
  /** A writer on a colleague's story. */
  writerOther: { actor: WRITER, authorId: OTHER_WRITER_ID },
  /** A writer on a story whose author was deleted (author_id set null). */
  writerAuthorless: { actor: WRITER, authorId: null },
  /** A disabled writer on their own story: disabled means nothing, even on one's own work. */
  disabledWriterOwn: { actor: { ...WRITER, disabled: true }, authorId: WRITER.id },
  /** Editors and admins act on everyone's stories; the article here is someone else's. */
  editor: { actor: EDITOR, authorId: OTHER_WRITER_ID },
  /** An editor on a story they wrote themselves: authorship changes nothing for editors. */
  editorOwn: { actor: EDITOR, authorId: EDITOR.id },
  admin: { actor: ADMIN, authorId: OTHER_WRITER_ID },
  disabledAdmin: { actor: { ...ADMIN, disabled: true }, authorId: OTHER_WRITER_ID },
  disabledEditor: { actor: { ...EDITOR, disabled: true }, authorId: OTHER_WRITER_ID },
  anonymous: { actor: null, authorId: OTHER_WRITER_ID },
} satisfies Record<string, Case>;

type ActorKey = keyof typeof ACTORS;
const ACTOR_KEYS = Object.keys(ACTORS) as ActorKey[];

type ArticlePermission =
  | 'article:view'
  | 'article:edit'
  | 'article:submit'
  | 'article:publish'
  | 'article:schedule'
  | 'article:unpublish'
  | 'article:archive'
  | 'article:delete'
  | 'article:send-back';

type GlobalPermission = Exclude<Permission, ArticlePermission | MediaPermission>;

/**
 * One character per status, in the order of STATUSES:
 *
 *                 d = draft, r = in_review, s = scheduled, p = published, a = archived
 *
 * `Y` allowed, `.` refused.
 */
type Row = `${'Y' | '.'}${'Y' | '.'}${'Y' | '.'}${'Y' | '.'}${'Y' | '.'}`;

const NONE: Row = '.....';
const ALL: Row = 'YYYYY';

//                       drspa      drspa
const ARTICLE_TABLE: Record<ArticlePermission, Record<ActorKey, Row>> = {
  'article:view': {
    writerOwn: ALL,
    writerOther: NONE,
    writerAuthorless: NONE,
    disabledWriterOwn: NONE,
    editor: ALL,
    editorOwn: ALL,
    admin: ALL,
    disabledAdmin: NONE,
    disabledEditor: NONE,
    anonymous: NONE,
  },
  'article:edit': {
    writerOwn: 'YY...', // draft and in_review only: live and scheduled copy is the editors'
    writerOther: NONE,
    writerAuthorless: NONE,
    disabledWriterOwn: NONE,
    editor: ALL,
    editorOwn: ALL,
    admin: ALL,
    disabledAdmin: NONE,
    disabledEditor: NONE,
    anonymous: NONE,
  },
  'article:submit': {
    writerOwn: 'Y....',
    writerOther: NONE,
    writerAuthorless: NONE,
    disabledWriterOwn: NONE,
    editor: ALL,
    editorOwn: ALL,
    admin: ALL,
    disabledAdmin: NONE,
    disabledEditor: NONE,
    anonymous: NONE,
  },
  'article:publish': {
    writerOwn: NONE,
    writerOther: NONE,
    writerAuthorless: NONE,
    disabledWriterOwn: NONE,
    editor: ALL,
    editorOwn: ALL,
    admin: ALL,
    disabledAdmin: NONE,
    disabledEditor: NONE,
    anonymous: NONE,
  },
  'article:schedule': {
    writerOwn: NONE,
    writerOther: NONE,
    writerAuthorless: NONE,
    disabledWriterOwn: NONE,
    editor: ALL,
    editorOwn: ALL,
    admin: ALL,
    disabledAdmin: NONE,
    disabledEditor: NONE,
    anonymous: NONE,
  },
  'article:unpublish': {
    writerOwn: NONE,
    writerOther: NONE,
    writerAuthorless: NONE,
    disabledWriterOwn: NONE,
    editor: ALL,
    editorOwn: ALL,
    admin: ALL,
    disabledAdmin: NONE,
    disabledEditor: NONE,
    anonymous: NONE,
  },
  'article:archive': {
    writerOwn: NONE,
    writerOther: NONE,
    writerAuthorless: NONE,
    disabledWriterOwn: NONE,
    editor: ALL,
    editorOwn: ALL,
    admin: ALL,
    disabledAdmin: NONE,
    disabledEditor: NONE,
    anonymous: NONE,
  },
  'article:delete': {
    writerOwn: 'Y....', // only drafts: anything readers may have seen is archived instead
    writerOther: NONE,
    writerAuthorless: NONE,
    disabledWriterOwn: NONE,
    editor: 'Y....',
    editorOwn: 'Y....',
    admin: 'Y....',
    disabledAdmin: NONE,
    disabledEditor: NONE,
    anonymous: NONE,
  },
  'article:send-back': {
    writerOwn: NONE,
    writerOther: NONE,
    writerAuthorless: NONE,
    disabledWriterOwn: NONE,
    editor: '.Y...', // only a story that is in review can go back to its writer
    editorOwn: '.Y...',
    admin: '.Y...',
    disabledAdmin: NONE,
    disabledEditor: NONE,
    anonymous: NONE,
  },
};

/** Permissions that don't act on one article. */
const GLOBAL_TABLE: Record<GlobalPermission, Record<ActorKey, boolean>> = {
  'admin:enter': {
    writerOwn: true,
    writerOther: true,
    writerAuthorless: true,
    disabledWriterOwn: false,
    editor: true,
    editorOwn: true,
    admin: true,
    disabledAdmin: false,
    disabledEditor: false,
    anonymous: false,
  },
  'article:create': {
    writerOwn: true,
    writerOther: true,
    writerAuthorless: true,
    disabledWriterOwn: false,
    editor: true,
    editorOwn: true,
    admin: true,
    disabledAdmin: false,
    disabledEditor: false,
    anonymous: false,
  },
  'users:manage': {
    writerOwn: false,
    writerOther: false,
    writerAuthorless: false,
    disabledWriterOwn: false,
    editor: false,
    editorOwn: false,
    admin: true,
    disabledAdmin: false,
    disabledEditor: false,
    anonymous: false,
  },
  // Clearing an account's failed sign-ins (and every address's lock on it) lets guessing
  // start over: admins only, like the rest of user management.
  'users:unlock': {
    writerOwn: false,
    writerOther: false,
    writerAuthorless: false,
    disabledWriterOwn: false,
    editor: false,
    editorOwn: false,
    admin: true,
    disabledAdmin: false,
    disabledEditor: false,
    anonymous: false,
  },
  'sources:manage': {
    writerOwn: false,
    writerOther: false,
    writerAuthorless: false,
    disabledWriterOwn: false,
    editor: false,
    editorOwn: false,
    admin: true,
    disabledAdmin: false,
    disabledEditor: false,
    anonymous: false,
  },
  'sections:manage': {
    writerOwn: false,
    writerOther: false,
    writerAuthorless: false,
    disabledWriterOwn: false,
    editor: false,
    editorOwn: false,
    admin: true,
    disabledAdmin: false,
    disabledEditor: false,
    anonymous: false,
  },
};

/*
 * The media library. Each cell is three characters, one per picture the actor asks about:
 *
 *                 o = their own upload, t = someone else's (another writer's),
 *                 n = no uploader (the account was deleted), in that order.
 *
 * `-` means the permission takes no picture: one Y/. for the whole library instead.
 */
type MediaActor = 'writer' | 'editor' | 'admin' | 'disabledWriter' | 'disabledEditor' | 'disabledAdmin' | 'anonymous';
const MEDIA_ACTORS: Record<MediaActor, Actor | null> = {
  writer: WRITER,
  editor: EDITOR,
  admin: ADMIN,
  disabledWriter: { ...WRITER, disabled: true },
  disabledEditor: { ...EDITOR, disabled: true },
  disabledAdmin: { ...ADMIN, disabled: true },
  anonymous: null,
};
type MediaRow = `${'Y' | '.'}${'Y' | '.'}${'Y' | '.'}` | 'Y' | '.';

//                                  otn
const MEDIA_TABLE: Record<MediaPermission, Record<MediaActor, MediaRow>> = {
  // Browsing and uploading: everyone in the newsroom.
  'media:view': { writer: 'Y', editor: 'Y', admin: 'Y', disabledWriter: '.', disabledEditor: '.', disabledAdmin: '.', anonymous: '.' },
  'media:upload': { writer: 'Y', editor: 'Y', admin: 'Y', disabledWriter: '.', disabledEditor: '.', disabledAdmin: '.', anonymous: '.' },
  // Alt text, caption, credit, licence, focal point: writers their own, editors anyone's.
  'media:edit': { writer: 'Y..', editor: 'YYY', admin: 'YYY', disabledWriter: '...', disabledEditor: '...', disabledAdmin: '...', anonymous: '...' },
  'media:delete': { writer: 'Y..', editor: 'YYY', admin: 'YYY', disabledWriter: '...', disabledEditor: '...', disabledAdmin: '...', anonymous: '...' },
};

const MEDIA_PERMISSIONS = Object.keys(MEDIA_TABLE) as MediaPermission[];

function uploaderFor(actor: Actor | null, which: number): string | null {
  if (which === 0) return actor?.id ?? 'someone';
  return which === 1 ? OTHER_WRITER_ID : null;
}

interface MediaCell {
  permission: MediaPermission;
  actorKey: MediaActor;
  picture: string;
  /** undefined: no picture passed at all. */
  uploadedById: string | null | undefined;
  expected: boolean;
}

const mediaCells = MEDIA_PERMISSIONS.flatMap((permission) =>
  (Object.keys(MEDIA_ACTORS) as MediaActor[]).flatMap((actorKey): MediaCell[] => {
    const row = MEDIA_TABLE[permission][actorKey];
    if (row.length === 1) return [{ permission, actorKey, picture: 'none', uploadedById: undefined, expected: row === 'Y' }];
    return ['own', 'other', 'orphan'].map((picture, index) => ({
      permission,
      actorKey,
      picture,
      uploadedById: uploaderFor(MEDIA_ACTORS[actorKey], index),
      expected: row[index] === 'Y',
    }));
  }),
);

describe('media library permissions', () => {
  it.each(mediaCells)('$actorKey · $permission on $picture picture → $expected', ({ permission, actorKey, uploadedById, expected }) => {
    const actor = MEDIA_ACTORS[actorKey];
    const image = uploadedById === undefined ? null : { uploadedById };
    expect(can(actor, permission, image)).toBe(expected);
  });

  it('editing and deleting need the picture: without one, nobody may', () => {
    for (const actor of [WRITER, EDITOR, ADMIN]) {
      expect(can(actor, 'media:edit')).toBe(false);
      expect(can(actor, 'media:delete')).toBe(false);
    }
  });

  it('an article passed along does not stand in for a picture', () => {
    expect(can(EDITOR, 'media:delete', { authorId: EDITOR.id, status: 'draft' })).toBe(false);
  });
});

const ARTICLE_PERMISSIONS = Object.keys(ARTICLE_TABLE) as ArticlePermission[];
const GLOBAL_PERMISSIONS = Object.keys(GLOBAL_TABLE) as GlobalPermission[];

const articleCells = ARTICLE_PERMISSIONS.flatMap((permission) =>
  ACTOR_KEYS.flatMap((actorKey) =>
    STATUSES.map((status, index) => ({
      permission,
      actorKey,
      status,
      expected: ARTICLE_TABLE[permission][actorKey][index] === 'Y',
    })),
  ),
);

const globalCells = GLOBAL_PERMISSIONS.flatMap((permission) =>
  ACTOR_KEYS.map((actorKey) => ({ permission, actorKey, expected: GLOBAL_TABLE[permission][actorKey] })),
);

describe('the table covers the whole policy', () => {
  it('lists every Permission exactly once', () => {
    // If a permission is added to policy.ts, this list (and a row in a table) must follow.
    const every: Record<Permission, true> = {
      'admin:enter': true,
      'article:create': true,
      'article:view': true,
      'article:edit': true,
      'article:submit': true,
      'article:publish': true,
      'article:schedule': true,
      'article:unpublish': true,
      'article:archive': true,
      'article:delete': true,
      'article:send-back': true,
      'users:manage': true,
      'users:unlock': true,
      'sources:manage': true,
      'sections:manage': true,
      'media:view': true,
      'media:upload': true,
      'media:edit': true,
      'media:delete': true,
    };
    expect([...ARTICLE_PERMISSIONS, ...GLOBAL_PERMISSIONS, ...MEDIA_PERMISSIONS].sort()).toEqual(Object.keys(every).sort());
  });
});

describe('article permissions, per actor and status', () => {
  it.each(articleCells)('$actorKey · $permission · $status → $expected', ({ permission, actorKey, status, expected }) => {
    const { actor, authorId } = ACTORS[actorKey];
    const article: ArticleFacts = { authorId, status, everPublished: false };
    expect(can(actor, permission, article)).toBe(expected);
  });
});

describe('a story readers once saw is never deleted', () => {
  // The attack: a writer's story is published, unpublished (back to draft), then deleted,
  // taking its revisions and redirects with it.
  const cells = ACTOR_KEYS.flatMap((actorKey) => STATUSES.map((status) => ({ actorKey, status })));
  it.each(cells)('$actorKey · article:delete · once-published $status → false', ({ actorKey, status }) => {
    const { actor, authorId } = ACTORS[actorKey];
    expect(can(actor, 'article:delete', { authorId, status, everPublished: true })).toBe(false);
  });

  it('without the publishing history, nothing is deleted (unknown counts as published)', () => {
    for (const { actor, authorId } of Object.values(ACTORS)) {
      expect(can(actor, 'article:delete', { authorId, status: 'draft' })).toBe(false);
    }
  });

  it('such a draft can still be archived by an editor or admin', () => {
    for (const actor of [EDITOR, ADMIN]) {
      expect(can(actor, 'article:archive', { authorId: OTHER_WRITER_ID, status: 'draft', everPublished: true })).toBe(true);
    }
  });
});

describe('article permissions without an article', () => {
  const cells = ARTICLE_PERMISSIONS.flatMap((permission) => ACTOR_KEYS.map((actorKey) => ({ permission, actorKey })));
  it.each(cells)('$actorKey · $permission with no article → false', ({ permission, actorKey }) => {
    const { actor } = ACTORS[actorKey];
    expect(can(actor, permission)).toBe(false);
    expect(can(actor, permission, null)).toBe(false);
  });
});

describe('newsroom-wide permissions', () => {
  it.each(globalCells)('$actorKey · $permission → $expected', ({ permission, actorKey, expected }) => {
    const { actor } = ACTORS[actorKey];
    expect(can(actor, permission)).toBe(expected);
  });

  it.each(globalCells)(
    '$actorKey · $permission is the same whatever article is passed along',
    ({ permission, actorKey, expected }) => {
      const { actor, authorId } = ACTORS[actorKey];
      for (const status of STATUSES) expect(can(actor, permission, { authorId, status, everPublished: false })).toBe(expected);
    },
  );
});

describe('the shape of the policy, in words', () => {
  const writerActions = ['publish', 'schedule', 'unpublish', 'archive', 'send-back'] as const;

  it('a writer never publishes, schedules, unpublishes, archives or sends back, even their own story', () => {
    for (const action of writerActions) {
      for (const status of STATUSES) {
        expect(can(WRITER, `article:${action}`, { authorId: WRITER.id, status })).toBe(false);
      }
    }
  });

  it('an admin can do everything an editor can, plus manage users, sources and sections', () => {
    for (const permission of [...ARTICLE_PERMISSIONS, ...GLOBAL_PERMISSIONS]) {
      for (const status of STATUSES) {
        const article = { authorId: OTHER_WRITER_ID, status };
        if (can(EDITOR, permission, article)) expect(can(ADMIN, permission, article)).toBe(true);
      }
    }
    for (const permission of ['users:manage', 'sources:manage', 'sections:manage'] as const) {
      expect(can(EDITOR, permission)).toBe(false);
      expect(can(ADMIN, permission)).toBe(true);
    }
  });

  it('an actor whose role is not one of the three gets nothing', () => {
    // A stale session or a hand-edited row must fail closed, not fall through to "allowed".
    const stranger = { id: 'x', role: 'superuser', disabled: false } as unknown as Actor;
    for (const permission of [...ARTICLE_PERMISSIONS, ...GLOBAL_PERMISSIONS]) {
      expect(can(stranger, permission, { authorId: 'x', status: 'draft' })).toBeFalsy();
    }
    for (const permission of MEDIA_PERMISSIONS) expect(can(stranger, permission, { uploadedById: 'x' })).toBeFalsy();
  });
});
