import { describe, expect, it } from 'vitest';
import { createPageConnection } from '@/components/page-panel/connection';
import { fakePage, frame } from './fake-page';

const settle = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createPageConnection', () => {
  it('says hello to the active tab and collects every frame\'s fields, the top frame first', async () => {
    const page = fakePage([
      { frameId: 3, fields: frame(3, [{ id: 'f1', kind: 'insurer', label: 'Mutualité' }]) },
      { frameId: 0, fields: frame(0, [{ id: 'f1', kind: 'nationality', label: 'Nationalité' }]) },
    ]);
    const connection = createPageConnection(page.api);
    await connection.refresh();
    await settle();
    expect(connection.state.value.status).toBe('ready');
    expect(connection.state.value.frames.map((f) => [f.frameId, f.fields[0]!.kind])).toEqual([
      [0, 'nationality'],
      [3, 'insurer'],
    ]);
    connection.dispose();
  });

  it('is unavailable when no content script answers (a page it may not read)', async () => {
    const connection = createPageConnection(fakePage([], { refuse: true }).api);
    await connection.refresh();
    expect(connection.state.value.status).toBe('unavailable');
    const none = createPageConnection(fakePage([], { tabId: null }).api);
    await none.refresh();
    expect(none.state.value.status).toBe('unavailable');
  });

  it('sends each request to the frame it concerns', async () => {
    const page = fakePage([
      { frameId: 0, fields: frame(0, [{ id: 'f1', kind: 'nationality', label: 'Nationalité' }]), values: [{ id: 'f1', kind: 'nationality', text: 'Belge' }] },
      { frameId: 5, fields: frame(5, [{ id: 'f1', kind: 'payer', label: 'Débiteur' }]), fill: { ok: true, option: 'CPAS', value: 'C', changed: true } },
    ]);
    const connection = createPageConnection(page.api);
    await connection.refresh();
    await settle();
    await expect(connection.focus(5, 'f1')).resolves.toBe(true);
    expect(page.send).toHaveBeenLastCalledWith({ tabId: 7, frameId: 5 }, 'page:focus', { id: 'f1' });
    await expect(connection.read()).resolves.toEqual([{ id: 'f1', kind: 'nationality', text: 'Belge', frameId: 0 }]);
    await expect(connection.fillPayer('cpas')).resolves.toMatchObject({ ok: true, option: 'CPAS' });
    await expect(connection.emphasise(['payer'])).resolves.toBe(1);
  });

  it('keeps the emphasis on frames that report later', async () => {
    const page = fakePage([{ frameId: 0, fields: frame(0, [{ id: 'f1', kind: 'payer', label: 'Débiteur' }]) }]);
    const connection = createPageConnection(page.api);
    await connection.refresh();
    await settle();
    await connection.emphasise(['payer']);
    page.push({ tabId: 7, frameId: 9, url: undefined, fields: frame(9, [{ id: 'f1', kind: 'payer', label: 'Débiteur' }]) });
    expect(page.send).toHaveBeenLastCalledWith({ tabId: 7, frameId: 9 }, 'page:emphasise', { kinds: ['payer'] });
  });

  it('starts again when the clerk switches tab, and ignores pushes from other tabs', async () => {
    const page = fakePage([{ frameId: 0, fields: frame(0, [{ id: 'f1', kind: 'payer', label: 'Débiteur' }]) }]);
    const connection = createPageConnection(page.api);
    await connection.refresh();
    await settle();
    page.push({ tabId: 99, frameId: 4, url: undefined, fields: frame(4, [{ id: 'x', kind: 'cpas', label: 'CPAS' }]) });
    expect(connection.state.value.frames).toHaveLength(1);
    const hellos = page.send.mock.calls.filter((c) => c[1] === 'page:hello').length;
    page.switchTab();
    await settle();
    expect(page.send.mock.calls.filter((c) => c[1] === 'page:hello').length).toBe(hellos + 1);
  });
});
