/** The share link of the open scenario (with the hour, viewpoint, result tab and unit system shown) and its copy confirmation. */
import { type RefObject, useCallback, useState } from 'react';
import { shareUrl } from '../lib/share';
import type { ScenarioDoc } from '../lib/storage';

export interface ShareState {
  url: string;
  copied: boolean;
}

export function useShare(
  docRef: RefObject<ScenarioDoc | null>,
  hour: number,
  view: string | undefined,
  tab?: string,
  units?: 'SI' | 'imperial',
) {
  const [share, setShare] = useState<ShareState | null>(null);
  const makeShare = useCallback(async () => {
    const d = docRef.current;
    if (!d) return;
    const url = await shareUrl(d.edit.input, location.href, {
      hour,
      ...(view ? { view } : {}),
      ...(tab ? { tab } : {}),
      ...(units ? { units } : {}),
    });
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      // clipboard refused (permissions, insecure context): the link stays selectable in the box
    }
    setShare({ url, copied });
  }, [docRef, hour, view, tab, units]);
  return { share, makeShare, closeShare: useCallback(() => setShare(null), []) };
}
