/**
 * The miner loop's site headers between the containers' east ends and the exchanger: each container's stubs
 * (hot at 1.7 m, cold at 0.6 m), the manifolds along its rack rows, and the two main headers across the
 * column of containers.
 */
import type { ContainerLayout, PipeRun, Vec3 } from './layoutTypes';
import { pipeRun } from './layoutPipes';

/** Where the headers run (x of the hot and cold headers, their heights and north/south ends). */
export interface Headers {
  xHot: number;
  xCold: number;
  yHot: number;
  yCold: number;
  zHeadN: number;
  zHeadS: number;
}

interface ContainerBlock {
  containers: ContainerLayout[];
  /** Container length and width, m; z pitch of the column; x of the first column's east ends. */
  L: number;
  W: number;
  zPitch: number;
  xEnd: number;
}

/** Add every container's stubs and manifolds and the two main headers; returns where the headers run. */
export function siteHeaders(pipes: PipeRun[], b: ContainerBlock, rMain: number, rStub: number): Headers {
  const xHot = b.xEnd + 1.6;
  const xCold = b.xEnd + 2.8;
  const yHot = 1.7;
  const yCold = 0.6;
  const zHeadN = Math.min(...b.containers.map((c) => c.z)) - 1.5;
  const zHeadS = Math.max(...b.containers.map((c) => c.z)) + 1.5;
  const h: Headers = { xHot, xCold, yHot, yCold, zHeadN, zHeadS };
  for (const c of b.containers) {
    containerStubs(pipes, c, b, h, rStub);
    rackManifolds(pipes, c, b.W, h);
  }
  pipes.push(
    pipeRun(
      'hotHeader',
      [
        [xHot, yHot, zHeadN],
        [xHot, yHot, zHeadS],
      ],
      rMain,
      'minerOutletT',
      'miner',
      true,
    ),
  );
  pipes.push(
    pipeRun(
      'coldHeader',
      [
        [xCold, yCold, zHeadN - 2],
        [xCold, yCold, zHeadS],
      ],
      rMain,
      'minerInletT',
      'miner',
      true,
    ),
  );
  return h;
}

/** A container's hot and cold stubs to the headers (through the gap to the north for further columns). */
function containerStubs(pipes: PipeRun[], c: ContainerLayout, b: ContainerBlock, h: Headers, rStub: number) {
  const col = Math.round((b.xEnd - c.x1) / (b.L + 7));
  const hot: Vec3[] = [
    [c.x1 - 1.2, h.yHot, c.z - 0.45],
    [c.x1 + 0.5, h.yHot, c.z - 0.45],
  ];
  // Cold stubs are listed from the header into the container (the direction of flow).
  const cold: Vec3[] = [
    [c.x1 - 1.2, h.yCold, c.z + 0.45],
    [c.x1 + 0.5, h.yCold, c.z + 0.45],
  ];
  if (col > 0) {
    const zGap = c.z + b.zPitch / 2;
    hot.push([c.x1 + 0.5, h.yHot, zGap - 0.4], [h.xHot, h.yHot, zGap - 0.4]);
    cold.push([c.x1 + 0.5, h.yCold, zGap + 0.4], [h.xCold, h.yCold, zGap + 0.4]);
  } else {
    hot.push([h.xHot, h.yHot, c.z - 0.45]);
    cold.push([h.xCold, h.yCold, c.z + 0.45]);
  }
  pipes.push(pipeRun('hotHeader', hot, rStub, 'minerOutletT', 'miner', true));
  pipes.push(pipeRun('coldHeader', cold.reverse(), rStub, 'minerInletT', 'miner', true));
}

/** Inside: manifolds along each rack row (hot at the top, cold at the bottom) back to the equipment end. */
function rackManifolds(pipes: PipeRun[], c: ContainerLayout, W: number, h: Headers) {
  for (const side of [-1, 1]) {
    const zRow = c.z + side * (W / 2 - 0.1);
    const hot: Vec3[] = [
      [c.x0 + 0.6, 2.45, zRow],
      [c.x1 - 1.2, 2.45, zRow],
      [c.x1 - 1.2, h.yHot, c.z - 0.45],
    ];
    const cold: Vec3[] = [
      [c.x1 - 1.2, h.yCold, c.z + 0.45],
      [c.x1 - 1.2, 0.18, zRow],
      [c.x0 + 0.6, 0.18, zRow],
    ];
    pipes.push(pipeRun('hotHeader', hot, 0.05, 'minerOutletT', 'miner', false));
    pipes.push(pipeRun('coldHeader', cold, 0.05, 'minerInletT', 'miner', false));
  }
}
