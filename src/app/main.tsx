import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

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
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
