/**
 * Compare: "Pin as A" (beside the results' heading) keeps the current full-year result; while pinned, the bar
 * above the KPI cards says what A and B are, and the cards and charts show B against A (deltas B − A, A
 * dashed on the charts) until Unpin.
 */
import type { Pinned } from '../hooks/usePin';
import './compare.css';

/** "Pin as A", beside the results' heading while nothing is pinned (it takes no line of its own). */
export function PinButton({ canPin, onPin }: { canPin: boolean; onPin(): void }) {
  return (
    <button
      type="button"
      className="pin-button"
      onClick={onPin}
      disabled={!canPin}
      title="Keep this result as A, then edit: the cards and charts show the change (B − A)"
    >
      Pin as A
    </button>
  );
}

/** While a result is pinned: what A and B are, and Unpin. */
export function CompareBar({ pinned, onUnpin }: { pinned: Pinned; onUnpin(): void }) {
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
