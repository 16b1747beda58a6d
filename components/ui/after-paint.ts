/**
 * "Once the browser has painted": what a first screen draws before, and what it leaves for
 * right after (the rest of the side panel, the document list below the first screenful).
 */
import { useEffect, useState } from 'preact/hooks';

/**
 * Resolves once the browser has painted what is in the DOM (a task after the next frame); at
 * most `ms` later when no frame comes (a hidden page draws none).
 */
export function afterNextPaint(ms = 100): Promise<void> {
  return new Promise((done) => {
    const fallback = setTimeout(done, ms);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        done();
      }, 0),
    );
  });
}

/** False during the first render (and its paint), true from the next one on; `now()` makes it true at once. */
export function usePainted(initially = false): { painted: boolean; now: () => void } {
  const [painted, setPainted] = useState(initially);
  useEffect(() => {
    if (painted) return;
    let live = true;
    void afterNextPaint().then(() => live && setPainted(true));
    return () => {
      live = false;
    };
  }, []);
  return { painted, now: () => setPainted(true) };
}
