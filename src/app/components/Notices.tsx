/** The share-link box (with its copy confirmation) and the page's message line. */
import type { Notice } from '../hooks/useDocument';
import type { ShareState } from '../hooks/useShare';

export function ShareBox({ share, onClose }: { share: ShareState; onClose: () => void }) {
  return (
    <div className="notice info share" role="status">
      <label htmlFor="share-url">
        {share.copied ? 'Link copied to the clipboard. ' : 'Copy this link: '}
        <span className="muted">
          ({share.url.length.toLocaleString('en-US')} characters, keeps the hour and view)
        </span>
      </label>
      <input id="share-url" readOnly value={share.url} onFocus={(e) => e.target.select()} />
      <button type="button" className="icon" aria-label="Close share link" onClick={onClose}>
        ×
      </button>
    </div>
  );
}

export function NoticeLine({ notice, onDismiss }: { notice: NonNullable<Notice>; onDismiss: () => void }) {
  return (
    <div
      className={`notice ${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-notice={notice.kind}
    >
      <p>{notice.text}</p>
      {notice.details?.length ? (
        <ul>
          {notice.details.slice(0, 12).map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      ) : null}
      <button type="button" className="icon" aria-label="Dismiss message" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
