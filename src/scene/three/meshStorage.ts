/** The mesh builder's storage (builder.ts): typed columns per vertex attribute, reused from build to build. */

/**
 * Numbers per vertex in each column: position, normal, colour, info (temperature slots, mix, component), flow
 * (loop, distance along), material.
 */
export const WIDTH = { pos: 3, nor: 3, col: 3, info: 4, flow: 2, mat: 1 } as const;
export type ColumnName = keyof typeof WIDTH;
export const COLUMNS = Object.keys(WIDTH) as ColumnName[];

/** A builder's storage: Float32 columns (the GPU's precision) for `room` vertices, and triangle indices. */
export interface Storage {
  room: number;
  cols: Record<ColumnName, Float32Array>;
  idx: Uint32Array;
}

export function storage(room: number, indices: number): Storage {
  const cols = {} as Record<ColumnName, Float32Array>;
  for (const c of COLUMNS) cols[c] = new Float32Array(WIDTH[c] * room);
  return { room, cols, idx: new Uint32Array(indices) };
}

/**
 * Storage of finished builders (`toGeometry`), taken by the next ones: the plant (~10⁵ vertices) is rebuilt
 * after every edit that changes it, and in Chromium fresh typed arrays grown by doubling cost more main thread
 * than filling them (page faults, zeroing). At most two are kept (the plant and its shells).
 */
export const FREE: Storage[] = [];
