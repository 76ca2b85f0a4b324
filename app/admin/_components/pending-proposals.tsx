import { AppLink } from '@/components/ui/app-link';
import type { SessionActor } from '@/app/_server/session';
import { reviewProposal } from '@/app/admin/articles/[id]/corrections-actions';
import { ProposalReview } from '@/components/admin/proposal-review';
import { getDb } from '@/db/client';
import { listPendingProposals } from '@/db/queries/corrections';
import { can } from '@/lib/authz/policy';
import { CORRECTION_TYPE_LABELS } from '@/lib/vocabulary';

/**
 * Proposed corrections on the dashboard, like submitted drafts: editors see every one
 * waiting, with a form to publish or decline it; a writer sees their own still waiting.
 */
export async function PendingProposals({ actor }: { actor: SessionActor }) {
  const reviewer = can(actor, 'correction:review');
  const proposals = await listPendingProposals(await getDb(), reviewer ? {} : { proposedById: actor.id });
  if (proposals.length === 0) return null;
  return (
    <section className="pending-proposals" aria-labelledby="pending-proposals-title" data-testid="pending-proposals">
      <h2 id="pending-proposals-title">
        {reviewer ? 'Needs attention: proposed corrections' : 'Your proposed corrections'} ({proposals.length})
      </h2>
      <ul className="pending-proposals__list">
        {proposals.map((proposal) => (
          <li key={proposal.id} className="pending-proposals__item">
            <p>
              <strong>{CORRECTION_TYPE_LABELS[proposal.type]}</strong> on{' '}
              <AppLink href={`/admin/articles/${proposal.articleId}`}>{proposal.headline || 'Untitled draft'}</AppLink>
              {reviewer ? <> · proposed by {proposal.proposedBy ?? 'someone'}</> : <> · waiting for an editor</>}
            </p>
            <blockquote>{proposal.textPlain}</blockquote>
            {reviewer ? <ProposalReview proposalId={proposal.id} action={reviewProposal} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
