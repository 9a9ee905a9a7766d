import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createWorkerClient, type SimClient } from '../worker/client';
import { App, type Services } from './App';
import { indexedDbKV, Library, memoryKV } from './lib/storage';
// the page's styles, in cascade order (a later file may override an earlier one)
import './styles/base.css';
import './styles/shell.css';
import './styles/editor.css';
import './styles/results.css';
import './styles/hostProposal.css';
import './styles/screens.css';
import './styles/resultTabs.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

async function services(): Promise<Services> {
  const library = new Library(typeof indexedDB === 'undefined' ? memoryKV() : indexedDbKV());
  let full: SimClient;
  let quick: SimClient | undefined;
  try {
    // Two workers: a quick one-hour-step preview and the full year run side by side.
    full = createWorkerClient();
    quick = createWorkerClient();
  } catch {
    // No module workers: run in this thread (the page pauses while it computes).
    full = (await import('../worker/local')).createLocalClient();
  }
  return { library, full, ...(quick ? { quick } : {}) };
}

if (location.hash === '#scene-harness') {
  // Development harness of the 3D twin alone (src/scene/harness.tsx), for scene work and its browser tests.
  import('../scene/harness').then(({ default: Harness }) => {
    createRoot(root).render(
      <StrictMode>
        <Harness />
      </StrictMode>,
    );
  });
} else {
  services().then((s) =>
    createRoot(root).render(
      <StrictMode>
        <App services={s} />
      </StrictMode>,
    ),
  );
}
