/**
 * A JPEG of the 3D twin for the proposal: the twin's WebGL canvas, read inside an animation frame (right
 * after the scene has drawn it, before the browser clears the drawing buffer). Blank or unreadable → null.
 */
export async function snapshotTwin(): Promise<string | null> {
  const canvas = document.querySelector<HTMLCanvasElement>('[data-twin] canvas');
  if (!canvas) return null;
  // The scene renders on demand: ask for a frame first; our animation-frame callback then runs right after
  // the scene's own in that frame, while the drawing buffer still holds it.
  (window as { heatTwinDebug?: { redraw?: (n?: number) => void } }).heatTwinDebug?.redraw?.(2);
  const snapshot = await new Promise<string | null>((resolve) =>
    requestAnimationFrame(() => {
      try {
        resolve(canvas.toDataURL('image/jpeg', 0.85));
      } catch {
        resolve(null);
      }
    }),
  );
  return snapshot && snapshot.length >= 20000 ? snapshot : null; // a blank frame compresses to almost nothing
}
