/**
 * The Pin / Unpin bar above the KPI cards: "Pin as A" keeps the current full-year result; while pinned the
 * cards and charts show the current result B against A (deltas B − A, A dashed on the charts).
 */
import type { Pinned } from '../hooks/usePin';
import './compare.css';

export function CompareBar({
  pinned,
  canPin,
  onPin,
  onUnpin,
}: {
  pinned: Pinned | null;
  /** A full-year result of the current input is shown (not a preview, nothing newer running). */
  canPin: boolean;
  onPin(): void;
  onUnpin(): void;
}) {
  if (!pinned) {
    return (
      <div className="compare-bar" data-compare="off">
        <button
          type="button"
          onClick={onPin}
          disabled={!canPin}
          title="Keep this result as A to compare edits with"
        >
          Pin as A
        </button>
        <span className="muted">Pin this result, then edit: the cards and charts show the change.</span>
      </div>
    );
  }
  const time = new Date(pinned.at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return (
    <div className="compare-bar" data-compare="on" role="status">
      <span className="compare-key">
        <span className="swatch-a" aria-hidden="true" /> A: <strong>{pinned.name}</strong> (pinned {time})
      </span>
      <span className="compare-key">
        <span className="swatch-b" aria-hidden="true" /> B: the current scenario · deltas are B − A
      </span>
      <button type="button" onClick={onUnpin}>
        Unpin
      </button>
    </div>
  );
}
