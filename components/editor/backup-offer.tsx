'use client';

import { ZonedTimestamp } from '@/components/ui/zoned-timestamp';
import type { DraftBackup } from './model/backup';
import { headlineText } from './model/draft';

/** On load: unsaved work from an earlier visit, found in this browser. */
export function BackupOffer({
  backup,
  timeZone,
  onRestore,
  onDiscard,
}: {
  backup: DraftBackup;
  timeZone: string;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  return (
    <section className="form-notice backup-offer" aria-labelledby="backup-offer-title">
      <h2 id="backup-offer-title" className="backup-offer__title">
        Unsaved changes found in this browser
      </h2>
      <p>
        From <ZonedTimestamp date={new Date(backup.savedAt)} timeZone={timeZone} />
        {headlineText(backup.draft) ? <>, headline “{headlineText(backup.draft)}”</> : null}. They were never saved
        to the newsroom.
      </p>
      <div className="confirm__buttons">
        <button type="button" className="button button--primary" onClick={onRestore}>
          Restore them
        </button>
        <button type="button" className="button" onClick={onDiscard}>
          Discard
        </button>
      </div>
    </section>
  );
}
