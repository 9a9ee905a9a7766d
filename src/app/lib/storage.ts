/**
 * Persistence: a small key–value store on IndexedDB (no dependency), and the scenario library on top of it
 * (several named scenarios, the workspace that says which one is open, uploaded weather files).
 * `memoryKV` is the same interface in memory, for tests and browsers without IndexedDB.
 */
import type { EditState } from './edit';
import type { UnitSystem } from './units';

export interface KV {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/** Key–value store in one IndexedDB object store. */
export function indexedDbKV(dbName = 'heat-reuse-twin', storeName = 'kv'): KV {
  let db: Promise<IDBDatabase> | undefined;
  const open = (): Promise<IDBDatabase> => {
    db ??= new Promise((resolve, reject) => {
      const r = indexedDB.open(dbName, 1);
      r.onupgradeneeded = () => r.result.createObjectStore(storeName);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    return db;
  };
  const tx = async (mode: IDBTransactionMode) =>
    (await open()).transaction(storeName, mode).objectStore(storeName);
  return {
    async get<T>(key: string) {
      return (await request((await tx('readonly')).get(key))) as T | undefined;
    },
    async set(key, value) {
      await request((await tx('readwrite')).put(value, key));
    },
    async del(key) {
      await request((await tx('readwrite')).delete(key));
    },
    async keys() {
      return (await request((await tx('readonly')).getAllKeys())).map(String);
    },
  };
}

/** The same interface in memory (values structured-cloned, as IndexedDB does). */
export function memoryKV(): KV {
  const m = new Map<string, unknown>();
  return {
    async get<T>(key: string) {
      return m.has(key) ? (structuredClone(m.get(key)) as T) : undefined;
    },
    async set(key, value) {
      m.set(key, structuredClone(value));
    },
    async del(key) {
      m.delete(key);
    },
    async keys() {
      return [...m.keys()];
    },
  };
}

/** An uploaded weather file, referenced by a scenario document. */
export interface WeatherRef {
  id: string;
  fileName: string;
  location: string;
}

/** One saved scenario: its valid input, pending drafts and weather file. */
export interface ScenarioDoc {
  id: string;
  name: string;
  edit: EditState;
  weather?: WeatherRef;
  savedAt: number;
}

/** What was on screen: the open scenario, unit system, selected hour. */
export interface Workspace {
  version: 1;
  activeId: string;
  units: UnitSystem;
  hour: number;
}

export interface DocMeta {
  id: string;
  name: string;
  savedAt: number;
}

const DOC = 'doc:';
const WEATHER = 'weather:';
const WORKSPACE = 'workspace';

/** The scenario library on a key–value store. */
export class Library {
  constructor(private readonly kv: KV) {}

  async list(): Promise<DocMeta[]> {
    const keys = (await this.kv.keys()).filter((k) => k.startsWith(DOC));
    const docs = await Promise.all(keys.map((k) => this.kv.get<ScenarioDoc>(k)));
    return docs
      .filter((d): d is ScenarioDoc => d !== undefined)
      .map((d) => ({ id: d.id, name: d.name, savedAt: d.savedAt }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.savedAt - b.savedAt);
  }

  load(id: string): Promise<ScenarioDoc | undefined> {
    return this.kv.get<ScenarioDoc>(DOC + id);
  }

  save(doc: ScenarioDoc): Promise<void> {
    return this.kv.set(DOC + doc.id, doc);
  }

  remove(id: string): Promise<void> {
    return this.kv.del(DOC + id);
  }

  workspace(): Promise<Workspace | undefined> {
    return this.kv.get<Workspace>(WORKSPACE);
  }

  saveWorkspace(w: Workspace): Promise<void> {
    return this.kv.set(WORKSPACE, w);
  }

  weatherText(id: string): Promise<string | undefined> {
    return this.kv.get<string>(WEATHER + id);
  }

  saveWeather(id: string, text: string): Promise<void> {
    return this.kv.set(WEATHER + id, text);
  }
}

/** A new random id (time-ordered prefix). */
export function newId(): string {
  const rnd = Math.random().toString(36).slice(2, 8);
  return `${Date.now().toString(36)}-${rnd}`;
}
