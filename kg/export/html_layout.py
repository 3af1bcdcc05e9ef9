"""Node positions for the HTML view, computed beforehand so the page draws with physics off.

A Fruchterman-Reingold force layout per connected component (vectorised with numpy, seeded, so the
same graph always gets the same picture), then the components packed in rows, largest first, the
way Graphviz's ``pack`` does. networkx's ``spring_layout`` gives the same kind of picture but takes
10 s and more for a thousand nodes (its sparse variant loops in Python); this takes well under one.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

SEED = 7
CHUNK = 1024  # rows of the repulsion matrix computed at once (bounds memory for large components)


def _components(n: int, edges: Sequence[tuple[int, int, float]]) -> list[list[int]]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b, _w in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values(), key=lambda c: (-len(c), c[0]))


def force_layout(n: int, edges: Sequence[tuple[int, int, float]], iterations: int = 120, seed: int = SEED) -> np.ndarray:
    """Positions (n x 2, roughly in [-1, 1]) of one connected graph; ``edges`` are (a, b, weight) on 0..n-1."""
    rng = np.random.default_rng(seed)
    pos = (rng.random((n, 2)) * 2 - 1).astype(np.float32)
    if n < 2:
        return np.zeros((n, 2))
    k2 = np.float32(1.0 / n)  # k = 1 / sqrt(n): the ideal distance between nodes
    a = np.array([e[0] for e in edges], dtype=np.int64)
    b = np.array([e[1] for e in edges], dtype=np.int64)
    w = np.array([e[2] for e in edges], dtype=np.float32) * np.float32(math.sqrt(n))  # w / k
    t = 0.1 * max(1.0, math.sqrt(n) / 10)
    cool = t / (iterations + 1)
    for _ in range(iterations):
        x, y = pos[:, 0], pos[:, 1]
        disp = np.zeros_like(pos)
        for lo in range(0, n, CHUNK):  # repulsion k^2 / d between every pair, x and y apart (contiguous, fast)
            dx = x[lo : lo + CHUNK, None] - x[None, :]
            dy = y[lo : lo + CHUNK, None] - y[None, :]
            f = k2 / np.maximum(dx * dx + dy * dy, np.float32(1e-6))
            disp[lo : lo + CHUNK, 0] += (dx * f).sum(axis=1)
            disp[lo : lo + CHUNK, 1] += (dy * f).sum(axis=1)
        if len(a):  # attraction d^2 / k along the edges
            delta = pos[a] - pos[b]
            f2 = delta * (w * np.sqrt((delta * delta).sum(axis=1)))[:, None]
            np.subtract.at(disp, a, f2)
            np.add.at(disp, b, f2)
        length = np.maximum(np.sqrt((disp * disp).sum(axis=1)), np.float32(1e-9))
        pos += disp * (np.minimum(length, t) / length)[:, None]
        t -= cool
    out = pos.astype(np.float64)
    out -= out.mean(axis=0)
    scale = np.abs(out).max()
    return out / scale if scale > 0 else out


def layout(n: int, edges: Sequence[tuple[int, int, float]], spacing: float = 70.0) -> list[tuple[float, float]]:
    """Pixel positions of nodes 0..n-1: each component laid out on its own, then packed in rows."""
    comps = _components(n, edges)
    by_comp: dict[int, list[tuple[int, int, float]]] = {}
    where = {}
    for ci, comp in enumerate(comps):
        for j, node in enumerate(comp):
            where[node] = (ci, j)
    for a, b, wt in edges:
        ci, ja = where[a]
        by_comp.setdefault(ci, []).append((ja, where[b][1], wt))
    boxes: list[tuple[list[int], np.ndarray, float]] = []
    for ci, comp in enumerate(comps):
        local = force_layout(len(comp), by_comp.get(ci, []), iterations=120 if len(comp) < 1500 else 60)
        local = local * spacing * math.sqrt(len(comp)) * 0.75
        if len(comp) > 1:
            local -= (local.max(axis=0) + local.min(axis=0)) / 2
        size = float((local.max(axis=0) - local.min(axis=0)).max()) + spacing
        boxes.append((comp, local, size))
    width = max([s for _c, _l, s in boxes] + [math.sqrt(sum(s * s for _c, _l, s in boxes)) * 1.3]) if boxes else 0.0
    out: list[tuple[float, float]] = [(0.0, 0.0)] * n
    x = y = row_h = 0.0
    for comp, local, size in boxes:
        if x > 0 and x + size > width:
            x, y, row_h = 0.0, y + row_h, 0.0
        for j, node in enumerate(comp):
            out[node] = (round(float(local[j, 0]) + x + size / 2, 1), round(float(local[j, 1]) + y + size / 2, 1))
        x, row_h = x + size, max(row_h, size)
    return out
